// METHOD §2 and §4: a task's ceiling, the normalised score, and the category and overall means.
// Nothing is clipped: below-chance scores stay negative and past-ceiling scores stay above 1.
import { mean } from './stats';
import type { Aggregation, CeilingPreset, ResultRow, Task } from './types';

/** The `perfect` preset's ceiling, and the fallback of the others (§2). */
export const PERFECT_CEILING = 100;

/** The printed fine-tuned SOTA of `task`'s primary metric (same on all three setting rows), or null. */
export function sotaFromRows(task: Task, rows: readonly ResultRow[]): number | null {
  const row = rows.find((r) => r.task === task.name && r.metric === task.metric && r.finetuneSota !== null);
  return row?.finetuneSota ?? null;
}

/**
 * Where `task`'s normalised score reaches 1: 100 (`perfect`); the printed fine-tuned SOTA, else 100
 * (`sota-2020`); the reader's value for this task, else 100 (`custom`).
 */
export function ceilingFor(
  task: Task,
  preset: CeilingPreset,
  customCeilings: Readonly<Record<string, number>>,
  sota: number | null,
): number {
  switch (preset) {
    case 'perfect':
      return PERFECT_CEILING;
    case 'sota-2020':
      return sota ?? PERFECT_CEILING;
    case 'custom':
      return customCeilings[task.id] ?? PERFECT_CEILING;
  }
}

/** (score − chance) / (ceiling − chance): 0 at chance, 1 at the ceiling, unclipped. */
export function normalized(score: number, chance: number, ceiling: number): number {
  return (score - chance) / (ceiling - chance);
}

/** Element-wise mean of equally long series (e.g. per-model scores of several tasks). */
export function meanSeries(series: readonly (readonly number[])[]): number[] {
  const first = series[0];
  if (first === undefined) throw new RangeError('mean of no series');
  return first.map((_, i) => mean(series.map((s) => s[i]!)));
}

/**
 * Category score per model: the mean of its aggregated tasks' normalised scores. Tasks with
 * `aggregated: false` (the SuperGLUE average) are left out, since their members already count.
 */
export function categoryMean(
  categoryId: string,
  tasks: readonly Task[],
  normalizedByTask: ReadonlyMap<string, readonly number[]>,
): number[] {
  return meanSeries(
    tasks
      .filter((t) => t.category === categoryId && t.aggregated)
      .map((t) => {
        const scores = normalizedByTask.get(t.id);
        if (scores === undefined) throw new RangeError(`no normalised scores for task ${t.id}`);
        return scores;
      }),
  );
}

/**
 * Overall score per model: the mean of the category scores (`categories`, equal weights) or of all
 * aggregated tasks' scores (`tasks`).
 */
export function overallMean(
  aggregation: Aggregation,
  categoryScores: readonly (readonly number[])[],
  aggregatedTaskScores: readonly (readonly number[])[],
): number[] {
  return meanSeries(aggregation === 'categories' ? categoryScores : aggregatedTaskScores);
}

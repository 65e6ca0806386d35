// What the data say about one task, derived once: its primary rows of Table H.1, its category, the
// secondary metrics shown but not aggregated, and its neighbours in the benchmark sequence.
import { sotaFromRows } from './normalise';
import type { Category, Dataset, ResultRow, Setting, Task } from './types';

/** The task `id` names; an unknown id throws, naming the valid ones. */
export function findTask(dataset: Dataset, id: string): Task {
  const task = dataset.tasks.find((t) => t.id === id);
  if (!task) throw new Error(`no task "${id}"; expected one of ${dataset.tasks.map((t) => t.id).join(', ')}`);
  return task;
}

/** Every Table H.1 row of `task` (all metrics and settings), in table order. */
export function taskRows(dataset: Dataset, task: Task): ResultRow[] {
  return dataset.rows.filter((r) => r.task === task.name);
}

/** The row of `task`'s primary metric (§2) in `setting`; parseDataset guarantees it. */
export function primaryRow(dataset: Dataset, task: Task, setting: Setting): ResultRow {
  const row = dataset.rows.find((r) => r.task === task.name && r.metric === task.metric && r.setting === setting);
  if (row === undefined) throw new Error(`no ${setting}-shot ${task.metric} row for ${task.name}`);
  return row;
}

export function categoryOf(dataset: Dataset, task: Task): Category {
  const category = dataset.categories.find((c) => c.id === task.category);
  if (category === undefined) throw new Error(`task ${task.id} has no category "${task.category}"`);
  return category;
}

/** How a metric is named in prose. */
export const METRIC_NAMES: Record<string, string> = {
  acc: 'accuracy (%)',
  f1: 'F1 (%)',
  f1a: 'F1 over answer options (%)',
  'BLEU-sb': 'SacreBLEU',
  average: 'the average of its members’ scores',
};

export interface BenchmarkFacts {
  task: Task;
  category: Category;
  metricName: string;
  /** The split of the few-shot row, when the paper names one. */
  split: string | null;
  /** The 2020 fine-tuned state of the art of the primary metric, when printed. */
  sota: number | null;
  /** Examples in a few-shot prompt. */
  shotsK: number | null;
  /** Metrics of the task other than the primary one (shown on its page, not aggregated). */
  otherMetrics: string[];
  siblings: Task[];
}

/** Everything a benchmark page prints about its task besides the analysis' numbers. */
export function benchmarkFacts(dataset: Dataset, task: Task): BenchmarkFacts {
  const few = primaryRow(dataset, task, 'few');
  return {
    task,
    category: categoryOf(dataset, task),
    metricName: METRIC_NAMES[task.metric] ?? task.metric,
    split: few.split && few.split !== 'n/a' ? few.split : null,
    sota: sotaFromRows(task, dataset.rows),
    shotsK: few.shotsK,
    otherMetrics: [...new Set(taskRows(dataset, task).filter((r) => r.metric !== task.metric).map((r) => r.metric))],
    siblings: dataset.tasks.filter((t) => t.category === task.category && t.id !== task.id),
  };
}

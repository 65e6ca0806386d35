// METHOD §11, last bullets: a second suite. Pythia's eight sizes, each trained on the same
// 299,892,736,000 tokens (standard and deduplicated Pile), repeat GPT-3's design, so the whole method
// runs on each as on GPT-3: this module gives each suite's losses (the later models' loss from
// (N, D)) and its normalised scores per task and setting; analyse() fits them with GPT-3's fitter.
//
// Pythia's five-shot results are the site's `few` setting: scores.csv files them so (k = 5, where
// GPT-3's few-shot k for these tasks is 15 to 50), and they are compared in shape only (another
// harness, another level). Pythia has no one-shot results. Its rows are `acc`; `acc_norm` stands
// beside them unused.
import { curveAt, type FitAxis } from './axis';
import { laterModelLoss } from './later-losses';
import { ceilingFor, normalized, sotaFromRows } from './normalise';
import {
  COMPARABILITY,
  SETTINGS,
  type Analysis,
  type Assumptions,
  type Comparability,
  type Dataset,
  type FitForm,
  type LaterModel,
  type LaterScore,
  type Series,
  type Setting,
  type SuiteSeries,
  type Task,
} from './types';

/** The suites: a family of models.csv whose models share one D. */
export const SUITES = [
  { id: 'pythia', name: 'Pythia', family: 'Pythia' },
  { id: 'pythia-deduped', name: 'Pythia (deduplicated Pile)', family: 'Pythia (deduped Pile)' },
] as const;

/** One task and setting of a suite, before fitting: every model's normalised score, smallest first. */
export interface SuiteTaskPoints {
  task: Task;
  setting: Setting;
  /** Printed scores and normalised scores (GPT-3's chance and ceiling), smallest model first. */
  scores: number[];
  y: number[];
  comparable: Comparability;
  notes: string[];
}

export interface SuitePoints {
  id: string;
  name: string;
  family: string;
  models: LaterModel[];
  tokens: number;
  losses: number[];
  tasks: SuiteTaskPoints[];
}

/** The least comparable of some rows: `no` over `caveat` over `yes`. */
const leastComparable = (values: readonly Comparability[]): Comparability =>
  COMPARABILITY[Math.max(...values.map((v) => COMPARABILITY.indexOf(v)))]!;

/**
 * Every suite's losses and points under `assumptions` (loss model, ceilings). A task and setting
 * enters where every model of the suite has exactly one row of the task's primary metric in it.
 * Throws if a suite's family is missing, is undisclosed, or does not share one D (a data error).
 */
export function suitePoints(dataset: Dataset, assumptions: Pick<Assumptions, 'lossModel' | 'ceilingPreset' | 'customCeilings'>): SuitePoints[] {
  return SUITES.map((suite) => {
    const models = dataset.later.models
      .filter((m) => m.family === suite.family)
      .sort((a, b) => (a.params ?? 0) - (b.params ?? 0));
    const tokens = new Set(models.map((m) => m.tokens));
    const [only] = tokens;
    if (models.length < 3 || tokens.size !== 1 || only === null || only === undefined || models.some((m) => m.params === null)) {
      throw new Error(`suite ${suite.name}: expected at least three models of family "${suite.family}" with N given and one shared D in later-models/models.csv`);
    }
    const losses = models.map((m) => laterModelLoss(m).losses![assumptions.lossModel]);
    const index = new Map(models.map((m, i) => [m.name, i]));
    // The suite's rows by task and setting, each model's in its slot (a slot holding two rows is ambiguous: left out).
    const slots = new Map<string, LaterScore[][]>();
    for (const row of dataset.later.scores) {
      const i = index.get(row.model);
      if (i === undefined) continue;
      const key = `${row.task}|${row.metric}|${row.setting}`;
      const list = slots.get(key) ?? models.map(() => []);
      list[i]!.push(row);
      slots.set(key, list);
    }
    const tasks: SuiteTaskPoints[] = [];
    for (const setting of SETTINGS) {
      for (const task of dataset.tasks) {
        const perModel = slots.get(`${task.name}|${task.metric}|${setting}`);
        if (perModel === undefined || perModel.some((list) => list.length !== 1)) continue;
        const ordered = perModel.map((list) => list[0]!);
        const ceiling = ceilingFor(task, assumptions.ceilingPreset, assumptions.customCeilings, sotaFromRows(task, dataset.rows));
        const scores = ordered.map((r) => r.score);
        tasks.push({
          task,
          setting,
          scores,
          y: scores.map((score) => normalized(score, task.chance, ceiling)),
          comparable: leastComparable(ordered.map((r) => r.comparable)),
          notes: [...new Set(ordered.map((r) => r.note).filter((n) => n !== ''))],
        });
      }
    }
    return { id: suite.id, name: suite.name, family: suite.family, models, tokens: only, losses, tasks };
  });
}

/** The series of one suite, task and setting (e.g. to draw beside GPT-3's `task` series); undefined where the suite lacks it. */
export function findSuiteSeries(analysis: Pick<Analysis, 'suites'>, suiteId: string, taskId: string, setting: Setting): SuiteSeries | undefined {
  return analysis.suites.find((s) => s.id === suiteId)?.series.find((s) => s.id === taskId && s.setting === setting);
}

/**
 * A fitted curve as points at `losses` (e.g. the analysis' grid, which starts at GPT-3's smallest
 * model: a suite whose smallest model lies above it needs losses from its own `x`), where it has a value.
 */
export function curveOn(series: Series, form: FitForm, losses: readonly number[], axis: FitAxis): { loss: number; score: number }[] {
  return losses.flatMap((loss) => {
    const score = curveAt(form, series[form], loss, axis);
    return score === null || !Number.isFinite(score) ? [] : [{ loss, score }];
  });
}

// METHOD §11 on one chart: which later models belong beside a GPT-3 series (a task, a category or
// the overall score) in one setting, read from the analysis' forecast. Placed marks have a loss;
// models that disclose no size stand apart at their score; `no` rows are listed, never drawn.
import { SUITES } from './suites';
import type { Analysis, Comparability, Dataset, FitForm, Series, Setting } from './types';

/** A later model's score beside a GPT-3 series. */
export interface LaterMark {
  model: string;
  family: string;
  comparable: Comparability;
  /** Why the row is `caveat` or `no` ('' where it is plainly comparable). */
  note: string;
  /** Under the chosen loss model; null: size not disclosed. */
  loss: number | null;
  horizon: number | null;
  /** As printed, in the metric's units (a task's row; null for a category or overall score). */
  printed: number | null;
  /** Normalised with GPT-3's chance and ceiling; null for a `no` row, which is never normalised. */
  observed: number | null;
  predicted: Record<FitForm, number | null>;
}

export interface LaterForSeries {
  /** Drawn at their loss (never fitted). */
  placed: LaterMark[];
  /** Drawn in a margin strip at their score, labelled "size not disclosed". */
  undisclosed: LaterMark[];
  /** `comparable = no`: in the table view only, with the reason. */
  excluded: LaterMark[];
  /** For a category or the overall score: the later models that had every task (METHOD §11). */
  qualified: string[];
}

const SUITE_FAMILIES = new Set<string>(SUITES.map((s) => s.family));

/**
 * The later models for `series` in `setting`. The Pythia suites are left out of the marks when
 * `withoutSuites` (their own curves are drawn beside GPT-3's instead).
 */
export function laterForSeries(analysis: Analysis, dataset: Dataset, series: Series, setting: Setting, withoutSuites = false): LaterForSeries {
  const keep = (family: string) => !(withoutSuites && SUITE_FAMILIES.has(family));
  const marks: LaterMark[] =
    series.kind === 'task'
      ? analysis.forecast.comparisons
          .filter((c) => c.taskId === series.id && c.setting === setting && keep(c.family))
          .map((c) => ({ model: c.model, family: c.family, comparable: c.comparable, note: c.note, loss: c.loss, horizon: c.horizon_orders, printed: c.score, observed: c.observed, predicted: c.predicted }))
      : analysis.forecast.aggregates
          .filter((a) => a.kind === series.kind && a.id === series.id && a.setting === setting && keep(a.family))
          .map((a) => ({
            model: a.model,
            family: a.family,
            comparable: a.caveats > 0 ? 'caveat' : 'yes',
            note: a.caveats > 0 ? `${a.caveats} of its ${a.members} tasks carry a caveat` : '',
            loss: a.loss,
            horizon: a.horizon_orders,
            printed: null,
            observed: a.observed,
            predicted: a.predicted,
          }));
  return {
    placed: marks.filter((m) => m.loss !== null),
    undisclosed: marks.filter((m) => m.loss === null),
    excluded: series.kind === 'task' ? excludedRows(dataset, series.id, setting).filter((m) => keep(m.family)) : [],
    qualified: series.kind === 'task' ? [] : [...new Set(marks.map((m) => m.model))],
  };
}

/** A task's `comparable = no` rows in one setting, with their reasons. */
function excludedRows(dataset: Dataset, taskId: string, setting: Setting): LaterMark[] {
  const task = dataset.tasks.find((t) => t.id === taskId);
  if (!task) return [];
  const familyOf = new Map(dataset.later.models.map((m) => [m.name, m.family]));
  return dataset.later.scores
    .filter((r) => r.comparable === 'no' && r.task === task.name && r.metric === task.metric && r.setting === setting)
    .map((r) => ({
      model: r.model,
      family: familyOf.get(r.model) ?? '',
      comparable: 'no',
      note: r.note,
      loss: null,
      horizon: null,
      printed: r.score,
      observed: null,
      predicted: { linear: null, logistic: null },
    }));
}

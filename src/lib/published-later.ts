// METHOD §11 (and §10's stable URLs): the later models' published files. `data/later-models.csv`
// holds the input rows with the loss each model gets under each loss model; `data/forecast.json`
// the forecast under one analysis' assumptions, in §11's shape.
import { writeCsv } from './csv';
import { laterModelLosses } from './later-losses';
import type { AggregateComparison, Analysis, Comparability, Dataset, FitForm, ForecastSummary, LaterModelLoss, Setting } from './types';

export const LATER_MODELS_CSV_HEADER = [
  'model',
  'family',
  'released',
  'n_params',
  'train_tokens',
  'train_flop',
  'tokenizer',
  'loss_gpt3_frontier',
  'loss_kaplan_nd',
  'loss_chinchilla',
  'kaplan_n',
  'task',
  'metric',
  'split',
  'setting',
  'shots',
  'score',
  'comparable',
  'note',
  'source',
] as const;

const blankIfNull = (v: number | string | null): number | string => v ?? '';

/**
 * `data/later-models.csv`: one row per scores.csv row, in its order, with its model's N, D, C = 6ND,
 * tokenizer and loss under each of the three loss models (blank where N and D are not disclosed) and
 * which N kaplan-nd took (`total` or `non-embedding`). Independent of the assumptions.
 */
export function laterModelsCsv(dataset: Dataset): string {
  const losses = new Map<string, LaterModelLoss>(laterModelLosses(dataset.later.models).map((m) => [m.model, m]));
  const models = new Map(dataset.later.models.map((m) => [m.name, m]));
  const rows = dataset.later.scores.map((s) => {
    const model = models.get(s.model)!;
    const placed = losses.get(s.model)!;
    return [
      model.name,
      model.family,
      model.released,
      blankIfNull(model.params),
      blankIfNull(model.tokens),
      blankIfNull(placed.flop),
      model.tokenizer,
      blankIfNull(placed.losses?.['gpt3-frontier'] ?? null),
      blankIfNull(placed.losses?.['kaplan-nd'] ?? null),
      blankIfNull(placed.losses?.chinchilla ?? null),
      blankIfNull(placed.kaplanParams),
      s.task,
      s.metric,
      s.split,
      s.setting,
      blankIfNull(s.shots),
      s.score,
      s.comparable,
      s.note,
      s.source,
    ];
  });
  return `${writeCsv(LATER_MODELS_CSV_HEADER, rows)}\n`;
}

/** One comparison of forecast.json, exactly §11's fields. */
export interface PublishedComparison {
  model: string;
  family: string;
  /** The task as printed in Table H.1. */
  task: string;
  setting: Setting;
  comparable: Exclude<Comparability, 'no'>;
  loss: number | null;
  horizon_orders: number | null;
  observed: number;
  predicted: Record<FitForm, number | null>;
  error: Record<FitForm, number | null>;
}

/** A later model's category or overall score beside GPT-3's fit (only where it has every member). */
export type PublishedScore = Omit<AggregateComparison, 'kind'> & { by: 'category-score' | 'overall-score' };

export interface PublishedForecast {
  assumptions: Analysis['assumptions'];
  comparisons: PublishedComparison[];
  /**
   * The error aggregates (`by` overall, family, model, task (by name), setting: n, mae, bias per form),
   * then the later models' category and overall scores.
   */
  summary: (ForecastSummary | PublishedScore)[];
}

/**
 * `data/forecast.json`: §11's `{ assumptions, comparisons, summary }`. Scores and errors are in
 * normalised units (0.01 = 1 point), error = observed − predicted; null for a form whose fit failed,
 * and loss, horizon and predictions null for a model whose size is not disclosed.
 */
export function forecastJson(dataset: Dataset, analysis: Analysis): PublishedForecast {
  const { forecast } = analysis;
  const taskName = new Map(dataset.tasks.map((t) => [t.id, t.name]));
  return {
    assumptions: analysis.assumptions,
    comparisons: forecast.comparisons.map((c) => ({
      model: c.model,
      family: c.family,
      task: c.task,
      setting: c.setting,
      comparable: c.comparable,
      loss: c.loss,
      horizon_orders: c.horizon_orders,
      observed: c.observed,
      predicted: c.predicted,
      error: c.error,
    })),
    summary: [
      ...forecast.summary.map((s) => (s.by === 'task' ? { ...s, id: taskName.get(s.id) ?? s.id } : s)),
      ...forecast.aggregates.map(({ kind, ...rest }) => ({ by: kind === 'category' ? ('category-score' as const) : ('overall-score' as const), ...rest })),
    ],
  };
}

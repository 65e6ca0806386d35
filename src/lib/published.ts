// METHOD §10: the published data files built with every deploy (the raw Table H.1 is served as is
// by the site; these are the derived ones).
import { writeCsv } from './csv';
import { primaryRow } from './tasks';
import { ceilingFor, normalized, sotaFromRows } from './normalise';
import type { Analysis, Backtest, CostOverTime, Crossing, Dataset, FitForm, LinearFit, LogisticFit, Series, SeriesKind, Setting } from './types';
import { SETTINGS } from './types';

export const NORMALIZED_CSV_HEADER = [
  'task_id',
  'task',
  'category',
  'metric',
  'setting',
  'model',
  'params',
  'loss',
  'score',
  'chance',
  'ceiling',
  'normalized',
] as const;

/**
 * `data/normalized.csv`: one row per task × setting × model (52 × 3 × 8), with the loss the chosen
 * loss model assigns, the printed score, the chance level, the ceiling and the normalised score.
 */
export function normalizedCsv(dataset: Dataset, analysis: Analysis): string {
  const { assumptions, losses } = analysis;
  const rows: (string | number)[][] = [];
  for (const task of dataset.tasks) {
    const ceiling = ceilingFor(task, assumptions.ceilingPreset, assumptions.customCeilings, sotaFromRows(task, dataset.rows));
    for (const setting of SETTINGS) {
      const row = primaryRow(dataset, task, setting);
      dataset.models.forEach((model, i) => {
        const score = row.scores[model.label]!;
        rows.push([
          task.id,
          task.name,
          task.category,
          task.metric,
          setting,
          model.label,
          model.params,
          losses[i]!,
          score,
          task.chance,
          ceiling,
          normalized(score, task.chance, ceiling),
        ]);
      });
    }
  }
  return `${writeCsv(NORMALIZED_CSV_HEADER, rows)}\n`;
}

export type PublishedLinear = { a: number; b: number; r2: number } | { error: string };
export type PublishedLogistic = { k: number; L50: number; r2: number } | { error: string };

export interface PublishedSeries {
  kind: SeriesKind;
  id: string;
  setting: Setting;
  x: number[];
  y: number[];
  linear: PublishedLinear;
  logistic: PublishedLogistic;
  crossings: Record<FitForm, PublishedCrossing[]>;
  backtest: Record<FitForm, Backtest>;
}

export type PublishedCrossing = Crossing & { cost: CostOverTime | null };

export interface PublishedFits {
  assumptions: Analysis['assumptions'];
  /** §6: GPT-3 175B's loss through the conversion, beside its actual compute. */
  yardstick: Analysis['yardstick'];
  /** §5: the fits' x; `k`, `L50`, `a` and `b` are in its units (loss, or ln(L − E)). */
  axis: Analysis['axis'];
  series: PublishedSeries[];
}

/** `data/fits.json`: the assumptions and every series, with the fields METHOD §10 names. */
export function fitsJson(analysis: Analysis): PublishedFits {
  return { assumptions: analysis.assumptions, yardstick: analysis.yardstick, axis: analysis.axis, series: analysis.series.map(publishedSeries) };
}

function publishedSeries(s: Series): PublishedSeries {
  return {
    kind: s.kind,
    id: s.id,
    setting: s.setting,
    x: s.x,
    y: s.y,
    linear: publishedLinear(s.linear),
    logistic: publishedLogistic(s.logistic),
    crossings: {
      linear: s.crossings.linear.map(withCost),
      logistic: s.crossings.logistic.map(withCost),
    },
    backtest: s.backtest,
  };
}

/** §14 in fits.json: each crossing's cost over time beside it, null where it has no cost. */
function withCost(c: Crossing): PublishedCrossing {
  const cost = (c.status === 'reached' || c.status === 'already') && c.resources.ok ? c.resources.cost : null;
  return { ...c, cost };
}

function publishedLinear(fit: LinearFit): PublishedLinear {
  return fit.ok ? { a: fit.a, b: fit.b, r2: fit.r2 } : { error: fit.reason };
}

function publishedLogistic(fit: LogisticFit): PublishedLogistic {
  return fit.ok ? { k: fit.k, L50: fit.L50, r2: fit.r2 } : { error: fit.reason };
}

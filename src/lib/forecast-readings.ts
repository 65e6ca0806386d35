// METHOD §11 read for prose: the forecast's errors for a family (and optionally one category), the
// range of horizons the later models reach, and Finnveden's 2023 reading (the `chinchilla` loss
// model with fits against ln(L − E)) recomputed from GPT-3's fits.
import { analyse } from './analyse';
import { errorSummary } from './forecast';
import { headlines, type Headline } from './sensitivity';
import type { Analysis, Comparison, Dataset, ForecastSummary } from './types';

/** The placed comparisons of a family ('all' for every family), optionally in one category. */
export function comparisonsOf(analysis: Analysis, family: string, category?: string): Comparison[] {
  return analysis.forecast.comparisons.filter(
    (c) => c.loss !== null && (family === 'all' || c.family === family) && (category === undefined || c.category === category),
  );
}

/** Count, mean absolute error and bias of those comparisons, per form. */
export function errorsOf(analysis: Analysis, family: string, category?: string): ForecastSummary {
  return errorSummary(family === 'all' ? 'overall' : 'family', family, comparisonsOf(analysis, family, category));
}

/** The horizons (orders of magnitude beyond GPT-3 175B, §6 yardstick) the placed later models reach. */
export function horizonRange(analysis: Analysis): { min: number; max: number; model: string } | null {
  const placed = analysis.forecast.models.flatMap((m) => {
    const c = analysis.forecast.comparisons.find((x) => x.model === m.model && x.horizon_orders !== null);
    return c ? [{ model: m.model, horizon: c.horizon_orders! }] : [];
  });
  if (placed.length === 0) return null;
  const farthest = placed.reduce((a, b) => (b.horizon > a.horizon ? b : a));
  return { min: Math.min(...placed.map((p) => p.horizon)), max: farthest.horizon, model: farthest.model };
}

/** The 2023 reading's changes to the reader's assumptions. */
export const READING_2023 = { lossModel: 'chinchilla', axis: 'log-reducible' } as const;

export interface Reading2023 {
  /** The overall crossings under the 2023 reading, from GPT-3's fits (chosen setting and form). */
  headlines: Headline[];
  /** The later model farthest beyond GPT-3 on that reading's axis, and how far. */
  farthest: { model: string; horizon: number } | null;
}

const readings = new WeakMap<Analysis, Map<string, Reading2023>>();

/** The 2023 reading under the reader's other assumptions, computed once per analysis and thresholds. */
export function reading2023(dataset: Dataset, analysis: Analysis, thresholds: readonly number[]): Reading2023 {
  const perAnalysis = readings.get(analysis) ?? new Map<string, Reading2023>();
  readings.set(analysis, perAnalysis);
  const key = thresholds.join(',');
  const cached = perAnalysis.get(key);
  if (cached) return cached;
  const assumptions = { ...analysis.assumptions, ...READING_2023, thresholds: [...thresholds], bootstrap: 0 };
  const range = horizonRange(analyse(dataset, assumptions));
  const reading = { headlines: headlines(dataset, assumptions), farthest: range ? { model: range.model, horizon: range.max } : null };
  perAnalysis.set(key, reading);
  return reading;
}

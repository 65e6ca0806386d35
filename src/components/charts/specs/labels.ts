// Helpers the extrapolation, backtest and raw-score specs and the table specs share: series lists,
// compact number labels, reference-line names and the categorical palette (CSS variables).
import { formatPercent } from '../../../lib/format';
import type { Reference, Series } from '../../../lib/types';

/** Categorical colours for several series on one chart (site.css defines --chart-series-1 … 12). */
export const SERIES_PALETTE = Array.from({ length: 12 }, (_, i) => `var(--chart-series-${i + 1})`);

/** Colour of the i-th series of a multi-series chart. */
export const paletteColour = (i: number): string => SERIES_PALETTE[i % SERIES_PALETTE.length]!;


/** How a series is named in prose: "all benchmarks (overall)", a category's or task's name. */
export const seriesName = (s: Series): string => (s.kind === 'overall' ? 'Overall' : s.name);

/** 1e25, 3.1e11: short e-notation for axis labels (`digits` significant figures). */
export function short(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e') as [string, string];
  return `${Number(mantissa)}e${Number(exponent)}`;
}

/** Short names of the METHOD §7 reference lines for chart labels (the full label is in the table and caption). */
const SHORT_REFERENCE_LABELS: Record<string, string> = {
  'gpt3-flop': 'GPT-3 FLOP',
  'gpt3-params': 'GPT-3 params',
  'gpt3-tokens': 'GPT-3 tokens',
  'billion-dollars': '$1B compute',
  'common-crawl': 'Common Crawl',
  'cent-per-word': '1¢ per word',
  'bio-anchors-params': '1e15 params',
};
export const shortReferenceLabel = (r: Reference): string => SHORT_REFERENCE_LABELS[r.id] ?? r.label;


/** A percentage for a threshold: 0.9 → "90%". */
export const thresholdText = (t: number): string => formatPercent(t, 4);

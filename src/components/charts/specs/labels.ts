// Helpers the extrapolation, backtest and raw-score specs and the table specs share: series lists,
// compact number labels, reference-line names and the categorical palette (CSS variables).
import { formatPercent } from '../../../lib/format';
import type { Reference, Series } from '../../../lib/types';

/** Categorical colours for several series on one chart (site.css defines --chart-series-1 … 11). */
export const SERIES_PALETTE = Array.from({ length: 11 }, (_, i) => `var(--chart-series-${i + 1})`);

/** Colour of the i-th series of a multi-series chart. */
export const paletteColour = (i: number): string => SERIES_PALETTE[i % SERIES_PALETTE.length]!;

/**
 * The same hue for text: mixed towards the page's text colour (site.css), so a label in a series'
 * colour is as legible as body text while its line stays light enough to tell from its neighbours.
 */
export const paletteLabelColour = (i: number): string => `var(--chart-series-${(i % SERIES_PALETTE.length) + 1}-label)`;

/** How a series is named in prose: "all benchmarks (overall)", a category's or task's name. */
export const seriesName = (s: Series): string => (s.kind === 'overall' ? 'Overall' : s.name);

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** 10ⁿ in Unicode superscripts: 26 → "10²⁶". */
export const tenTo = (power: number): string => `10${String(power).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;

/**
 * The site's notation, short enough for an axis: "10²⁶" for a power of ten, "6 × 10⁹" otherwise
 * (`digits` significant figures), plain digits below 10,000.
 */
export function powerLabel(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) < 1e4 && Math.abs(value) >= 1) return String(Number(value.toPrecision(digits)));
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e') as [string, string];
  const m = Number(mantissa);
  const power = tenTo(Number(exponent));
  return m === 1 ? power : m === -1 ? `−${power}` : `${m} × ${power}`;
}

/** Short names of the reference lines for chart labels (the full label is in the table and caption). */
const SHORT_REFERENCE_LABELS: Record<string, string> = {
  'gpt3-flop': "GPT-3's compute",
  'gpt3-params': "GPT-3's parameters",
  'gpt3-tokens': "GPT-3's tokens",
  'billion-dollars': '$1 billion of compute',
  'common-crawl': 'Common Crawl (2020)',
  'cent-per-word': '1¢ per word',
  'bio-anchors-params': `${tenTo(15)} parameters`,
};
export const shortReferenceLabel = (r: Reference): string => SHORT_REFERENCE_LABELS[r.id] ?? r.label;

/** A percentage for a threshold: 0.9 → "90%". */
export const thresholdText = (t: number): string => formatPercent(t, 4);

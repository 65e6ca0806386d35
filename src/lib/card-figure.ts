// Which figure a page's social card shows: a chart kind and its params, as Figure.astro takes them.
// Kept free of the chart code, so that src/content.config.ts can validate an essay's `card` field
// without loading the charts.
import type { ChartKind } from '../components/charts/registry';

export const CARD_FIGURE_KINDS = [
  'series',
  'raw',
  'extrapolation',
  'backtest',
  'backtestHorizon',
  'costByYear',
  'forecastScatter',
  'forecastHorizon',
  'suites',
  'sensitivity',
  'grid',
] as const satisfies readonly ChartKind[];

// Every kind the registry draws can be a page's key figure: a kind added there and not here fails the type check.
type Unlisted = Exclude<ChartKind, (typeof CARD_FIGURE_KINDS)[number]>;
export const EVERY_KIND_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

export interface CardFigure {
  kind: ChartKind;
  params: Record<string, unknown>;
}

/** An essay's key figure unless its frontmatter names one: the overall extrapolation, as the home page draws it. */
export const DEFAULT_CARD_FIGURE: CardFigure = { kind: 'extrapolation', params: { series: 'overall', fit: 'both' } };

/** A benchmark page's key figure: its normalised score against loss with both fits (BenchmarkChart's second figure). */
export const benchmarkCardFigure = (taskId: string): CardFigure => ({
  kind: 'series',
  params: { series: { kind: 'task', id: taskId }, fit: 'both' },
});

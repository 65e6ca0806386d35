// Every kind of chart an essay can place, by name: the build renders a figure from (kind, params) and
// the browser redraws it from the same pair after a reader changes an assumption.
import type { Analysis, Dataset } from '../../lib/types';
import type { ChartModel } from './chart-model';
import { REGULAR, type ChartLayout } from './layout';
import { gridSpec, type GridChartOptions } from './specs/grid';
import { backtestSpec, type BacktestChartOptions } from './specs/backtest';
import { backtestHorizonSpec, type BacktestHorizonChartOptions } from './specs/backtest-horizon';
import { costByYearSpec, type CostByYearChartOptions } from './specs/cost-by-year';
import { extrapolationSpec, type ExtrapolationChartOptions } from './specs/extrapolation';
import { rawSpec, type RawChartOptions } from './specs/raw';
import { sensitivitySpec, type SensitivityChartOptions } from './specs/sensitivity';
import { seriesSpec, type SeriesChartOptions } from './specs/series';
import { forecastHorizonSpec, forecastScatterSpec, suitesSpec, type ForecastChartOptions, type SuitesChartOptions } from './specs/forecast';

export interface ChartParams {
  series: SeriesChartOptions;
  raw: RawChartOptions;
  extrapolation: ExtrapolationChartOptions;
  backtest: BacktestChartOptions;
  backtestHorizon: BacktestHorizonChartOptions;
  costByYear: CostByYearChartOptions;
  forecastScatter: ForecastChartOptions;
  forecastHorizon: ForecastChartOptions;
  suites: SuitesChartOptions;
  sensitivity: SensitivityChartOptions;
  grid: GridChartOptions;
}
export type ChartKind = keyof ChartParams;

/** A spec that places text by the pixel reads the layout; the others are scaled to its width by Plot. */
type Spec<K extends ChartKind> = (analysis: Analysis, dataset: Dataset, params: ChartParams[K], layout: ChartLayout) => ChartModel;

const SPECS: { [K in ChartKind]: Spec<K> } = {
  series: seriesSpec,
  raw: rawSpec,
  extrapolation: extrapolationSpec,
  backtest: backtestSpec,
  backtestHorizon: backtestHorizonSpec,
  costByYear: costByYearSpec,
  forecastScatter: forecastScatterSpec,
  forecastHorizon: forecastHorizonSpec,
  suites: suitesSpec,
  sensitivity: sensitivitySpec,
  grid: gridSpec,
};

/**
 * The chart of `kind`, drawn `layout.width` wide (the regular width unless told). A spec that ignores
 * the layout (the extrapolation chart's, which lays out for its own 720 pixels) is drawn that wide
 * anyway, Plot fitting its scales to the width.
 */
export function buildChart<K extends ChartKind>(kind: K, analysis: Analysis, dataset: Dataset, params: ChartParams[K], layout: ChartLayout = REGULAR): ChartModel {
  const model = SPECS[kind](analysis, dataset, params, layout);
  return model.plot.width === layout.width ? model : { ...model, plot: { ...model.plot, width: layout.width } };
}

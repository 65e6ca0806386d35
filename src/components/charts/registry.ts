// Every kind of chart an essay can place, by name: the build renders a figure from (kind, params) and
// the browser redraws it from the same pair after a reader changes an assumption.
import type { Analysis, Dataset } from '../../lib/types';
import type { ChartModel } from './chart-model';
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
}
export type ChartKind = keyof ChartParams;

const SPECS: { [K in ChartKind]: (analysis: Analysis, dataset: Dataset, params: ChartParams[K]) => ChartModel } = {
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
};

export function buildChart<K extends ChartKind>(kind: K, analysis: Analysis, dataset: Dataset, params: ChartParams[K]): ChartModel {
  return SPECS[kind](analysis, dataset, params);
}

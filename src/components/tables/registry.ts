// Every kind of table an essay can place, by name: the build prints it from (kind, params) and the
// browser refills it from the same pair after a reader changes an assumption.
import type { Analysis, Dataset } from '../../lib/types';
import type { TableModel } from './table-model';
import { backtestTable, type BacktestTableOptions } from './specs/backtest';
import { benchmarkIndex, type BenchmarkIndexOptions } from './specs/benchmark-index';
import { crossingsTable, type CrossingsTableOptions } from './specs/crossings';
import { rawTable, type RawTableOptions } from './specs/raw';
import { sensitivityTable } from './specs/sensitivity';
import { taskTable, type NoParams } from './specs/tasks';
import { forecastMissesTable, forecastSummaryTable, suiteSlopesTable, type ForecastMissesOptions, type SuiteSlopesOptions } from './specs/forecast';

export interface TableParams {
  crossings: CrossingsTableOptions;
  tasks: NoParams;
  benchmarks: BenchmarkIndexOptions;
  backtest: BacktestTableOptions;
  sensitivity: NoParams;
  raw: RawTableOptions;
  forecastSummary: NoParams;
  forecastMisses: ForecastMissesOptions;
  suiteSlopes: SuiteSlopesOptions;
}
export type TableKind = keyof TableParams;

const TABLES: { [K in TableKind]: (analysis: Analysis, dataset: Dataset, params: TableParams[K]) => TableModel } = {
  crossings: crossingsTable,
  tasks: taskTable,
  benchmarks: benchmarkIndex,
  backtest: backtestTable,
  sensitivity: sensitivityTable,
  raw: rawTable,
  forecastSummary: forecastSummaryTable,
  forecastMisses: forecastMissesTable,
  suiteSlopes: suiteSlopesTable,
};

export const TABLE_KINDS = Object.keys(TABLES) as TableKind[];

export function buildTable<K extends TableKind>(kind: K, analysis: Analysis, dataset: Dataset, params: TableParams[K]): TableModel {
  return TABLES[kind](analysis, dataset, params);
}

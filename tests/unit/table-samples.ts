// One params object per table kind, for the tests that build every kind (the compiler names a kind
// left out).
import type { TableParams } from '../../src/components/tables/registry';

export const TABLE_SAMPLES: TableParams = {
  crossings: { series: 'overall,categories' },
  tasks: {},
  benchmarks: {},
  backtest: {},
  sensitivity: {},
  raw: { task: 'lambada' },
  forecastSummary: {},
  forecastMisses: {},
  suiteSlopes: {},
};

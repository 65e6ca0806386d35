// How long METHOD §12's backtest by horizon takes in Node: the full grid (5 k × 64 series × 3
// settings × 2 fits, plus the baselines) and the one setting the figure computes. Cold: the cache is
// cleared before each run; warm: a re-run under the same points (e.g. after a price edit).
import { bench, describe } from 'vitest';
import { analyse } from '../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../src/lib/assumptions';
import { dataset } from '../src/lib/load-dataset';
import { backtestByHorizon, clearBacktestHorizonCache } from '../src/lib/backtest-horizon';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });

describe('backtestByHorizon', () => {
  bench('all three settings (cold)', () => {
    clearBacktestHorizonCache();
    backtestByHorizon(dataset, analysis);
  }, { iterations: 20 });
  bench('the chosen setting only (cold)', () => {
    clearBacktestHorizonCache();
    backtestByHorizon(dataset, analysis, { settings: [analysis.assumptions.setting] });
  }, { iterations: 20 });
  bench('all three settings (warm)', () => {
    backtestByHorizon(dataset, analysis);
  }, { iterations: 20, setup: () => void backtestByHorizon(dataset, analysis) });
});

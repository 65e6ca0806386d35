// How long `analyse` takes in Node (goal: ≤ 20 ms without the bootstrap, ≤ 1 s with 1000 resamples).
// Caches are cleared before each run, so these time the work itself; the last case times a re-analysis
// after a price edit, which reuses the fits and bootstrap results.
import { bench, describe } from 'vitest';
import { analyse, clearAnalysisCaches } from '../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../src/lib/assumptions';
import { dataset } from '../src/lib/load-dataset';
import { fitLogistic } from '../src/lib/fits';

describe('analyse', () => {
  bench(
    'no bootstrap (cold)',
    () => {
      clearAnalysisCaches();
      analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    },
    { iterations: 20 },
  );

  bench(
    '1000 resamples (cold)',
    () => {
      clearAnalysisCaches();
      analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 1000 });
    },
    { iterations: 3, time: 0 },
  );

  let price = 1e17;
  bench(
    '1000 resamples, after a price edit (warm)',
    () => {
      price *= 1.01;
      analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 1000, flopPerDollar: price });
    },
    {
      iterations: 20,
      setup: () => {
        clearAnalysisCaches();
        analyse(dataset, DEFAULT_ASSUMPTIONS);
      },
    },
  );
});

// The three paths of the logistic fit (src/lib/fits.ts): the cold fit that the logit start settles
// (most series), the backtest's warm start, and a failing series that needs the full multi-start.
describe('fitLogistic', () => {
  const x = [2.6, 7.42, 15.8, 27.5, 55.2, 139, 268, 3640].map((c) => 2.57 * c ** -0.048);
  const lambada = [22.0, 40.4, 63.2, 57.0, 78.1, 79.1, 81.3, 86.4].map((v) => v / 100);
  const anliR1 = [32.1, 32.5, 30.9, 32.5, 33.5, 33.1, 33.3, 36.8].map((v) => (v - 33.3) / 66.7);
  const full = fitLogistic(x, lambada);
  const start = full.ok ? { k: full.k, L50: full.L50 } : undefined;
  bench('cold, logit start accepted (LAMBADA)', () => {
    fitLogistic(x, lambada);
  });
  bench('backtest: 7 points warm-started from the 8-point fit', () => {
    fitLogistic(x.slice(0, 7), lambada.slice(0, 7), start, { coldFallback: true });
  });
  bench('cold, failing: full multi-start (ANLI R1)', () => {
    fitLogistic(x, anliR1);
  });
});

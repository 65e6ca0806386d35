// METHOD §5 `axis`: fits against ln(L − E) under `log-reducible`; curves drawn against loss.
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { curveAt } from '../../src/lib/axis';
import { fitLogistic } from '../../src/lib/fits';
import { dataset } from '../../src/lib/load-dataset';
import { OVERALL } from '../../src/lib/series-ref';

const chinchilla2023 = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel: 'chinchilla', axis: 'log-reducible', bootstrap: 0 });
const overall = findSeries(chinchilla2023, OVERALL, 'few');

describe('the log-reducible axis', () => {
  it('fits the logistic against ln(L − 1.69) under chinchilla', () => {
    const x = overall.x.map((L) => Math.log(L - 1.69));
    const byHand = fitLogistic(x, overall.y, undefined, { minL50: -Infinity });
    if (!byHand.ok || !overall.logistic.ok) throw new Error('both fits should succeed');
    expect(overall.logistic.k).toBeCloseTo(byHand.k, 9);
    expect(overall.logistic.L50).toBeCloseTo(byHand.L50, 9);
    // Drawn against loss: p(L) = 1 / (1 + exp(k (ln(L − E) − L50))).
    const L = 1.8;
    expect(curveAt('logistic', overall.logistic, L, chinchilla2023.axis)).toBeCloseTo(1 / (1 + Math.exp(byHand.k * (Math.log(L - 1.69) - byHand.L50))), 12);
  });

  it('makes every threshold below 100% reachable under chinchilla (under `loss` the ≥ 80% ones are not)', () => {
    if (!overall.logistic.ok) throw new Error('the fit should succeed');
    const { k, L50 } = overall.logistic;
    for (const c of overall.crossings.logistic) {
      expect(c.status, `${c.threshold}`).toBe('reached');
      if (c.status !== 'reached') continue;
      // x = L50 + ln(1/p − 1)/k, L = E + e^x
      expect(c.loss).toBeCloseTo(1.69 + Math.exp(L50 + Math.log(1 / c.threshold - 1) / k), 12);
      expect(c.resources.ok).toBe(true);
    }
    const chinchillaLoss = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel: 'chinchilla', bootstrap: 0 });
    const unreachable = findSeries(chinchillaLoss, OVERALL, 'few').crossings.logistic.filter((c) => c.threshold >= 0.8);
    expect(unreachable.every((c) => (c.status === 'reached' || c.status === 'already') && !c.resources.ok)).toBe(true);
  });

  it('bootstraps on the same axis', () => {
    const withBands = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel: 'chinchilla', axis: 'log-reducible', bootstrap: 50 });
    const bands = findSeries(withBands, OVERALL, 'few').bands?.logistic;
    expect(bands?.median.every(Number.isFinite)).toBe(true);
  });
});

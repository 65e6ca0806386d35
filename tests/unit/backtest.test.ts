import { describe, expect, test } from 'vitest';
import { backtest } from '../../src/lib/backtest';
import { fitLogistic, logistic } from '../../src/lib/fits';
import type { Backtest } from '../../src/lib/types';

// Expected values computed independently with NumPy/SciPy on this machine: fit on the first 7 points,
// predict the 8th (175B):
//   C = np.array([2.60,7.42,15.8,27.5,55.2,139,268,3640]); x = 2.57*C**-0.048
//   f = lambda L,k,L50: 1/(1+np.exp(k*(L-L50)))
//   b7, a7 = np.polyfit(x[:7], y[:7], 1); btLin = a7 + b7*x[7]
//   k7, L7 = curve_fit(f, x[:7], y[:7], p0=[k, L50] (the 8-point fit), ftol=1e-15, xtol=1e-15, gtol=1e-15,
//                      maxfev=100000)[0]; btLog = f(x[7], k7, L7)
//   error = prediction − y[7]
const x = [
  2.454790323229401, 2.334284229180886, 2.251114488458414, 2.192023238823979, 2.119922808952447,
  2.0280021585798473, 1.9650909393987712, 1.7338050234230806,
];
const CASES: Record<string, { y: number[]; btLin: number; btLog: number }> = {
  'LAMBADA few-shot': {
    y: [22.0, 40.4, 63.2, 57.0, 78.1, 79.1, 81.3, 86.4].map((v) => v / 100),
    btLin: 1.1695711947993255,
    btLog: 0.9627101126568778,
  },
  'Cycled Letters few-shot': {
    y: [4.63, 9.27, 10.7, 14.5, 16.7, 21.9, 27.7, 37.9].map((v) => v / 100),
    btLin: 0.3566728333514654,
    btLog: 0.4742948986426653,
  },
  'Symbol Insertion few-shot': {
    y: [0.11, 0.28, 2.19, 4.18, 6.61, 11.0, 27.3, 67.2].map((v) => v / 100),
    btLin: 0.28914737956996217,
    btLog: 0.8505050995154858,
  },
  'exact logistic k = 4, L50 = 1.9': {
    y: x.map((L) => logistic(L, 4, 1.9)),
    btLin: 0.5745683954502989,
    btLog: 0.6603333092962435,
  },
};

function ok(b: Backtest): Extract<Backtest, { ok: true }> {
  if (!b.ok) throw new Error(`expected a backtest, got: ${b.reason}`);
  return b;
}

describe('backtest: fit on the seven smaller models, predict 175B', () => {
  for (const [name, c] of Object.entries(CASES)) {
    test(name, () => {
      const actual = c.y[7]!;
      const lin = ok(backtest('linear', x, c.y));
      expect(lin.actual).toBe(actual);
      expect(lin.predicted).toBeCloseTo(c.btLin, 9);
      expect(lin.error).toBeCloseTo(c.btLin - actual, 9);
      const log = ok(backtest('logistic', x, c.y));
      expect(Math.abs(log.predicted - c.btLog)).toBeLessThan(1e-6);
      expect(Math.abs(log.error - (c.btLog - actual))).toBeLessThan(1e-6);
    });
  }

  test('the exact logistic is predicted with zero error by the logistic', () => {
    const y = CASES['exact logistic k = 4, L50 = 1.9']!.y;
    expect(Math.abs(ok(backtest('logistic', x, y)).error)).toBeLessThan(1e-9);
  });

  test('the 8th point does not influence the fit', () => {
    const y = CASES['LAMBADA few-shot']!.y.slice();
    const a = ok(backtest('logistic', x, y));
    y[7] = 0.1;
    const b = ok(backtest('logistic', x, y));
    expect(b.predicted).toBe(a.predicted);
    expect(b.error).toBeCloseTo(a.predicted - 0.1, 12);
  });

  test('a failed fit on the seven points is a failure with its reason', () => {
    // ANLI R3 few-shot: on the first 7 points curve_fit drifts to k → 0, L50 → −1.3e7.
    const y = [35.0, 34.4, 35.1, 36.0, 32.7, 33.9, 34.5, 40.2].map((v) => (v - 33.3) / 66.7);
    const b = backtest('logistic', x, y);
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.reason).toMatch(/^the fit on the 7 smaller models failed: /);
    // the line is fine: numpy.polyfit on 7 points → prediction 0.003368485089826373
    expect(ok(backtest('linear', x, y)).predicted).toBeCloseTo(0.003368485089826373, 9);
    // a flat start (Reversed Words) fails for both forms
    const flat = [0.0, 0.05, 0.0, 0.17, 0.24, 0.3, 0.42, 0.44].map((v) => v / 100);
    expect(backtest('linear', x, flat).ok).toBe(false);
    expect(backtest('logistic', x, flat).ok).toBe(false);
  });

  test('warm-started from the eight-point fit (as analyse does): the same predictions as scipy', () => {
    for (const c of Object.values(CASES)) {
      const full = fitLogistic(x, c.y);
      if (!full.ok) throw new Error(full.reason);
      const log = ok(backtest('logistic', x, c.y, { k: full.k, L50: full.L50 }));
      expect(Math.abs(log.predicted - c.btLog)).toBeLessThan(1e-6);
      expect(log.predicted).toBeCloseTo(ok(backtest('logistic', x, c.y)).predicted, 8);
    }
  });

  test('a warm start that cannot be fitted falls back to the cold fit, failure reason and all', () => {
    // ANLI R3 few-shot: the eight-point fit exists (k ≈ 5.6, L50 ≈ 1.34), the seven-point one does not.
    const y = [35.0, 34.4, 35.1, 36.0, 32.7, 33.9, 34.5, 40.2].map((v) => (v - 33.3) / 66.7);
    const full = fitLogistic(x, y);
    if (!full.ok) throw new Error(full.reason);
    const warm = backtest('logistic', x, y, { k: full.k, L50: full.L50 });
    expect(warm).toEqual(backtest('logistic', x, y));
    expect(warm.ok).toBe(false);
  });

  test('input errors', () => {
    expect(backtest('linear', [1, 2, 3], [0.1, 0.2, 0.3]).ok).toBe(false);
    expect(backtest('linear', x, [0.1, 0.2]).ok).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import {
  FLAT_RANGE,
  fitLinear,
  fitLogistic,
  linear,
  logistic,
  lossAt,
  predict,
} from '../../src/lib/fits';
import type { LinearFit, LogisticFit } from '../../src/lib/types';

// Reference values: computed independently with NumPy/SciPy on this machine (python3, numpy.polyfit for
// the line, scipy.optimize.curve_fit for the logistic with tight tolerances), by this snippet:
//
//   import numpy as np
//   from scipy.optimize import curve_fit
//   C = np.array([2.60,7.42,15.8,27.5,55.2,139,268,3640]); x = 2.57*C**-0.048   # §3 gpt3-frontier
//   f = lambda L,k,L50: 1/(1+np.exp(k*(L-L50)))
//   cf = lambda x,y,p0: curve_fit(f,x,y,p0=p0,ftol=1e-15,xtol=1e-15,gtol=1e-15,maxfev=100000)[0]
//   # for each series y (p0 = a nearby start, given below):
//   b, a = np.polyfit(x, y, 1); k, L50 = cf(x, y, p0); yh = f(x, k, L50)
//   r2lin = 1-((y-a-b*x)**2).sum()/((y-y.mean())**2).sum(); r2log = 1-((y-yh)**2).sum()/((y-y.mean())**2).sum()
//   resid = y - yh; pred15 = f(1.5, k, L50); pred12 = f(1.2, k, L50)
//
// Series (few-shot rows of src/content/data/gpt3-table-h1.csv, normalised with chance/ceiling):
//   lambada  LAMBADA acc, 0/100, p0 [5, 2.2]      cycled  Cycled Letters acc, 0/100, p0 [3, 1.6]
//   symbol   Symbol Insertion acc, 0/100, p0 [8, 1.8]
//   anli3    ANLI R3 acc, chance 33.3 / 100, p0 [5, 1.3]
//   exactlog y = f(x, 4, 1.9) exactly, p0 [3, 2.0]

const x = [
  2.454790323229401, 2.334284229180886, 2.251114488458414, 2.192023238823979, 2.119922808952447,
  2.0280021585798473, 1.9650909393987712, 1.7338050234230806,
];

interface Ref {
  y: number[];
  a: number;
  b: number;
  r2lin: number;
  k: number;
  L50: number;
  r2log: number;
  resid: number[];
  pred15: number;
  pred12: number;
}

const REF: Record<string, Ref> = {
  lambada: {
    y: [22.0, 40.4, 63.2, 57.0, 78.1, 79.1, 81.3, 86.4].map((v) => v / 100),
    a: 2.553505968874996,
    b: -0.8989412668843846,
    r2lin: 0.8094946370591264,
    k: 5.571306849886878,
    L50: 2.2794898491047095,
    r2log: 0.9183797138079349,
    resid: [
      -0.05355645940005396, -0.020268155977901547, 0.09256014482377395, -0.049470959188274266,
      0.07231686638189794, -0.011360777335161387, -0.039156107640735516, -0.09035656642914414,
    ],
    pred15: 0.9871664665172413,
    pred12: 0.997562080060855,
  },
  cycled: {
    y: [4.63, 9.27, 10.7, 14.5, 16.7, 21.9, 27.7, 37.9].map((v) => v / 100),
    a: 1.1921230779832717,
    b: -0.47449902603965716,
    r2lin: 0.9801516553627441,
    k: 3.046029908004276,
    L50: 1.5966637170141968,
    r2log: 0.9752689546195773,
    resid: [
      -0.0219504958221921, -0.002924625056135763, -0.012889537923960873, 0.004782288743495289,
      -0.0018411157683631552, 0.007159991868427418, 0.03140403969957725, -0.01805850745886739,
    ],
    pred15: 0.5730829095018577,
    pred12: 0.7699890797473428,
  },
  symbol: {
    y: [0.11, 0.28, 2.19, 4.18, 6.61, 11.0, 27.3, 67.2].map((v) => v / 100),
    a: 2.061561687570013,
    b: -0.8960573653289449,
    r2lin: 0.7855263011746926,
    k: 8.514580059995424,
    L50: 1.8230218666759677,
    r2log: 0.9901336446769119,
    resid: [
      -0.0034901443156738834, -0.009902352902717456, -0.0035557344673332082, 0.0003880417181968271,
      -0.007819339661893646, -0.03863831563378216, 0.0432385178722888, -0.009276427483212335,
    ],
    pred15: 0.9399356848321825,
    pred12: 0.9950567145935163,
  },
  anli3: {
    y: [35.0, 34.4, 35.1, 36.0, 32.7, 33.9, 34.5, 40.2].map((v) => (v - 33.3) / 66.7),
    a: 0.19765051383637078,
    b: -0.07906299708905623,
    r2lin: 0.28823356151917123,
    k: 5.597198723471958,
    L50: 1.3403877953447565,
    r2log: 0.6249103120049703,
    resid: [
      0.0235363967494006, 0.012669311450248804, 0.020911739343246343, 0.03204373992036119,
      -0.021572705756693955, -0.011867090837888915, -0.011418474302586596, 0.0038803284404490546,
    ],
    pred15: 0.2904125537920571,
    pred12: 0.6869241508145744,
  },
  exactlog: {
    y: [
      0.09804294660752493, 0.14967696456341648, 0.19710965434802505, 0.23719986453434985,
      0.2932417665183244, 0.3747227729291978, 0.4352742906263142, 0.6603333092962435,
    ],
    a: 1.9977902710696294,
    b: -0.7925929080792818,
    r2lin: 0.9778192708367632,
    k: 4.0,
    L50: 1.9,
    r2log: 1.0,
    resid: [0, 0, 0, 0, 0, 0, 0, 0],
    pred15: 0.8320183851339245,
    pred12: 0.9426758241011313,
  },
};

const TOL = 1e-6;

function close(actual: number, expected: number, tol = TOL): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol);
}

function okLinear(f: LinearFit): Extract<LinearFit, { ok: true }> {
  if (!f.ok) throw new Error(`expected a linear fit, got: ${f.reason}`);
  return f;
}
function okLogistic(f: LogisticFit): Extract<LogisticFit, { ok: true }> {
  if (!f.ok) throw new Error(`expected a logistic fit, got: ${f.reason}`);
  return f;
}

describe('formulas', () => {
  test('linear and logistic are the §5 formulas', () => {
    expect(linear(2, 0.3, -0.1)).toBeCloseTo(0.1, 15);
    expect(logistic(1.9, 4, 1.9)).toBe(0.5);
    // by hand: 1/(1+e^{4·(1.5−1.9)}) = 1/(1+e^{−1.6}) = 0.832018385133924…
    close(logistic(1.5, 4, 1.9), 0.8320183851339245, 1e-15);
  });
  test('the logistic saturates without NaN', () => {
    expect(logistic(1000, 50, 1)).toBe(0);
    expect(logistic(-1000, 50, 1)).toBe(1);
  });
});

describe('fitLinear', () => {
  test('an exact line y = 0.3 − 0.1·L is recovered', () => {
    const y = x.map((L) => 0.3 - 0.1 * L);
    const f = okLinear(fitLinear(x, y));
    close(f.a, 0.3, 1e-12);
    close(f.b, -0.1, 1e-12);
    close(f.r2, 1, 1e-12);
    for (const r of f.residuals) close(r, 0, 1e-12);
  });

  for (const [name, ref] of Object.entries(REF)) {
    test(`${name}: same line as numpy.polyfit`, () => {
      const f = okLinear(fitLinear(x, ref.y));
      close(f.a, ref.a, 1e-9);
      close(f.b, ref.b, 1e-9);
      close(f.r2, ref.r2lin, 1e-9);
      f.residuals.forEach((r, i) => close(r, ref.y[i]! - (ref.a + ref.b * x[i]!), 1e-9));
    });
  }

  test('a line that falls as loss falls (b > 0) is reported, not a failure', () => {
    const y = x.map((L) => -0.8 + 0.6 * L);
    const f = okLinear(fitLinear(x, y));
    close(f.b, 0.6, 1e-12);
  });
});

describe('fitLogistic matches scipy.optimize.curve_fit to 1e-6', () => {
  for (const [name, ref] of Object.entries(REF)) {
    test(name, () => {
      const f = okLogistic(fitLogistic(x, ref.y));
      close(f.k, ref.k);
      close(f.L50, ref.L50);
      close(f.r2, ref.r2log);
      expect(f.residuals).toHaveLength(8);
      f.residuals.forEach((r, i) => close(r, ref.resid[i]!));
      close(predict('logistic', f, 1.5)!, ref.pred15);
      close(predict('logistic', f, 1.2)!, ref.pred12);
      x.forEach((L, i) => close(predict('logistic', f, L)!, ref.y[i]! - ref.resid[i]!));
    });
  }

  test('a warm start reaches the same optimum as the multi-start', () => {
    for (const ref of Object.values(REF)) {
      const cold = okLogistic(fitLogistic(x, ref.y));
      for (const start of [
        { k: ref.k, L50: ref.L50 },
        { k: ref.k * 1.5, L50: ref.L50 + 0.1 },
        { k: ref.k * 0.5, L50: ref.L50 - 0.1 },
      ]) {
        const warm = okLogistic(fitLogistic(x, ref.y, start));
        close(warm.k, cold.k);
        close(warm.L50, cold.L50);
      }
    }
  });

  test('a warm start with coldFallback reaches the cold optimum, even from a poor start', () => {
    for (const ref of Object.values(REF)) {
      for (const start of [
        { k: ref.k * 1.2, L50: ref.L50 - 0.05 },
        { k: 0.5, L50: 4 },
        { k: 60, L50: 1.5 },
      ]) {
        const warm = okLogistic(fitLogistic(x, ref.y, start, { coldFallback: true }));
        close(warm.k, ref.k);
        close(warm.L50, ref.L50);
      }
    }
  });

  test('with coldFallback, a failing series fails as the cold fit does (same reason)', () => {
    const y = [32.1, 32.5, 30.9, 32.5, 33.5, 33.1, 33.3, 36.8].map((v) => (v - 33.3) / 66.7); // ANLI R1
    const cold = fitLogistic(x, y);
    expect(cold.ok).toBe(false);
    expect(fitLogistic(x, y, { k: 5, L50: 2 }, { coldFallback: true })).toEqual(cold);
  });

  test('the exact logistic k = 4, L50 = 1.9 is recovered to 1e-9', () => {
    const f = okLogistic(fitLogistic(x, REF['exactlog']!.y));
    close(f.k, 4, 1e-9);
    close(f.L50, 1.9, 1e-9);
  });

  test('the exact logistic is recovered whatever the loss scale (shifted, stretched x)', () => {
    const xs = x.map((L) => 3 * L + 1); // same curve in other units: k' = k/3, L50' = 3·L50 + 1
    const y = x.map((L) => logistic(L, 4, 1.9));
    const f = okLogistic(fitLogistic(xs, y));
    close(f.k, 4 / 3, 1e-9);
    close(f.L50, 3 * 1.9 + 1, 1e-9);
  });

  test('a narrow valley (a resample with few distinct losses) is a fit, where curve_fit stops', () => {
    // ANLI R1 few-shot, models [2, 8, 5, 4, 8, 4, 2, 5] (1-based): four distinct losses. The SSE stops
    // resolving steps before the Gauss–Newton step falls below 1e-9; curve_fit (same tolerances) stops
    // at k = 22.382425, L50 = 1.6045277 from p0 [22, 1.6] and k = 22.382418 from p0 [17.6, 1.58].
    const anli1 = [32.1, 32.5, 30.9, 32.5, 33.5, 33.1, 33.3, 36.8].map((v) => (v - 33.3) / 66.7);
    const idx = [1, 7, 4, 3, 7, 3, 1, 4];
    const f = okLogistic(fitLogistic(idx.map((i) => x[i]!), idx.map((i) => anli1[i]!)));
    close(f.k, 22.38242, 1e-4);
    close(f.L50, 1.6045277, 1e-6);
  });

  test('an ok fit never contains NaN', () => {
    for (const ref of Object.values(REF)) {
      const f = okLogistic(fitLogistic(x, ref.y));
      for (const v of [f.k, f.L50, f.r2, ...f.residuals]) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('degenerate and failed fits are { ok: false, reason }', () => {
  const flat: Record<string, number[]> = {
    'all zeros': [0, 0, 0, 0, 0, 0, 0, 0],
    constant: [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3],
    // Reversed Words few-shot, 0.00…0.44 % → 0…0.0044 of the range
    'Reversed Words': [0.0, 0.05, 0.0, 0.17, 0.24, 0.3, 0.42, 0.44].map((v) => v / 100),
    'ANLI-like, within ±0.004 of chance': [0.002, -0.003, 0.001, 0.0, -0.002, 0.003, 0.004, -0.001],
  };
  for (const [name, y] of Object.entries(flat)) {
    test(`flat: ${name} (both forms)`, () => {
      for (const f of [fitLinear(x, y), fitLogistic(x, y)]) {
        expect(f.ok).toBe(false);
        if (!f.ok) {
          expect(f.reason).toMatch(/flat series/);
          expect(f.reason).toContain(String(FLAT_RANGE));
        }
        expect(JSON.stringify(f)).not.toMatch(/NaN|null/);
      }
    });
  }

  test('ANLI R1 few-shot (chance, then a rise at 175B only): logistic fails, line is fitted', () => {
    const y = [32.1, 32.5, 30.9, 32.5, 33.5, 33.1, 33.3, 36.8].map((v) => (v - 33.3) / 66.7);
    const lg = fitLogistic(x, y);
    expect(lg.ok).toBe(false);
    if (!lg.ok) expect(lg.reason).toMatch(/did not converge|step/);
    // numpy.polyfit(x, y, 1) → b = -0.09379136852…, a = 0.19704733018…
    const ln = okLinear(fitLinear(x, y));
    close(ln.b, -0.09379136852316748, 1e-9);
  });

  test('k ≤ 0 (the score falls as loss falls) is a failure for the logistic', () => {
    const y = x.map((L) => logistic(L, -3, 2.1));
    const f = fitLogistic(x, y);
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.reason).toMatch(/worse as loss falls \(k = -3 ≤ 0\)/);
  });

  test('L50 more than 5 nats outside the data is unidentifiable', () => {
    // An exact, nearly straight logistic with k = 0.3, L50 = −5 (6.7 nats below the smallest loss).
    const y = x.map((L) => logistic(L, 0.3, -5));
    const f = fitLogistic(x, y);
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.reason).toMatch(/unidentifiable: L50 = -5 nats/);
  });

  test('ANLI R3 few-shot without 175B: the least-squares optimum gets worse as loss falls', () => {
    // curve_fit from the eight-point fit drifts to k → 0, L50 → −1.4e7 (SSE 0.0014540: see
    // backtest.test.ts), but the least-squares optimum is k = −1.67988, L50 = 4.58493 (SSE 0.0012772;
    // curve_fit from p0 [-1, 3], same tolerances as above), which the multi-start finds.
    const anli7 = REF['anli3']!.y.slice(0, 7);
    const g = fitLogistic(x.slice(0, 7), anli7);
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.reason).toMatch(/worse as loss falls \(k = -1.68 ≤ 0\)/);
  });

  test('a step between two adjacent models is a failure', () => {
    const y = [0, 0, 0, 0, 0, 0, 0, 0.9];
    const f = fitLogistic(x, y);
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.reason).toMatch(/step|did not converge/);
  });

  test('no score above chance / all at the ceiling', () => {
    const below = fitLogistic(x, [-0.1, -0.05, -0.08, -0.02, -0.1, -0.03, -0.06, 0]);
    expect(below.ok).toBe(false);
    if (!below.ok) expect(below.reason).toMatch(/above chance/);
    const above = fitLogistic(x, [1, 1.02, 1.05, 1.1, 1.0, 1.2, 1.1, 1.3]);
    expect(above.ok).toBe(false);
    if (!above.ok) expect(above.reason).toMatch(/ceiling/);
  });

  test('invalid input', () => {
    for (const [xs, ys, re] of [
      [[1, 2], [0.1, 0.2], /too few points/],
      [[1, 2, 3], [0.1, 0.2], /differ in length/],
      [[1, 2, 3], [0.1, NaN, 0.3], /not a finite number/],
      [[2, 2, 2], [0.1, 0.2, 0.3], /same loss/],
    ] as const) {
      for (const f of [fitLinear(xs, ys), fitLogistic(xs, ys)]) {
        expect(f.ok).toBe(false);
        if (!f.ok) expect(f.reason).toMatch(re);
      }
    }
  });

  test('predict and lossAt return null for a failed fit', () => {
    const f = fitLinear(x, [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(predict('linear', f, 2)).toBeNull();
    expect(lossAt('linear', f, 0.5)).toBeNull();
    const g = fitLogistic(x, [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(predict('logistic', g, 2)).toBeNull();
    expect(lossAt('logistic', g, 0.5)).toBeNull();
  });
});

describe('predict and lossAt', () => {
  const line = { ok: true as const, a: 2, b: -1, r2: 1, residuals: [] };
  const logi = { ok: true as const, k: 4, L50: 1.9, r2: 1, residuals: [] };

  test('linear: p = 2 − L', () => {
    expect(predict('linear', line, 1.5)).toBe(0.5);
    expect(lossAt('linear', line, 0.5)).toBe(1.5); // by hand: (0.5 − 2)/(−1)
    expect(lossAt('linear', line, 0.9)).toBeCloseTo(1.1, 14);
  });

  test('linear: a flat or falling line never rises', () => {
    expect(lossAt('linear', { ...line, b: 0 }, 0.5)).toBeNull();
    expect(lossAt('linear', { ...line, a: -1, b: 0.5 }, 0.5)).toBeNull();
  });

  test('logistic: L = L50 + ln((1 − p)/p)/k, and never at 0 or 1', () => {
    // by hand: 1.9 + ln(1/9)/4 = 1.9 − 0.549306144334… = 1.350693855665…
    close(lossAt('logistic', logi, 0.9)!, 1.3506938556659, 1e-12);
    expect(lossAt('logistic', logi, 0.5)).toBe(1.9);
    close(predict('logistic', logi, lossAt('logistic', logi, 0.99)!)!, 0.99, 1e-12);
    expect(lossAt('logistic', logi, 1)).toBeNull();
    expect(lossAt('logistic', logi, 0)).toBeNull();
    expect(lossAt('logistic', logi, 1.2)).toBeNull();
  });

  test('lossAt inverts predict on fitted data', () => {
    const f = okLogistic(fitLogistic(x, REF['lambada']!.y));
    for (const p of [0.5, 0.8, 0.9, 0.95, 0.99]) close(predict('logistic', f, lossAt('logistic', f, p)!)!, p, 1e-12);
    const g = okLinear(fitLinear(x, REF['lambada']!.y));
    for (const p of [0.5, 0.8, 0.9]) close(predict('linear', g, lossAt('linear', g, p)!)!, p, 1e-12);
  });
});

describe('fitLogistic: a midpoint at an impossible loss', () => {
  test('L50 ≤ 0 is a failure with its reason, not a fit', () => {
    // Points on a logistic with k = 1.5, L50 = −0.3: only the far tail of the curve lies over these
    // losses (from 0.016 at 2.45 to 0.045 at 1.73: python3, 1/(1+math.exp(1.5*(L+0.3))) ).
    const xs = [2.45, 2.33, 2.25, 2.19, 2.12, 2.03, 1.97, 1.73];
    const ys = xs.map((L) => 1 / (1 + Math.exp(1.5 * (L + 0.3))));
    const fit = fitLogistic(xs, ys);
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(fit.reason).toMatch(/no model can have/);
    // On a transformed axis (x = ln(L − E), say) any midpoint is possible: minL50 = −Infinity.
    const free = okLogistic(fitLogistic(xs, ys, undefined, { minL50: -Infinity }));
    close(free.k, 1.5, 1e-6);
    close(free.L50, -0.3, 1e-6);
  });

  test('minL50 sets the impossible midpoints (default 0)', () => {
    const y = REF['exactlog']!.y; // L50 = 1.9
    expect(fitLogistic(x, y, undefined, { minL50: 1.8 }).ok).toBe(true);
    const cold = fitLogistic(x, y, undefined, { minL50: 2 });
    expect(cold.ok).toBe(false);
    if (!cold.ok) expect(cold.reason).toMatch(/L50 = 1\.9 nats is a loss no model can have \(none is at or below 2\)/);
    // warm starts: the same failure, with coldFallback the cold fit's, reason and all
    expect(fitLogistic(x, y, { k: 4, L50: 1.9 }, { minL50: 2 }).ok).toBe(false);
    expect(fitLogistic(x, y, { k: 4, L50: 1.9 }, { minL50: 2, coldFallback: true })).toEqual(cold);
  });
});

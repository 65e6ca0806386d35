import { LOSS_AXIS } from '../../src/lib/axis';
import { describe, expect, test } from 'vitest';
import { crossingLoss, crossings } from '../../src/lib/crossings';
import { fitLinear, fitLogistic } from '../../src/lib/fits';
import type { Crossing, LinearFit, LogisticFit, Resources } from '../../src/lib/types';

// GPT-3 175B's loss under gpt3-frontier: 2.57 · 3640^-0.048 (python3: 2.57*3640**-0.048).
const L175 = 1.7338050234230806;
const THRESHOLDS = [0.5, 0.8, 0.9, 0.95, 0.99];

/** A stand-in for §6: records the losses it is asked about. */
function recorder(): { calls: number[]; toResources: (loss: number) => Resources } {
  const calls: number[] = [];
  return {
    calls,
    toResources: (loss) => {
      calls.push(loss);
      const dollars = 6e8 / loss ** 2;
      return {
        ok: true,
        loss,
        params: 1e12 / loss,
        tokens: 1e13 / loss,
        words: 1e13 / loss / 1.4,
        flop: 6e25 / loss ** 2,
        dollars,
        ordersBeyondGpt3: 0,
        beyondFittedRange: { params: 0, tokens: 0 },
        belowEntropyEstimate: false,
        cost: { in5Years: dollars, in10Years: dollars, yearAt: {} },
      };
    },
  };
}

function lossOf(c: Crossing): number {
  if (c.status !== 'reached' && c.status !== 'already') throw new Error(`no loss: ${c.status}`);
  return c.loss;
}

describe('logistic k = 4, L50 = 1.9', () => {
  const fit: LogisticFit = { ok: true, k: 4, L50: 1.9, r2: 1, residuals: [] };
  // By hand: L = L50 + ln((1 − p)/p)/k; e.g. p = 0.8: 1.9 + ln(0.25)/4 = 1.9 − 0.346573590… = 1.553426409…
  // (python3: [1.9+math.log((1-p)/p)/4 for p in ...])
  const expected = [1.9, 1.5534264097200272, 1.350693855665945, 1.16389025520839, 0.7512200374663527];

  test('50 % is already passed at 175B (1.9 ≥ 1.734); the others are reached at the right loss', () => {
    const r = recorder();
    const cs = crossings('logistic', fit, THRESHOLDS, L175, r.toResources, LOSS_AXIS);
    expect(cs.map((c) => c.status)).toEqual(['already', 'reached', 'reached', 'reached', 'reached']);
    cs.forEach((c, i) => {
      expect(c.threshold).toBe(THRESHOLDS[i]);
      expect(lossOf(c)).toBeCloseTo(expected[i]!, 12);
    });
    // resources come from toResources(loss) for every crossing with a loss
    expect(r.calls).toHaveLength(5);
    const c1 = cs[1]!;
    if (c1.status !== 'reached') throw new Error('expected reached');
    expect(c1.resources).toEqual(r.toResources(c1.loss));
  });

  test('a logistic never reaches 100 %', () => {
    const [c] = crossings('logistic', fit, [1], L175, recorder().toResources, LOSS_AXIS);
    expect(c!.status).toBe('never');
    if (c!.status === 'never') expect(c!.reason).toMatch(/only approaches the ceiling/);
  });

  test('a crossing at a loss ≤ 0 is never', () => {
    // p = 0.9999999: 1.9 + ln(1e-7/0.9999999)/4 = 1.9 − 4.0295… < 0
    const [c] = crossings('logistic', fit, [0.9999999], L175, recorder().toResources, LOSS_AXIS);
    expect(c!.status).toBe('never');
    if (c!.status === 'never') expect(c!.reason).toMatch(/loss of -2\.1\d* nats/);
  });
});

describe('linear', () => {
  test('p = 2.5 − L: "already" above 175B\'s loss, "reached" below it (by hand: L = 2.5 − p)', () => {
    const fit: LinearFit = { ok: true, a: 2.5, b: -1, r2: 1, residuals: [] };
    const cs = crossings('linear', fit, THRESHOLDS, L175, recorder().toResources, LOSS_AXIS);
    expect(cs.map((c) => c.status)).toEqual(['already', 'reached', 'reached', 'reached', 'reached']);
    [2.0, 1.7, 1.6, 1.55, 1.51].forEach((L, i) => expect(lossOf(cs[i]!)).toBeCloseTo(L, 12));
  });

  test('a falling line never rises', () => {
    const fit: LinearFit = { ok: true, a: -0.8, b: 0.6, r2: 1, residuals: [] };
    const cs = crossings('linear', fit, THRESHOLDS, L175, recorder().toResources, LOSS_AXIS);
    for (const c of cs) {
      expect(c.status).toBe('never');
      if (c.status === 'never') expect(c.reason).toMatch(/falls as loss falls/);
    }
  });

  test('a flat line never rises', () => {
    const fit: LinearFit = { ok: true, a: 0.3, b: 0, r2: 0, residuals: [] };
    const [c] = crossings('linear', fit, [0.5], L175, recorder().toResources, LOSS_AXIS);
    expect(c!.status).toBe('never');
    if (c!.status === 'never') expect(c!.reason).toMatch(/flat/);
  });

  test('y = 0.3 − 0.1·L reaches 50 % only at L = −2: never', () => {
    const fit: LinearFit = { ok: true, a: 0.3, b: -0.1, r2: 1, residuals: [] };
    expect(crossingLoss('linear', fit, 0.5, LOSS_AXIS)).toEqual({ never: expect.stringMatching(/loss of -2 nats/) });
    // and 25 % at L = 0.5 (by hand: (0.25 − 0.3)/(−0.1))
    const c = crossingLoss('linear', fit, 0.25, LOSS_AXIS);
    expect('loss' in c && c.loss).toBeCloseTo(0.5, 12);
  });
});

describe('no-fit', () => {
  test('a failed fit gives no-fit with its reason for every threshold', () => {
    const fit = fitLogistic([1, 2, 3], [0, 0, 0]);
    const cs = crossings('logistic', fit, THRESHOLDS, L175, recorder().toResources, LOSS_AXIS);
    expect(cs).toHaveLength(5);
    for (const c of cs) {
      expect(c.status).toBe('no-fit');
      if (c.status === 'no-fit' && !fit.ok) expect(c.reason).toBe(fit.reason);
    }
  });
});

describe('on real data (LAMBADA few-shot)', () => {
  const x = [2.454790323229401, 2.334284229180886, 2.251114488458414, 2.192023238823979, 2.119922808952447, 2.0280021585798473, 1.9650909393987712, 1.7338050234230806];
  const y = [22.0, 40.4, 63.2, 57.0, 78.1, 79.1, 81.3, 86.4].map((v) => v / 100);
  test('logistic: 50–95 % already passed at 175B, 99 % reached beyond it', () => {
    // scipy's curve_fit (fits.test.ts): k = 5.571306849886878, L50 = 2.2794898491047095, so
    // L(0.8) = L50 − ln 4/k = 2.0306…, L(0.9) = L50 − ln 9/k = 1.8851… ≥ 1.734, L(0.95) = 1.7510… (python3)
    const cs = crossings('logistic', fitLogistic(x, y), THRESHOLDS, L175, recorder().toResources, LOSS_AXIS);
    expect(cs.map((c) => c.status)).toEqual(['already', 'already', 'already', 'already', 'reached']);
    expect(lossOf(cs[4]!)).toBeCloseTo(2.2794898491047095 - Math.log(99) / 5.571306849886878, 6);
  });
  test('linear: the steep line is past even 99 % at 175B (L(0.99) = 1.7393 ≥ 1.7338)', () => {
    // numpy.polyfit: a = 2.553505968874996, b = -0.8989412668843846 → L(0.99) = (0.99 − a)/b = 1.739274885… (python3)
    const cs = crossings('linear', fitLinear(x, y), THRESHOLDS, L175, recorder().toResources, LOSS_AXIS);
    expect(cs.map((c) => c.status)).toEqual(['already', 'already', 'already', 'already', 'already']);
    expect(lossOf(cs[4]!)).toBeCloseTo((0.99 - 2.553505968874996) / -0.8989412668843846, 9);
  });
});

import { describe, expect, test } from 'vitest';
import { mean, quantile, quantileSorted, rSquared } from '../../src/lib/stats';

// Expected values computed with NumPy on this machine:
//   v = np.array([3.1,-2.0,7.5,0.25,4.0,4.0,10.0,-0.5,1e-3]); v.mean()
//   [np.quantile(v, p) for p in [0,0.025,0.1,0.25,0.5,0.9,0.975,1]]   (NumPy's default = R-7)
//   y = np.array([0.22,0.404,0.632,0.57,0.781]); yh = np.array([0.25,0.4,0.6,0.6,0.75])
//   1-((y-yh)**2).sum()/((y-y.mean())**2).sum()
const v = [3.1, -2.0, 7.5, 0.25, 4.0, 4.0, 10.0, -0.5, 1e-3];
const Q: [number, number][] = [
  [0, -2.0],
  [0.025, -1.7],
  [0.1, -0.7999999999999999],
  [0.25, 0.001],
  [0.5, 3.1],
  [0.9, 8.0],
  [0.975, 9.5],
  [1, 10.0],
];

describe('mean', () => {
  test('matches numpy', () => {
    expect(mean(v)).toBeCloseTo(2.927888888888889, 14);
  });
  test('compensated summation: ten 0.1s average to exactly 0.1', () => {
    expect(mean(new Array(10).fill(0.1))).toBe(0.1);
  });
  test('works on typed arrays; NaN in, NaN out; empty throws', () => {
    expect(mean(new Float64Array([1, 2, 3]))).toBe(2);
    expect(mean([1, NaN, 3])).toBeNaN();
    expect(() => mean([])).toThrow(RangeError);
  });
});

describe('quantile (R-7, as numpy.quantile)', () => {
  test.each(Q)('p = %f', (p, expected) => {
    expect(quantile(v, p)).toBeCloseTo(expected, 12);
  });
  test('sorted input gives the same through quantileSorted, which does not copy', () => {
    const sorted = Float64Array.from(v).sort();
    for (const [p, expected] of Q) expect(quantileSorted(sorted, p)).toBeCloseTo(expected, 12);
  });
  test('does not reorder its input', () => {
    const copy = v.slice();
    quantile(copy, 0.5);
    expect(copy).toEqual(v);
  });
  test('single value; errors', () => {
    expect(quantile([4], 0.3)).toBe(4);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile(v, 1.5)).toThrow(RangeError);
    expect(() => quantile(v, NaN)).toThrow(RangeError);
    expect(quantile([1, NaN], 0.5)).toBeNaN();
  });
});

describe('rSquared', () => {
  test('matches numpy', () => {
    expect(rSquared([0.22, 0.404, 0.632, 0.57, 0.781], [0.25, 0.4, 0.6, 0.6, 0.75])).toBeCloseTo(0.979631447630153, 14);
  });
  test('perfect prediction is 1; predicting the mean is 0; worse than the mean is negative', () => {
    const y = [1, 2, 3, 4];
    expect(rSquared(y, y)).toBe(1);
    expect(rSquared(y, [2.5, 2.5, 2.5, 2.5])).toBe(0);
    expect(rSquared(y, [4, 3, 2, 1])).toBeLessThan(0);
  });
  test('undefined (NaN) for constant y; length mismatch throws', () => {
    expect(rSquared([1, 1, 1], [1, 1, 1])).toBeNaN();
    expect(() => rSquared([1, 2], [1])).toThrow(RangeError);
  });
});

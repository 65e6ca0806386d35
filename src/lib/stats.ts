// Small descriptive statistics used by the fits and the bootstrap.
//
// Library: d3-array (https://d3js.org/d3-array, ISC, maintained by the D3 project), already
// pulled in by @observablehq/plot and now a direct dependency:
//  - `fsum` (Neumaier-compensated summation) for `mean`;
//  - `quantile` / `quantileSorted`, which use the R-7 rule (linear interpolation between order
//    statistics, the default of R's `quantile`, NumPy's `numpy.quantile` and Excel's PERCENTILE.INC).
// d3 silently skips NaN/null/undefined; the wrappers below do not: a NaN input gives a NaN result
// (as ordinary arithmetic would) so that a bug upstream stays visible.

import { fsum, quantile as d3Quantile, quantileSorted as d3QuantileSorted } from 'd3-array';

function hasNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) return true;
  }
  return false;
}

/** Arithmetic mean (compensated summation). Throws on an empty input; NaN in gives NaN out. */
export function mean(values: readonly number[] | Float64Array): number {
  if (values.length === 0) throw new RangeError('mean of no values');
  if (hasNaN(values)) return NaN;
  return fsum(values) / values.length;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of `values`, sorted or not, by the R-7 rule (same as
 * `numpy.quantile(values, p)`). Throws on an empty input or a p outside [0, 1]; NaN in gives NaN out.
 */
export function quantile(values: readonly number[] | Float64Array, p: number): number {
  checkP(p);
  if (values.length === 0) throw new RangeError('quantile of no values');
  if (hasNaN(values)) return NaN;
  return d3Quantile(values, p) as number;
}

/**
 * As `quantile`, for values already sorted ascending (no copy, O(1)); the bootstrap's hot path.
 * The caller guarantees the order and the absence of NaN.
 */
export function quantileSorted(sorted: readonly number[] | Float64Array, p: number): number {
  checkP(p);
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  // d3's typing asks for an Array; it only reads `length` and indices, so a typed array works.
  return d3QuantileSorted(sorted as unknown as number[], p) as number;
}

function checkP(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
}

/**
 * Coefficient of determination R² = 1 − SS_res / SS_tot, with SS_tot about the mean of y.
 * Undefined (NaN) when y is constant: the fits reject flat series before calling it.
 */
export function rSquared(y: readonly number[], yhat: readonly number[]): number {
  if (y.length !== yhat.length) throw new RangeError('rSquared: y and yhat differ in length');
  if (y.length === 0) throw new RangeError('rSquared of no values');
  const m = mean(y);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const r = yi - yhat[i]!;
    const d = yi - m;
    ssRes += r * r;
    ssTot += d * d;
  }
  return ssTot === 0 ? NaN : 1 - ssRes / ssTot;
}

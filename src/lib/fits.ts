// METHOD.md §5: the two fit forms, their least-squares fits, and their inverses.
//
// x are losses (nats per token), y normalised scores (0 = chance, 1 = ceiling), one point per model;
// residuals are observed − fitted. A fit that fails is `{ ok: false, code, reason }`: the code is what a reader is
// told (fit-sentences.ts), the reason the detail for the table view; an `ok: true` fit never carries NaN or ±Infinity.
//
// Why a fit fails (checked in this order):
// - invalid input (fewer than 3 points, unequal lengths, a non-finite value, one loss for all), or
//   flat (scores span less than FLAT_RANGE, e.g. Reversed Words few-shot): nothing to fit (both forms);
// - logistic, no score above chance or none below the ceiling: a curve in (0, 1) has no trend to follow;
// - logistic, after the solver: k ≤ 0 (worse as loss falls; METHOD §5 defines k > 0 as improvement,
//   and such a curve would extrapolate to 0); L50 more than MAX_L50_DISTANCE outside the losses, or
//   ≤ minL50 (a midpoint the data cannot locate, or at a loss no model can have); k · range above
//   MAX_STEEPNESS (a step between two adjacent models, whose steepness the data cannot determine);
//   no convergence (the optimum lies at infinity, e.g. ANLI R1/R2 few-shot: chance, then a rise at
//   the last model only).
// A line that falls as loss falls (b > 0) is reported, not a failure: lossAt says it never rises.
//
// The logistic's least squares is solved by a two-parameter Levenberg–Marquardt whose convergence
// test is the Gauss–Newton step itself, so a converged fit is the optimum (to ~1e-9 where the SSE
// resolves it) and equals scipy.optimize.curve_fit (tests/unit/fits.test.ts). Least squares in p
// has poorer local optima and optima at infinity, hence the multi-start when the logit start does
// not give a sound fit.

import type { FitFailure, FitFailureCode, FitForm, LinearFit, LogisticFit } from './types';
import { rSquared } from './stats';

/** A series whose scores span less than this (normalised units) is flat: no fit. */
export const FLAT_RANGE = 0.01;
/** A logistic whose L50 lies further than this (nats) outside the data's losses is unidentifiable. */
export const MAX_L50_DISTANCE = 5;
/** A logistic with k · (loss range of the data) above this is a step, not a trend. */
export const MAX_STEEPNESS = 100;

/** §5 `linear`: p(L) = a + b · L. */
export function linear(L: number, a: number, b: number): number {
  return a + b * L;
}

/** §5 `logistic`: p(L) = 1 / (1 + exp(k · (L − L50))). */
export function logistic(L: number, k: number, L50: number): number {
  return 1 / (1 + Math.exp(k * (L - L50)));
}

/** Initial guess for `fitLogistic` (e.g. the full-data fit, to warm-start bootstrap refits). */
export interface LogisticStart {
  k: number;
  L50: number;
}

/** Options of `fitLogistic`. */
export interface FitLogisticOptions {
  /**
   * With `start`: a warm fit that did not converge or is classified as failed is fitted again from
   * cold, so the outcome does not depend on the start (the backtest). Without it a failed warm fit
   * is reported as failed (the bootstrap: a multi-start per resample would cost too much).
   */
  coldFallback?: boolean;
  /**
   * A fit with L50 ≤ this is a failure: a midpoint at a loss no model can have. Default 0
   * (cross-entropy is never below 0); -Infinity when x is not a loss (e.g. ln(L − E)).
   */
  minL50?: number;
}

type XY = readonly number[];

function fail({ code, reason }: Failure): FitFailure {
  return { ok: false, code, reason };
}

/** A failure's kind (what a reader is told) and its reason (the detail, for the table view). */
type Failure = { code: FitFailureCode; reason: string };
const failure = (code: FitFailureCode, reason: string): Failure => ({ code, reason });

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}

/** Checks shared by both forms: a reason, or the ranges of x and y. */
function checkInput(x: XY, y: XY): Failure | { xMin: number; xMax: number; yMin: number; yMax: number } {
  const n = x.length;
  if (n !== y.length) return failure('input', `x and y differ in length (${n} losses, ${y.length} scores)`);
  if (n < 3) return failure('input', `too few points to fit (${n}; at least 3 needed)`);
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
      return failure('input', `point ${i + 1} is not a finite number (loss ${xi}, score ${yi})`);
    }
    if (xi < xMin) xMin = xi;
    if (xi > xMax) xMax = xi;
    if (yi < yMin) yMin = yi;
    if (yi > yMax) yMax = yi;
  }
  if (!(xMax > xMin)) return failure('input', 'all points have the same loss: no trend can be fitted');
  if (yMax - yMin < FLAT_RANGE) {
    return failure(
      'flat',
      `flat series: the scores span only ${fmt(yMax - yMin)} of the chance-to-ceiling range ` +
        `(less than ${FLAT_RANGE}) across the models, so there is no trend to fit`,
    );
  }
  return { xMin, xMax, yMin, yMax };
}

/** §5 `linear` by ordinary least squares (centred sums). */
export function fitLinear(x: XY, y: XY): LinearFit {
  const c = checkInput(x, y);
  if ('reason' in c) return fail(c);
  const n = x.length;
  let xm = 0;
  let ym = 0;
  for (let i = 0; i < n; i++) {
    xm += x[i]!;
    ym += y[i]!;
  }
  xm /= n;
  ym /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - xm;
    sxx += dx * dx;
    sxy += dx * (y[i]! - ym);
  }
  const b = sxy / sxx;
  const a = ym - b * xm;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return fail(failure('input', 'least squares gave non-finite coefficients'));
  const fitted = x.map((L) => linear(L, a, b));
  const residuals = y.map((v, i) => v - fitted[i]!);
  return { ok: true, a, b, r2: rSquared(y, fitted), residuals };
}

// ---------------------------------------------------------------------------------------------
// Logistic

/** Levenberg–Marquardt iterations per start (from a sound start 5–30 are used). */
const MAX_ITERATIONS = 200;
/** Converged when the Gauss–Newton step is below this, relative to max(1, |parameter|). */
const STEP_TOL = 1e-9;
/** Also converged when no step lowers the SSE and the Gauss–Newton step is below this. */
const STUCK_TOL = 1e-5;

/** A solver result: where it stopped, its SSE, and whether that is a least-squares optimum. */
interface Run {
  k: number;
  L50: number;
  sse: number;
  converged: boolean;
}

function sse(x: XY, y: XY, k: number, L50: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const r = y[i]! - logistic(x[i]!, k, L50);
    s += r * r;
  }
  return s;
}

/** JᵀJ (a11, a12, a22) and Jᵀr (g1, g2) of the least squares at (k, L50). */
function normalEquations(x: XY, y: XY, k: number, L50: number) {
  let a11 = 0;
  let a12 = 0;
  let a22 = 0;
  let g1 = 0;
  let g2 = 0;
  for (let i = 0; i < x.length; i++) {
    const p = logistic(x[i]!, k, L50);
    const q = p * (1 - p);
    const dk = -q * (x[i]! - L50); // ∂p/∂k
    const dL50 = q * k; // ∂p/∂L50
    const r = y[i]! - p;
    a11 += dk * dk;
    a12 += dk * dL50;
    a22 += dL50 * dL50;
    g1 += dk * r;
    g2 += dL50 * r;
  }
  return { a11, a12, a22, g1, g2 };
}

type NormalEquations = ReturnType<typeof normalEquations>;

/** The step solving (JᵀJ + λ·diag(JᵀJ)) δ = Jᵀr; λ = 0 is the Gauss–Newton step. null when singular. */
function step(ne: NormalEquations, lambda: number): { dk: number; dL50: number } | null {
  const b11 = ne.a11 * (1 + lambda);
  const b22 = ne.a22 * (1 + lambda);
  const det = b11 * b22 - ne.a12 * ne.a12;
  if (!(det > 1e-14 * b11 * b22)) return null; // the parameters are not identifiable here
  return { dk: (b22 * ne.g1 - ne.a12 * ne.g2) / det, dL50: (b11 * ne.g2 - ne.a12 * ne.g1) / det };
}

/** Whether step `d` is below `tolerance` relative to max(1, |parameter|) in both parameters. */
function below(d: { dk: number; dL50: number }, k: number, L50: number, tolerance: number): boolean {
  return (
    Math.abs(d.dk) <= tolerance * Math.max(1, Math.abs(k)) &&
    Math.abs(d.dL50) <= tolerance * Math.max(1, Math.abs(L50))
  );
}

/**
 * Levenberg–Marquardt from (k, L50), Marquardt's diagonal scaling, a step only when it lowers the
 * SSE. Converged when the Gauss–Newton step is below STEP_TOL (the point is the optimum), or when
 * no step lowers the SSE and the Gauss–Newton step is below STUCK_TOL: the SSE's decrease is
 * quadratic in the step, so it can vanish in rounding first (~1e-6 relative in the narrow valleys
 * of resampled series with few distinct losses). A run heading for an optimum at infinity ends
 * with a large step or out of iterations: not converged.
 */
function levenbergMarquardt(x: XY, y: XY, k: number, L50: number): Run {
  let s = sse(x, y, k, L50);
  let lambda = 1e-3;
  for (let it = 0; it < MAX_ITERATIONS && Number.isFinite(s); it++) {
    const ne = normalEquations(x, y, k, L50);
    const gn = step(ne, 0);
    if (gn === null) break;
    if (below(gn, k, L50, STEP_TOL)) return { k, L50, sse: s, converged: true };
    let accepted = false;
    for (let tries = 0; tries < 30 && !accepted; tries++, lambda *= 10) {
      const d = step(ne, lambda);
      if (d === null) continue;
      const st = sse(x, y, k + d.dk, L50 + d.dL50);
      if (st < s) {
        k += d.dk;
        L50 += d.dL50;
        s = st;
        lambda = Math.max(lambda / 100, 1e-13); // the loop's × 10 follows
        accepted = true;
      }
    }
    if (!accepted) return { k, L50, sse: s, converged: below(gn, k, L50, STUCK_TOL) };
  }
  return { k, L50, sse: s, converged: false };
}

/** The logit start: ln(1/p − 1) = k·L − k·L50 regressed on L (p clipped to [0.01, 0.99]). */
function logitStart(x: XY, y: XY): LogisticStart | null {
  const z = y.map((v) => {
    const p = Math.min(0.99, Math.max(0.01, v));
    return Math.log(1 / p - 1);
  });
  const line = fitLinear(x, z);
  if (!line.ok || !(line.b > 0)) return null;
  return { k: line.b, L50: -line.a / line.b };
}

/** Why a solver result is not a fit; null when it is one. */
function classify(r: Run, xMin: number, xMax: number, minL50: number): Failure | null {
  if (!Number.isFinite(r.k) || !Number.isFinite(r.L50) || !Number.isFinite(r.sse)) {
    return failure('no-convergence', 'the fit did not converge (parameters became non-finite)');
  }
  if (r.k <= 0) {
    return failure(
      'declining',
      `the best logistic gets worse as loss falls (k = ${fmt(r.k)} ≤ 0), ` +
      'so it cannot describe improvement toward the ceiling'
    );
  }
  if (r.L50 < xMin - MAX_L50_DISTANCE || r.L50 > xMax + MAX_L50_DISTANCE) {
    return failure(
      'unidentifiable',
      `the midpoint is unidentifiable: L50 = ${fmt(r.L50)} nats lies more than ${MAX_L50_DISTANCE} nats ` +
      `outside the data's losses (${fmt(xMin)}–${fmt(xMax)})`
    );
  }
  if (r.L50 <= minL50) {
    return failure(
      'unidentifiable',
      `the midpoint is unidentifiable: L50 = ${fmt(r.L50)} nats is a loss no model can have ` +
      `(none is at or below ${fmt(minL50)}), so the data show only the start of a curve`
    );
  }
  if (r.k * (xMax - xMin) > MAX_STEEPNESS) {
    return failure(
      'step',
      `the best logistic is a step (k = ${fmt(r.k)} per nat) between two adjacent models; ` +
      'its steepness is not determined by the data'
    );
  }
  if (!r.converged) {
    return failure(
      'no-convergence',
      `the fit did not converge (it stopped at k = ${fmt(r.k)} per nat, L50 = ${fmt(r.L50)}): ` +
      'the least-squares optimum seems to lie at an infinitely steep step or at infinity'
    );
  }
  return null;
}

/** The better of two runs: a converged one over one that is not, else the lower SSE. */
function better(a: Run, b: Run): Run {
  if (!Number.isFinite(a.sse)) return b;
  if (!Number.isFinite(b.sse)) return a;
  if (a.converged !== b.converged) return a.converged ? a : b;
  return b.sse < a.sse ? b : a;
}

/**
 * Cold fit: from the logit start, kept when it is a sound fit; otherwise the best of it and a grid
 * of starts (k · range ∈ {2, 8, 30} × L50 half a range below the data, mid-range, at the top), as
 * least squares in p has poorer local optima (and optima at infinity) that one start can end in.
 */
function coldFit(x: XY, y: XY, xMin: number, xMax: number, minL50: number): Run {
  const ls = logitStart(x, y);
  const fromLogit = ls ? [levenbergMarquardt(x, y, ls.k, ls.L50)] : [];
  if (fromLogit[0] && classify(fromLogit[0], xMin, xMax, minL50) === null) return fromLogit[0];
  const xRange = xMax - xMin;
  const fromGrid = [2, 8, 30].flatMap((c) =>
    [xMin - 0.5 * xRange, 0.5 * (xMin + xMax), xMax].map((L50) => levenbergMarquardt(x, y, c / xRange, L50)),
  );
  return [...fromLogit, ...fromGrid].reduce(better);
}

/**
 * §5 `logistic` by least squares in p. Cold (no `start`): see `coldFit`. Warm (`start`, e.g. the
 * full-data fit inside the bootstrap): Levenberg–Marquardt from it alone, unless `coldFallback`.
 */
export function fitLogistic(x: XY, y: XY, start?: LogisticStart, options?: FitLogisticOptions): LogisticFit {
  const c = checkInput(x, y);
  if ('reason' in c) return fail(c);
  const { xMin, xMax, yMin, yMax } = c;
  if (yMax <= 0) return fail(failure('out-of-bounds', 'no model scores above chance, so a logistic rising from 0 has nothing to follow'));
  if (yMin >= 1) return fail(failure('out-of-bounds', 'every model is at or above the ceiling, so a logistic has nothing to follow'));
  const minL50 = options?.minL50 ?? 0;

  const warm = start && start.k > 0 && Number.isFinite(start.k) && Number.isFinite(start.L50);
  let best = warm ? levenbergMarquardt(x, y, start.k, start.L50) : coldFit(x, y, xMin, xMax, minL50);
  if (warm && options?.coldFallback && classify(best, xMin, xMax, minL50) !== null) {
    best = coldFit(x, y, xMin, xMax, minL50);
  }
  const failed = classify(best, xMin, xMax, minL50);
  if (failed !== null) return fail(failed);

  const { k, L50 } = best;
  const fitted = x.map((L) => logistic(L, k, L50));
  const residuals = y.map((v, i) => v - fitted[i]!);
  return { ok: true, k, L50, r2: rSquared(y, fitted), residuals };
}

/** The fit of either form, as stored on a series. */
export type Fit = LinearFit | LogisticFit;

/** The fitted curve at `loss`; null when the fit failed. */
export function predict(form: FitForm, fit: Fit, loss: number): number | null {
  if (!fit.ok) return null;
  if (form === 'linear') {
    if (!('a' in fit)) throw new TypeError('predict: a linear form needs a linear fit');
    return linear(loss, fit.a, fit.b);
  }
  if (!('k' in fit)) throw new TypeError('predict: a logistic form needs a logistic fit');
  return logistic(loss, fit.k, fit.L50);
}

/**
 * The loss at which the curve reaches score `p` while improving (loss falling); null when it never
 * does: a failed fit; a line that is flat or falls as loss falls (b ≥ 0); a logistic asked for p ≤ 0
 * or p ≥ 1 (it only approaches them). The value may lie above the data (already reached) or below 0
 * (unphysical): callers decide (see crossings.ts).
 */
export function lossAt(form: FitForm, fit: Fit, p: number): number | null {
  if (!fit.ok || !Number.isFinite(p)) return null;
  if (form === 'linear') {
    if (!('a' in fit)) throw new TypeError('lossAt: a linear form needs a linear fit');
    if (!(fit.b < 0)) return null;
    return (p - fit.a) / fit.b;
  }
  if (!('k' in fit)) throw new TypeError('lossAt: a logistic form needs a logistic fit');
  if (!(p > 0 && p < 1) || !(fit.k > 0)) return null;
  return fit.L50 + Math.log((1 - p) / p) / fit.k;
}

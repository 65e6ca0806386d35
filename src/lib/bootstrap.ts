// §8 uncertainty: a seeded, deterministic bootstrap of the fits.
//
// Each replicate draws one resample (the caller's `resample`, e.g. the 8 points with replacement, or
// the tasks of a category with replacement, re-averaged), refits every requested form to the SAME
// resample, and records the refitted curve on `grid` and its crossing loss for each threshold.
// - Bands: per grid loss, the 2.5 / 10 / 50 / 90 / 97.5 % quantiles (R-7 rule, stats.quantileSorted)
//   of the refitted curves' values → lo95, lo80, median, hi80, hi95.
// - Crossing ranges: per threshold, the 2.5 / 10 / 90 / 97.5 % quantiles of the crossing losses of the
//   refits that reach it (crossings.crossingLoss: `never` includes crossings at a loss ≤ 0), and
//   `neverShare` = never / successful refits. null when no refit reached the threshold.
//   Crossing losses above the largest model's loss ("already") are kept as values.
// - A resample whose fit fails (flat, degenerate, non-convergent, see fits.ts) is skipped for that form
//   and counted in `failed`; quantiles are over the successful refits only (`fitted`).
// Determinism: the only randomness is createRng(seed) handed to `resample`, consumed in replicate
// order; the fits themselves are deterministic. Same seed → identical output on every machine.

import type { Bands, FitForm, Range } from './types';
import { fitLinear, fitLogistic, linear, logistic, type LogisticStart } from './fits';
import { crossingLoss } from './crossings';
import { minMidpoint, toAxis, type FitAxis } from './axis';
import { createRng } from './random';
import { quantileSorted } from './stats';

export interface BootstrapOptions<F extends FitForm> {
  /** Number of replicates (≥ 1). */
  resamples: number;
  seed: number;
  /** Draws one resample using `rng` (uniform on [0, 1)); must use no other randomness. */
  resample: (rng: () => number) => { x: number[]; y: number[] };
  /** Losses where the bands are evaluated. */
  grid: readonly number[];
  /** Thresholds (fractions of chance-to-ceiling) for the crossing ranges. */
  thresholds: readonly number[];
  forms: readonly F[];
  /** The fits' x (§5 `axis`): resamples' x are on it; the grid is in losses and is mapped onto it. */
  axis: FitAxis;
  /** Warm start for the logistic refits, normally the full-data fit's (k, L50); makes refits ~5× cheaper. */
  logisticStart?: LogisticStart;
}

export interface BootstrapFormResult {
  /** null when no resample could be fitted. */
  bands: Bands | null;
  /** crossingRanges[i] belongs to thresholds[i]. */
  crossingRanges: (Range | null)[];
  /** Replicates whose refit succeeded (the quantiles' sample size) and whose refit failed. */
  fitted: number;
  failed: number;
}

const Q = { lo95: 0.025, lo80: 0.1, median: 0.5, hi80: 0.9, hi95: 0.975 } as const;

export function bootstrap<F extends FitForm>(options: BootstrapOptions<F>): Record<F, BootstrapFormResult> {
  const { resamples, seed, resample, thresholds, forms, logisticStart, axis } = options;
  // Grid losses on the fits' axis (the analysis' grid stays above E, where the axis is defined).
  const grid = options.grid.map((loss) => toAxis(loss, axis) ?? Number.NEGATIVE_INFINITY);
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  const rng = createRng(seed);
  const G = grid.length;
  const T = thresholds.length;

  // Per form: the refits' two parameters ((a, b) or (k, L50); the curves are evaluated on the grid
  // only in the quantile pass, which keeps the working set small), crossing losses (threshold-major,
  // NaN = never), and counts. Preallocated; nothing is allocated per replicate here.
  const state = forms.map((form) => ({
    form,
    p1: new Float64Array(resamples),
    p2: new Float64Array(resamples),
    cross: new Float64Array(T * resamples),
    fitted: 0,
    failed: 0,
  }));

  for (let r = 0; r < resamples; r++) {
    const { x, y } = resample(rng);
    for (const s of state) {
      const fit = s.form === 'linear' ? fitLinear(x, y) : fitLogistic(x, y, logisticStart, { minL50: minMidpoint(axis) });
      if (!fit.ok) {
        s.failed++;
        continue;
      }
      if ('a' in fit) {
        s.p1[s.fitted] = fit.a;
        s.p2[s.fitted] = fit.b;
      } else {
        s.p1[s.fitted] = fit.k;
        s.p2[s.fitted] = fit.L50;
      }
      for (let t = 0; t < T; t++) {
        const c = crossingLoss(s.form, fit, thresholds[t]!, axis);
        s.cross[t * resamples + s.fitted] = 'loss' in c ? c.loss : NaN;
      }
      s.fitted++;
    }
  }

  const out = {} as Record<F, BootstrapFormResult>;
  const column = new Float64Array(resamples);
  // Replicates in increasing order of their curve's value at the previous grid loss. Two curves of
  // one form (two lines, or two logistics: k₁(L − a) = k₂(L − b) is linear in L) cross at most once,
  // so the order changes little from one grid loss to the next: an insertion sort starting from the
  // previous order does O(m) work per grid loss plus at most m²/2 swaps over the whole grid, instead
  // of a full sort per grid loss (the bootstrap's main cost before). Same sorted values, same bands.
  const order = new Int32Array(resamples);
  for (const s of state) {
    const m = s.fitted;
    let bands: Bands | null = null;
    if (m > 0) {
      bands = { loss: options.grid.slice(), lo95: [], lo80: [], median: [], hi80: [], hi95: [] };
      const { p1, p2 } = s;
      const curve = s.form === 'linear' ? linear : logistic;
      for (let r = 0; r < m; r++) order[r] = r;
      if (G > 0) {
        for (let r = 0; r < m; r++) column[r] = curve(grid[0]!, p1[r]!, p2[r]!);
        order.subarray(0, m).sort((a, b) => column[a]! - column[b]!);
      }
      for (let g = 0; g < G; g++) {
        const L = grid[g]!;
        for (let i = 0; i < m; i++) {
          const r = order[i]!;
          column[i] = curve(L, p1[r]!, p2[r]!);
        }
        insertionSort(column, order, m);
        const sorted = column.subarray(0, m);
        bands.lo95.push(quantileSorted(sorted, Q.lo95));
        bands.lo80.push(quantileSorted(sorted, Q.lo80));
        bands.median.push(quantileSorted(sorted, Q.median));
        bands.hi80.push(quantileSorted(sorted, Q.hi80));
        bands.hi95.push(quantileSorted(sorted, Q.hi95));
      }
    }
    const crossingRanges: (Range | null)[] = [];
    for (let t = 0; t < T; t++) {
      let n = 0;
      for (let r = 0; r < m; r++) {
        const v = s.cross[t * resamples + r]!;
        if (!Number.isNaN(v)) column[n++] = v;
      }
      if (n === 0) {
        crossingRanges.push(null);
        continue;
      }
      const sorted = column.subarray(0, n).sort();
      crossingRanges.push({
        lo95: quantileSorted(sorted, Q.lo95),
        lo80: quantileSorted(sorted, Q.lo80),
        hi80: quantileSorted(sorted, Q.hi80),
        hi95: quantileSorted(sorted, Q.hi95),
        neverShare: (m - n) / m,
      });
    }
    out[s.form] = { bands, crossingRanges, fitted: m, failed: s.failed };
  }
  return out;
}

/** Sorts values[0..m) ascending (stable), permuting `index` alongside. Fast when nearly sorted. */
function insertionSort(values: Float64Array, index: Int32Array, m: number): void {
  for (let i = 1; i < m; i++) {
    const v = values[i]!;
    if (!(values[i - 1]! > v)) continue;
    const o = index[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      index[j + 1] = index[j]!;
      j--;
    }
    values[j + 1] = v;
    index[j + 1] = o;
  }
}

/**
 * The usual `resample` for one series: n points drawn with replacement (index = ⌊rng·n⌋). Returns a
 * function reusing two arrays (callers of `bootstrap` must not keep them between replicates).
 */
export function resamplePoints(
  x: readonly number[],
  y: readonly number[],
): (rng: () => number) => { x: number[]; y: number[] } {
  const n = x.length;
  const xs = new Array<number>(n).fill(0);
  const ys = new Array<number>(n).fill(0);
  const out = { x: xs, y: ys };
  return (rng) => {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rng() * n);
      xs[i] = x[j]!;
      ys[i] = y[j]!;
    }
    return out;
  };
}

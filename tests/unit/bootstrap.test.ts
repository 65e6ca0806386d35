import { LOSS_AXIS } from '../../src/lib/axis';
import { describe, expect, test } from 'vitest';
import { bootstrap, resamplePoints } from '../../src/lib/bootstrap';
import { fitLogistic, logistic } from '../../src/lib/fits';
import { FIT_FORMS } from '../../src/lib/types';

const x = [
  2.454790323229401, 2.334284229180886, 2.251114488458414, 2.192023238823979, 2.119922808952447,
  2.0280021585798473, 1.9650909393987712, 1.7338050234230806,
];
// LAMBADA few-shot acc / 100
const y = [22.0, 40.4, 63.2, 57.0, 78.1, 79.1, 81.3, 86.4].map((v) => v / 100);
const grid = Array.from({ length: 25 }, (_, i) => 2.6 - i * 0.075);
const thresholds = [0.5, 0.8, 0.9, 0.95, 0.99];

function run(seed: number, resamples = 300) {
  const full = fitLogistic(x, y);
  if (!full.ok) throw new Error(full.reason);
  return bootstrap({
    resamples,
    axis: LOSS_AXIS,
    seed,
    resample: resamplePoints(x, y),
    grid,
    thresholds,
    forms: FIT_FORMS,
    logisticStart: { k: full.k, L50: full.L50 },
  });
}

describe('bootstrap', () => {
  test('same seed → identical output; different seed → different', () => {
    const a = run(42);
    expect(run(42)).toEqual(a);
    const b = run(43);
    expect(b.logistic.bands!.median).not.toEqual(a.logistic.bands!.median);
    expect(b.linear.bands!.lo95).not.toEqual(a.linear.bands!.lo95);
  });

  test('bands are ordered lo95 ≤ lo80 ≤ median ≤ hi80 ≤ hi95 on the whole grid, for both forms', () => {
    const r = run(7);
    for (const form of FIT_FORMS) {
      const b = r[form].bands!;
      expect(b.loss).toEqual(grid);
      for (const arr of [b.lo95, b.lo80, b.median, b.hi80, b.hi95]) expect(arr).toHaveLength(grid.length);
      for (let g = 0; g < grid.length; g++) {
        expect(b.lo95[g]!).toBeLessThanOrEqual(b.lo80[g]!);
        expect(b.lo80[g]!).toBeLessThanOrEqual(b.median[g]!);
        expect(b.median[g]!).toBeLessThanOrEqual(b.hi80[g]!);
        expect(b.hi80[g]!).toBeLessThanOrEqual(b.hi95[g]!);
        for (const v of [b.lo95[g]!, b.hi95[g]!]) expect(Number.isFinite(v)).toBe(true);
      }
      expect(r[form].fitted + r[form].failed).toBe(300);
    }
    // the logistic bands stay within [0, 1]
    const lb = r.logistic.bands!;
    expect(Math.min(...lb.lo95)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...lb.hi95)).toBeLessThanOrEqual(1);
  });

  test('crossing ranges are ordered, with neverShare in [0, 1]', () => {
    const r = run(11);
    for (const form of FIT_FORMS) {
      expect(r[form].crossingRanges).toHaveLength(thresholds.length);
      for (const c of r[form].crossingRanges) {
        if (c === null) continue;
        expect(c.lo95).toBeLessThanOrEqual(c.lo80);
        expect(c.lo80).toBeLessThanOrEqual(c.hi80);
        expect(c.hi80).toBeLessThanOrEqual(c.hi95);
        expect(c.neverShare).toBeGreaterThanOrEqual(0);
        expect(c.neverShare).toBeLessThanOrEqual(1);
      }
    }
  });

  test('linear bands and crossing ranges equal an independent NumPy bootstrap of the same resamples', () => {
    // python3 on this machine: the same MT19937 stream (np.random.RandomState(42)._bit_generator.random_raw()),
    // the same doubles (r1 & (2**26-1))/2**26 + (r2 & (2**27-1))/2**53, the same indices floor(u*8) for 8
    // draws per replicate, 200 replicates; np.polyfit per resample; bands = np.quantile(curves, p, axis=0)
    // at grid [2.5, 2.0, 1.5, 1.0]; crossing L = (t − a)/b when b < 0 and L > 0, quantiles of those.
    const r = bootstrap({
      resamples: 200,
      axis: LOSS_AXIS,
      seed: 42,
      resample: resamplePoints(x, y),
      grid: [2.5, 2.0, 1.5, 1.0],
      thresholds: [0.5, 0.9],
      forms: ['linear'],
    });
    const b = r.linear.bands!;
    const expected = {
      lo95: [0.1588874316262112, 0.6978776905068961, 0.9873313154503788, 1.1980990973920556],
      lo80: [0.1852703826078992, 0.7193232705250987, 1.0494325079839322, 1.3532096794504875],
      median: [0.2992850635049171, 0.7638880891493065, 1.199380187129735, 1.6490594236756104],
      hi80: [0.45241587452029663, 0.8754034697653353, 1.5521143085098046, 2.213843386064524],
      hi95: [0.5514754797495759, 0.9301562789254041, 1.6790822445602143, 2.4131302528714933],
    };
    for (const key of ['lo95', 'lo80', 'median', 'hi80', 'hi95'] as const) {
      b[key].forEach((v, i) => expect(v).toBeCloseTo(expected[key][i]!, 9));
    }
    expect(r.linear.fitted).toBe(200);
    expect(r.linear.failed).toBe(0);
    const [c50, c90] = r.linear.crossingRanges;
    expect(c50!.lo95).toBeCloseTo(2.2375670756905572, 9);
    expect(c50!.lo80).toBeCloseTo(2.2486100797829502, 9);
    expect(c50!.hi80).toBeCloseTo(2.4210453982590407, 9);
    expect(c50!.hi95).toBeCloseTo(2.621089449000925, 9);
    expect(c50!.neverShare).toBe(0);
    expect(c90!.lo95).toBeCloseTo(1.7071738171975046, 9);
    expect(c90!.lo80).toBeCloseTo(1.7336413069253414, 9);
    expect(c90!.hi80).toBeCloseTo(1.9817653278913092, 9);
    expect(c90!.hi95).toBeCloseTo(2.0195059659671424, 9);
    expect(Object.keys(r)).toEqual(['linear']);
  });

  test('a resample that never changes gives bands collapsed onto the fit', () => {
    const yy = x.map((L) => logistic(L, 4, 1.9));
    const r = bootstrap({
      resamples: 20,
      axis: LOSS_AXIS,
      seed: 1,
      resample: () => ({ x, y: yy }),
      grid: [2.4, 1.9, 1.2],
      thresholds: [0.9, 1],
      forms: ['logistic'],
    });
    const b = r.logistic.bands!;
    [2.4, 1.9, 1.2].forEach((L, i) => {
      for (const arr of [b.lo95, b.lo80, b.median, b.hi80, b.hi95]) expect(arr[i]!).toBeCloseTo(logistic(L, 4, 1.9), 9);
    });
    // 90 %: by hand 1.9 + ln(1/9)/4 = 1.350693855665945; 100 %: never in every resample → null
    expect(r.logistic.crossingRanges[0]!.lo95).toBeCloseTo(1.350693855665945, 9);
    expect(r.logistic.crossingRanges[0]!.hi95).toBeCloseTo(1.350693855665945, 9);
    expect(r.logistic.crossingRanges[1]).toBeNull();
  });

  test('failed refits are skipped and counted; neverShare counts never among successful refits', () => {
    let i = 0;
    const flat = x.map(() => 0.2);
    const falling = x.map((L) => 0.9 * L - 1.2); // a line that falls as loss falls: never reaches anything
    const rising = x.map((L) => 2.5 - L);
    const r = bootstrap({
      resamples: 30,
      axis: LOSS_AXIS,
      seed: 5,
      resample: () => {
        i++;
        return { x, y: i % 3 === 0 ? flat : i % 3 === 1 ? falling : rising };
      },
      grid: [2],
      thresholds: [0.8],
      forms: FIT_FORMS,
    });
    expect(r.linear.failed).toBe(10);
    expect(r.linear.fitted).toBe(20);
    expect(r.linear.crossingRanges[0]!.neverShare).toBeCloseTo(0.5, 12);
    expect(r.linear.crossingRanges[0]!.lo95).toBeCloseTo(1.7, 12); // 2.5 − 0.8
    expect(r.logistic.failed).toBeGreaterThanOrEqual(20); // flat and falling (k ≤ 0) both fail
  });

  test('all refits failing gives null bands and null ranges, never NaN', () => {
    const r = bootstrap({
      resamples: 5,
      axis: LOSS_AXIS,
      seed: 1,
      resample: () => ({ x, y: x.map(() => 0) }),
      grid: [2],
      thresholds: [0.5],
      forms: FIT_FORMS,
    });
    for (const form of FIT_FORMS) {
      expect(r[form]).toEqual({ bands: null, crossingRanges: [null], fitted: 0, failed: 5 });
    }
  });

  test('rejects a non-positive number of resamples', () => {
    expect(() => bootstrap({ resamples: 0, seed: 1, resample: () => ({ x, y }), grid: [2], thresholds: [], forms: FIT_FORMS, axis: LOSS_AXIS })).toThrow(RangeError);
  });
});

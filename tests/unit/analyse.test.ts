import { describe, expect, it } from 'vitest';
import { AssumptionsError, analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { FIT_FORMS, LOSS_MODELS, SETTINGS, type Analysis, type Series } from '../../src/lib/types';

const noBootstrap = { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 };
const overallFew = (a: Analysis) => a.series.find((s) => s.kind === 'overall' && s.setting === 'few')!;

/** Every number reachable from `value`, with its path. */
function* numbers(value: unknown, path = '$'): Generator<[string, number]> {
  if (typeof value === 'number') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* numbers(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* numbers(v, `${path}.${k}`);
  }
}

const nonFinite = (a: Analysis) => [...numbers(a)].filter(([, v]) => !Number.isFinite(v)).map(([p]) => p);

describe('analyse', () => {
  const a = analyse(dataset, noBootstrap);

  it('returns 64 × 3 series: 52 tasks, 11 categories and the overall score, per setting', () => {
    expect(a.series).toHaveLength(64 * 3);
    for (const setting of SETTINGS) {
      const s = a.series.filter((x) => x.setting === setting);
      expect(s.filter((x) => x.kind === 'task')).toHaveLength(52);
      expect(s.filter((x) => x.kind === 'category')).toHaveLength(11);
      expect(s.filter((x) => x.kind === 'overall')).toHaveLength(1);
    }
    for (const s of a.series) {
      expect(s.x).toEqual(a.losses);
      expect(s.y).toHaveLength(8);
      for (const form of FIT_FORMS) {
        expect(s.crossings[form].map((c) => c.threshold)).toEqual(DEFAULT_ASSUMPTIONS.thresholds);
        expect(s.backtest[form]).toBeDefined();
      }
    }
  });

  it('has no NaN or infinity anywhere, under every loss model and both aggregations, bootstrap on', () => {
    for (const lossModel of LOSS_MODELS) {
      expect(nonFinite(analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel, bootstrap: 50 }))).toEqual([]);
    }
    expect(nonFinite(analyse(dataset, { ...DEFAULT_ASSUMPTIONS, aggregation: 'tasks', ceilingPreset: 'sota-2020', bootstrap: 50 }))).toEqual([]);
  });

  it('flat series are typed "no fit" results, not NaN', () => {
    const reversed = a.series.find((s) => s.id === 'reversed-words' && s.setting === 'few')!;
    expect(reversed.logistic.ok).toBe(false);
    if (!reversed.logistic.ok) expect(reversed.logistic.reason).toMatch(/flat/);
    expect(reversed.crossings.logistic.every((c) => c.status === 'no-fit')).toBe(true);
  });

  it('overall few-shot fits match scipy.optimize.curve_fit to 1e-6 (gpt3-frontier)', () => {
    // python3: curve_fit(lambda L,k,L50: 1/(1+exp(k*(L-L50))), x, y, p0=[2,1.8], xtol=ftol=gtol=1e-14)
    // and numpy.polyfit(x, y, 1), with x, y recomputed from the CSVs (see normalise.test.ts)
    const s = overallFew(a);
    if (!s.logistic.ok || !s.linear.ok) throw new Error('fit failed');
    expect(s.logistic.k).toBeCloseTo(2.4877234668383403, 6);
    expect(s.logistic.L50).toBeCloseTo(1.7469365161567254, 6);
    expect(s.linear.a).toBeCloseTo(1.398062077757815, 9);
    expect(s.linear.b).toBeCloseTo(-0.521059807926163, 9);
    // crossings: L50 + ln((1 − t)/t)/k and (t − a)/b
    const at = (form: 'linear' | 'logistic', t: number) => s.crossings[form].find((c) => c.threshold === t)!;
    const c90 = at('logistic', 0.9);
    expect(c90.status).toBe('reached');
    if (c90.status === 'reached') expect(c90.loss).toBeCloseTo(0.8637094989156642, 6);
    const l90 = at('linear', 0.9);
    if (l90.status !== 'reached') throw new Error('expected reached');
    expect(l90.loss).toBeCloseTo(0.9558635499831011, 8);
    // §6 at that loss, python3: 6 * 8.8e13*L**(-1/0.076) * 5.4e13*L**(-1/0.095) / 1e17
    if (!l90.resources.ok) throw new Error('expected resources');
    expect(Math.abs(l90.resources.dollars / 830491690964.95 - 1)).toBeLessThan(1e-6);
    // the logistic is already past 50 % at 175B (L50 = 1.747 > 1.734)
    expect(at('logistic', 0.5).status).toBe('already');
  });

  it('chinchilla: crossings below E are reached by the fit but unreachable in resources', () => {
    const c = analyse(dataset, { ...noBootstrap, lossModel: 'chinchilla' });
    const s = overallFew(c);
    const c90 = s.crossings.logistic.find((x) => x.threshold === 0.9)!;
    // python3 curve_fit on the chinchilla losses: L50 + ln(1/9)/k = 1.254645215113097 < E = 1.69
    if (c90.status !== 'reached') throw new Error('expected reached');
    expect(c90.loss).toBeCloseTo(1.254645215113097, 6);
    expect(c90.resources.ok).toBe(false);
    // the grid stops just above E
    expect(Math.min(...c.grid)).toBeGreaterThan(1.69);
  });

  it('the grid runs from above the smallest model down past the 1e15-parameter line', () => {
    expect(a.grid.length).toBeGreaterThan(50);
    expect(a.grid[0]!).toBeGreaterThan(Math.max(...a.losses));
    for (let i = 1; i < a.grid.length; i++) expect(a.grid[i]!).toBeLessThan(a.grid[i - 1]!);
    const bio = a.referenceLosses.find((r) => r.reference.id === 'bio-anchors-params')!;
    // python3: (8.8e13/1e15)**0.076
    expect(bio.loss).toBeCloseTo(0.8313438398801473, 12);
    expect(Math.min(...a.grid)).toBeLessThan(bio.loss!);
  });

  it('reference lines follow the price and tokens-per-word assumptions', () => {
    const billion = (x: Analysis) => x.referenceLosses.find((r) => r.reference.id === 'billion-dollars')!.loss!;
    // python3 brentq: 6*N(L)*D(L) = 1e9 * 1e17 → 1.2695702131009845
    expect(billion(a)).toBeCloseTo(1.2695702131009845, 10);
    expect(billion(analyse(dataset, { ...noBootstrap, flopPerDollar: 1e18 }))).toBeLessThan(billion(a));
  });

  it('backtests predict 175B from the seven smaller models', () => {
    const b = overallFew(a).backtest.linear;
    if (!b.ok) throw new Error(b.reason);
    // python3: numpy.polyfit(x[:7], y[:7], 1) evaluated at x[7], with the CSV-derived x, y
    expect(b.predicted).toBeCloseTo(0.5022258645226501, 10);
    expect(b.actual).toBeCloseTo(0.48896423061196687, 12);
    expect(b.error).toBeCloseTo(b.predicted - b.actual, 12);
  });
});

describe('analyse rejects assumptions that would make NaN', () => {
  it('throws AssumptionsError naming the field', () => {
    expect(() => analyse(dataset, { ...noBootstrap, ceilingPreset: 'custom', customCeilings: { piqa: 50 } })).toThrow(
      /customCeilings\.piqa: The ceiling of PIQA must lie above its chance level of 50 and at most 1000 acc/,
    );
    expect(() => analyse(dataset, { ...noBootstrap, thresholds: [1] })).toThrow(AssumptionsError);
  });
});

describe('analyse with the bootstrap', () => {
  const a = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 200 });
  const withBands = (s: Series) => s.bands !== undefined;

  it('bands only on category and overall series of the chosen setting', () => {
    expect(a.series.filter(withBands).map((s) => `${s.kind}:${s.setting}`).sort()).toEqual(
      [...Array(11).fill('category:few'), 'overall:few'].sort(),
    );
    const o = overallFew(a);
    for (const form of FIT_FORMS) {
      const bands = o.bands![form]!;
      expect(bands.loss).toEqual(a.grid);
      bands.lo95.forEach((lo, i) => {
        expect(lo).toBeLessThanOrEqual(bands.lo80[i]!);
        expect(bands.lo80[i]!).toBeLessThanOrEqual(bands.median[i]!);
        expect(bands.median[i]!).toBeLessThanOrEqual(bands.hi80[i]!);
        expect(bands.hi80[i]!).toBeLessThanOrEqual(bands.hi95[i]!);
      });
      expect(o.crossingRanges![form]).toHaveLength(DEFAULT_ASSUMPTIONS.thresholds.length);
    }
    const c80 = o.crossings.logistic.find((c) => c.threshold === 0.8)!;
    expect(c80.status === 'reached' && c80.lossRange !== undefined).toBe(true);
  });

  it('is deterministic for a seed and changes with it', () => {
    const again = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 200 });
    expect(overallFew(again).bands).toEqual(overallFew(a).bands);
    const other = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 200, seed: 2 });
    expect(overallFew(other).bands).not.toEqual(overallFew(a).bands);
  });

  it('the chosen setting moves the bands', () => {
    const zero = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 20, setting: 'zero' });
    expect(zero.series.filter(withBands).every((s) => s.setting === 'zero')).toBe(true);
  });

});

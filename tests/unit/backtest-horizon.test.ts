// METHOD §12: the backtest by horizon. Reference values computed here: least squares by hand, the
// flat baseline, and horizons from Kaplan's single-variable laws with each model's PF-days.
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { fitLogistic, logistic } from '../../src/lib/fits';
import {
  HORIZON_FORMS,
  HORIZON_LEVELS,
  backtestByHorizon,
  horizonVerdict,
  largestTestedHorizon,
  levelOf,
} from '../../src/lib/backtest-horizon';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const result = backtestByHorizon(dataset, analysis);
const lambada = findSeries(analysis, { kind: 'task', id: 'lambada' }, 'few');
const find = (k: number, model: string) =>
  result.predictions.find((p) => p.kind === 'task' && p.id === 'lambada' && p.setting === 'few' && p.k === k && p.model === model)!;

// The default loss model (gpt3-frontier): L = 2.57 · C^-0.048, C in PF-days (Table D.1).
const lossOf = (pfDays: number) => 2.57 * pfDays ** -0.048;
// Kaplan's single-variable laws, and C = 6ND.
const kaplanFlop = (L: number) => 6 * (8.8e13 * L ** (-1 / 0.076)) * (5.4e13 * L ** (-1 / 0.095));
const losses = dataset.models.map((m) => lossOf(m.computePfDays));

describe('backtest by horizon', () => {
  it('uses the losses the test derives from PF-days (the default axis is the loss itself)', () => {
    losses.forEach((L, i) => expect(analysis.losses[i]).toBeCloseTo(L, 12));
  });

  it('k = 3: the linear prediction of 175B is the least-squares line through the three smallest points', () => {
    const x = losses.slice(0, 3);
    const y = lambada.y.slice(0, 3);
    const xm = (x[0]! + x[1]! + x[2]!) / 3;
    const ym = (y[0]! + y[1]! + y[2]!) / 3;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < 3; i++) {
      sxx += (x[i]! - xm) ** 2;
      sxy += (x[i]! - xm) * (y[i]! - ym);
    }
    const b = sxy / sxx;
    const a = ym - b * xm;
    const p = find(3, '175B');
    expect(p.observed).toBeCloseTo(lambada.y[7]!, 12);
    expect(p.predicted.linear).toBeCloseTo(a + b * losses[7]!, 10);
  });

  it('k = 3: the logistic prediction of 175B is a logistic fitted to the three smallest points only', () => {
    const fit = fitLogistic(losses.slice(0, 3), lambada.y.slice(0, 3));
    const p = find(3, '175B');
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(p.predicted.logistic).toBeCloseTo(logistic(losses[7]!, fit.k, fit.L50), 5);
  });

  it('the flat baseline carries the k-th model forward', () => {
    for (const k of [3, 4, 5, 6, 7]) {
      for (const p of result.predictions.filter((q) => q.id === 'lambada' && q.setting === 'few' && q.k === k)) {
        expect(p.predicted.flat).toBe(lambada.y[k - 1]);
      }
    }
  });

  it('linear-in-log-compute: a line of score against log10 C(L), by hand', () => {
    const c = losses.map((L) => Math.log10(kaplanFlop(L)));
    const k = 4;
    const x = c.slice(0, k);
    const y = lambada.y.slice(0, k);
    const xm = x.reduce((s, v) => s + v, 0) / k;
    const ym = y.reduce((s, v) => s + v, 0) / k;
    const b = x.reduce((s, v, i) => s + (v - xm) * (y[i]! - ym), 0) / x.reduce((s, v) => s + (v - xm) ** 2, 0);
    expect(find(k, '13B').predicted['linear-in-log-compute']).toBeCloseTo(ym + b * (c[6]! - xm), 8);
  });

  it("a prediction's horizon is log10 of the ratio of the two models' C under Kaplan's laws", () => {
    for (const [k, j] of [[3, 7], [7, 7], [5, 6]] as const) {
      const expected = Math.log10(kaplanFlop(losses[j]!) / kaplanFlop(losses[k - 1]!));
      expect(find(k, dataset.models[j]!.label).horizon_orders).toBeCloseTo(expected, 9);
    }
  });

  it('the k = 7 prediction of 175B is the §8 backtest', () => {
    const p = find(7, '175B');
    for (const form of ['linear', 'logistic'] as const) {
      const b = lambada.backtest[form];
      if (b.ok) expect(p.predicted[form]).toBeCloseTo(b.predicted, 6);
    }
  });

  it('has 28 predictions per series (k = 3 … 7) and counts every non-null prediction once in the bins', () => {
    const perSeries = 5 + 4 + 3 + 2 + 1;
    expect(result.predictions.length).toBe(perSeries * analysis.series.length);
    for (const level of HORIZON_LEVELS) {
      for (const form of HORIZON_FORMS) {
        const expected = result.predictions.filter((p) => levelOf(p.kind) === level && p.predicted[form] !== null && p.horizon_orders !== null).length;
        const counted = result.stats.filter((s) => s.level === level && s.form === form).reduce((a, s) => a + s.count, 0);
        expect(counted, `${level} ${form}`).toBe(expected);
      }
    }
  });

  it('bins are the §12 ones; quantiles are ordered; a 3+ bin appears only when needed', () => {
    expect(result.bins.map((b) => b.label)).toEqual(['0–0.5', '0.5–1', '1–1.5', '1.5–2', '2–3']);
    for (const s of result.stats) {
      if (s.count === 0) continue;
      expect(s.p10!).toBeLessThanOrEqual(s.median!);
      expect(s.median!).toBeLessThanOrEqual(s.p90!);
    }
    const nd = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel: 'kaplan-nd', bootstrap: 0 });
    const far = backtestByHorizon(dataset, nd, { settings: ['few'] });
    const maxH = Math.max(...far.predictions.map((p) => p.horizon_orders ?? 0));
    expect(far.bins.some((b) => b.label === '3+')).toBe(maxH >= 3);
  });

  it('largestTestedHorizon is the last bin with at least the minimum count', () => {
    const t = largestTestedHorizon(result, 'aggregate', 'logistic')!;
    const stats = result.stats.filter((s) => s.level === 'aggregate' && s.form === 'logistic' && s.count >= 5);
    expect(t.bin).toBe(stats[stats.length - 1]!.bin);
    expect(t.median).toBe(stats[stats.length - 1]!.median);
    expect(t.largest).toBeLessThanOrEqual(t.upper);
    expect(largestTestedHorizon(result, 'task', 'flat', 1e9)).toBeNull();
  });

  it('follows the analysis: another ceiling changes the observed scores', () => {
    const sota = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, ceilingPreset: 'sota-2020', bootstrap: 0 });
    const other = backtestByHorizon(dataset, sota, { settings: ['few'] });
    const s = findSeries(sota, { kind: 'task', id: 'lambada' }, 'few');
    const p = other.predictions.find((q) => q.id === 'lambada' && q.k === 3 && q.model === '175B')!;
    expect(p.observed).toBe(s.y[7]);
    expect(other.settings).toEqual(['few']);
  });

  it("one level's series give that level the same bins, stats and verdict as all of them", () => {
    const few = backtestByHorizon(dataset, analysis, { settings: ['few'] });
    for (const level of HORIZON_LEVELS) {
      const only = backtestByHorizon(dataset, analysis, { settings: ['few'], levels: [level] });
      expect(only.predictions.every((p) => levelOf(p.kind) === level)).toBe(true);
      expect(only.bins).toEqual(few.bins);
      expect(only.stats.filter((s) => s.level === level)).toEqual(few.stats.filter((s) => s.level === level));
      expect(horizonVerdict(only, level)).toBe(horizonVerdict(few, level));
      for (const form of HORIZON_FORMS) expect(largestTestedHorizon(only, level, form)).toEqual(largestTestedHorizon(few, level, form));
    }
  });
});

describe('the backtest-by-horizon figure', () => {
  it("builds for the analysis' setting only, one table row per level × form × bin, raw numbers", async () => {
    const { buildChart } = await import('../../src/components/charts/registry');
    const model = buildChart('backtestHorizon', analysis, dataset, {});
    const few = backtestByHorizon(dataset, analysis, { settings: ['few'] });
    expect(model.rows.length).toBe(HORIZON_LEVELS.length * HORIZON_FORMS.length * few.bins.length);
    for (const row of model.rows) {
      for (const v of Object.values(row)) expect(v === undefined || (typeof v === 'number' && Number.isNaN(v))).toBe(false);
    }
    const first = few.stats[0]!;
    expect(model.rows[0]).toMatchObject({ form: first.form, bin: first.bin, count: first.count, median: first.median });
    expect(model.caption).toMatch(/k = 7/);
    expect(model.caption).toMatch(/≈6 points for aggregates and ≈18 for single tasks/);
  });

  it('its verdict names the bins where each fit beats both baselines, from beatsBaselines', async () => {
    const { beatsBaselines, horizonVerdict } = await import('../../src/lib/backtest-horizon');
    const few = backtestByHorizon(dataset, analysis, { settings: ['few'] });
    for (const level of HORIZON_LEVELS) {
      const rows = beatsBaselines(few, level);
      const text = horizonVerdict(few, level);
      const total = rows.reduce((n, r) => n + r.count, 0);
      expect(text).toContain(`the ${total} predictions`);
      for (const r of rows) {
        const bar = Math.min(r.medians.flat, r.medians['linear-in-log-compute']);
        expect(r.linear).toBe(r.medians.linear < bar);
        expect(r.logistic).toBe(r.medians.logistic < bar);
      }
    }
  });
});

describe('timesFarther', () => {
  it('divides a distance by the largest tested horizon', async () => {
    const { timesFarther } = await import('../../src/lib/backtest-horizon');
    const t = largestTestedHorizon(result, 'aggregate', 'logistic');
    expect(timesFarther(5, t)).toBeCloseTo(5 / t!.largest, 12);
    expect(timesFarther(-1, t)).toBeNull();
    expect(timesFarther(5, null)).toBeNull();
  });
});

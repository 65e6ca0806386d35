import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { largestMisses, summaryOf } from '../../src/lib/forecast';
import { laterModelLoss, SIZE_NOT_DISCLOSED } from '../../src/lib/later-losses';
import { dataset } from '../../src/lib/load-dataset';
import { curveOn, findSuiteSeries } from '../../src/lib/suites';
import type { Assumptions, Dataset, LaterModel } from '../../src/lib/types';

const noBootstrap: Assumptions = { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 };
const model = (name: string): LaterModel => dataset.later.models.find((m) => m.name === name)!;

// The three loss models, typed again here from METHOD §3 (not imported), for the hand computations.
const byHand = {
  frontier: (N: number, D: number) => 2.57 * ((6 * N * D) / 8.64e19) ** -0.048,
  kaplan: (N: number, D: number) => ((6.4e13 / N) ** (0.076 / 0.103) + 1.8e13 / D) ** 0.103,
  chinchilla: (N: number, D: number) => 1.69 + 406.4 / N ** 0.34 + 410.7 / D ** 0.28,
};

describe('later models on the loss axis (§11)', () => {
  it('Chinchilla 70B: each loss model’s formula by hand', () => {
    // N = 7e10, D = 1.4e12 (models.csv).
    // gpt3-frontier: C = 6 · 7e10 · 1.4e12 = 5.88e23 FLOP = 5.88e23 / 8.64e19 = 6805.56 PF-days;
    //   L = 2.57 · 6805.56^-0.048 = 2.57 · exp(-0.048 · 8.82549) = 2.57 · 0.654670 = 1.68250
    // kaplan-nd (total N): (6.4e13 / 7e10)^(0.076/0.103) = 914.286^0.737864 = 153.065;
    //   + 1.8e13 / 1.4e12 = 12.8571; L = 165.922^0.103 = 1.69297
    // chinchilla: 406.4 / 7e10^0.34 = 406.4 / 4867.81 = 0.083487; 410.7 / 1.4e12^0.28 = 410.7 / 2517.19 = 0.163158;
    //   L = 1.69 + 0.083487 + 0.163158 = 1.936645
    // python3 (same formulas): 1.6825023183502918, 1.6929734868045474, 1.9366454705587173
    const placed = laterModelLoss(model('Chinchilla 70B'));
    expect(placed.flop).toBe(5.88e23);
    expect(placed.losses!['gpt3-frontier']).toBeCloseTo(byHand.frontier(7e10, 1.4e12), 12);
    expect(placed.losses!['gpt3-frontier']).toBeCloseTo(1.6825023183502918, 12);
    expect(placed.losses!['kaplan-nd']).toBeCloseTo(byHand.kaplan(7e10, 1.4e12), 12);
    expect(placed.losses!['kaplan-nd']).toBeCloseTo(1.6929734868045474, 12);
    expect(placed.losses!.chinchilla).toBeCloseTo(byHand.chinchilla(7e10, 1.4e12), 12);
    expect(placed.losses!.chinchilla).toBeCloseTo(1.9366454705587173, 12);
    expect(placed.losses!.chinchilla).toBeCloseTo(1.69 + 0.083487 + 0.163158, 5);
  });

  it('LLaMA-7B: each loss model’s formula by hand; kaplan-nd takes the total N and says so', () => {
    // N = 6.7e9, D = 1e12. gpt3-frontier: C = 4.02e22 FLOP = 465.278 PF-days; 2.57 · 465.278^-0.048 = 2.57 · 0.744646 = 1.91374
    // kaplan-nd: (6.4e13 / 6.7e9)^0.737864 = 9552.24^0.737864 = 864.523; + 1.8e13 / 1e12 = 18; 882.523^0.103 = 2.01099
    // chinchilla: 1.69 + 406.4 / 2192.13 + 410.7 / 2290.87 = 1.69 + 0.185391 + 0.179277 = 2.054668
    // python3: 1.9137399914487903, 2.0109894368181864, 2.0546678897957964
    const placed = laterModelLoss(model('LLaMA-7B'));
    expect(placed.losses!['gpt3-frontier']).toBeCloseTo(byHand.frontier(6.7e9, 1e12), 12);
    expect(placed.losses!['gpt3-frontier']).toBeCloseTo(1.9137399914487903, 12);
    expect(placed.losses!['kaplan-nd']).toBeCloseTo(byHand.kaplan(6.7e9, 1e12), 12);
    expect(placed.losses!['kaplan-nd']).toBeCloseTo(2.0109894368181864, 12);
    expect(placed.losses!.chinchilla).toBeCloseTo(byHand.chinchilla(6.7e9, 1e12), 12);
    expect(placed.losses!.chinchilla).toBeCloseTo(2.0546678897957964, 12);
    expect(placed.kaplanParams).toBe('total');
    expect(placed.notes.join(' ')).toMatch(/kaplan-nd takes all parameters/);
    expect(placed.notes.join(' ')).toMatch(/tokenizer/);
  });

  it('a model without N and D has no loss and is flagged "size not disclosed"', () => {
    const gpt4 = laterModelLoss(model('GPT-4'));
    expect([gpt4.losses, gpt4.flop, gpt4.kaplanParams]).toEqual([null, null, null]);
    expect(gpt4.notes).toEqual([SIZE_NOT_DISCLOSED]);
    const a = analyse(dataset, noBootstrap);
    const rows = a.forecast.comparisons.filter((c) => c.model === 'GPT-4');
    expect(rows.length).toBeGreaterThan(0);
    for (const c of rows) expect([c.loss, c.horizon_orders, c.predicted, c.error]).toEqual([null, null, { linear: null, logistic: null }, { linear: null, logistic: null }]);
    expect(a.forecast.summary.some((s) => s.id === 'GPT-4')).toBe(false);
  });
});

describe('the forecast (§11)', () => {
  const a = analyse(dataset, noBootstrap);

  it('a prediction is GPT-3’s fit of that task and setting at the model’s loss (Chinchilla 70B, zero-shot LAMBADA)', () => {
    // GPT-3's eight points, computed here from the tables: loss = 2.57 · C^-0.048 (Table D.1 PF-days),
    // score = H.1's zero-shot LAMBADA accuracy / 100 (chance 0, ceiling 100).
    const pfDays = [2.6, 7.42, 15.8, 27.5, 55.2, 139, 268, 3640];
    const x = pfDays.map((c) => 2.57 * c ** -0.048);
    const y = [42.7, 54.3, 60.4, 63.6, 67.1, 70.3, 72.5, 76.2].map((v) => v / 100);
    // Ordinary least squares by hand.
    const xm = x.reduce((s, v) => s + v, 0) / 8;
    const ym = y.reduce((s, v) => s + v, 0) / 8;
    const b = x.reduce((s, v, i) => s + (v - xm) * (y[i]! - ym), 0) / x.reduce((s, v) => s + (v - xm) ** 2, 0);
    const a0 = ym - b * xm;
    // python3: numpy.polyfit(x, y, 1) = (-0.4509964157311001, 1.5966978452354428);
    // scipy curve_fit of 1/(1+exp(k(L−L50))) from p0 = (2, 1.8): k = 2.1625675104557422, L50 = 2.4057780585954274
    expect(b).toBeCloseTo(-0.4509964157311001, 9);
    const k = 2.1625675104557422;
    const L50 = 2.4057780585954274;
    const L = byHand.frontier(7e10, 1.4e12);
    const c = a.forecast.comparisons.find((r) => r.model === 'Chinchilla 70B' && r.taskId === 'lambada' && r.setting === 'zero')!;
    expect(c.loss).toBeCloseTo(L, 12);
    expect(c.predicted.linear).toBeCloseTo(a0 + b * L, 9);
    expect(c.predicted.logistic).toBeCloseTo(1 / (1 + Math.exp(k * (L - L50))), 6);
    // observed = (77.4 − 0) / (100 − 0); error = observed − predicted, normalised units
    expect(c.observed).toBeCloseTo(0.774, 12);
    expect(c.error.linear).toBeCloseTo(0.774 - (a0 + b * L), 9);
    expect(c.error.logistic).toBeCloseTo(0.774 - 1 / (1 + Math.exp(k * (L - L50))), 6);
    expect([c.comparable, c.line, c.shots, c.gpt3Shots]).toEqual(['yes', 18, 0, 0]);
  });

  it('the horizon is the §6 yardstick: log10 C(L) / C(L₁₇₅B), Kaplan’s single-variable laws at both ends', () => {
    const C = (loss: number) => 6 * 8.8e13 * loss ** (-1 / 0.076) * 5.4e13 * loss ** (-1 / 0.095);
    const gpt3 = 2.57 * 3640 ** -0.048;
    const c = a.forecast.comparisons.find((r) => r.model === 'PaLM 540B' && r.taskId === 'lambada' && r.setting === 'few')!;
    expect(c.horizon_orders).toBeCloseTo(Math.log10(C(byHand.frontier(540.35e9, 780e9)) / C(gpt3)), 9);
    expect(c.horizon_orders!).toBeGreaterThan(0);
    // Pythia-70M has a higher loss than GPT-3 175B, so it lies before it on the yardstick
    expect(a.forecast.comparisons.find((r) => r.model === 'Pythia-70M')!.horizon_orders!).toBeLessThan(0);
  });

  it('where a paper prints several k for one setting, the row with GPT-3’s k is compared', () => {
    // NQs few-shot: GPT-3 used k = 64; LLaMA-65B prints 5-shot 35.0 and 64-shot 39.9
    const rows = a.forecast.comparisons.filter((r) => r.model === 'LLaMA-65B' && r.taskId === 'nqs' && r.setting === 'few');
    expect(rows.map((r) => [r.shots, r.score])).toEqual([[64, 39.9]]);
  });

  it('every comparable = no row is excluded from the comparisons and the aggregates', () => {
    const noLines = new Set(dataset.later.scores.filter((s) => s.comparable === 'no').map((s) => s.line));
    expect(noLines.size).toBeGreaterThan(0);
    expect(a.forecast.comparisons.filter((c) => noLines.has(c.line))).toEqual([]);
    // The aggregates count exactly the comparisons placed on the axis with a prediction.
    const overall = summaryOf(a.forecast, 'overall', 'all')!;
    for (const form of ['linear', 'logistic'] as const) {
      expect(overall.n[form]).toBe(a.forecast.comparisons.filter((c) => c.error[form] !== null).length);
    }
    // Turning one yes row into no removes it from its model's, family's, task's and the overall counts.
    const line = a.forecast.comparisons.find((c) => c.model === 'Chinchilla 70B' && c.taskId === 'lambada')!.line;
    const edited: Dataset = {
      ...dataset,
      later: { ...dataset.later, scores: dataset.later.scores.map((s) => (s.line === line ? { ...s, comparable: 'no', note: 'test' } : s)) },
    };
    const b = analyse(edited, noBootstrap);
    expect(b.forecast.comparisons.some((c) => c.line === line)).toBe(false);
    for (const [by, id] of [['overall', 'all'], ['model', 'Chinchilla 70B'], ['family', 'Chinchilla'], ['task', 'lambada'], ['setting', 'zero']] as const) {
      expect(summaryOf(b.forecast, by, id)!.n.linear).toBe(summaryOf(a.forecast, by, id)!.n.linear - 1);
    }
  });

  it('MAE and bias are the means of |error| and error', () => {
    const palm = a.forecast.comparisons.filter((c) => c.family === 'PaLM' && c.error.logistic !== null).map((c) => c.error.logistic!);
    const s = summaryOf(a.forecast, 'family', 'PaLM')!;
    expect(s.n.logistic).toBe(palm.length);
    expect(s.mae.logistic).toBeCloseTo(palm.reduce((t, e) => t + Math.abs(e), 0) / palm.length, 12);
    expect(s.bias.logistic).toBeCloseTo(palm.reduce((t, e) => t + e, 0) / palm.length, 12);
  });

  it('caveat rows are included by default and excluded with includeCaveats = false', () => {
    expect(a.forecast.comparisons.some((c) => c.comparable === 'caveat')).toBe(true);
    const strict = analyse(dataset, { ...noBootstrap, includeCaveats: false });
    expect(strict.forecast.comparisons.length).toBeGreaterThan(0);
    expect(strict.forecast.comparisons.every((c) => c.comparable === 'yes')).toBe(true);
    expect(strict.forecast.comparisons).toHaveLength(a.forecast.comparisons.filter((c) => c.comparable === 'yes').length);
  });

  it('a category score only where the model has every task of the category', () => {
    const commonSense = dataset.tasks.filter((t) => t.category === 'common-sense' && t.aggregated).map((t) => t.name);
    expect(commonSense.sort()).toEqual(['ARC (Challenge)', 'ARC (Easy)', 'OpenBookQA', 'PIQA']);
    const score = a.forecast.aggregates.find((g) => g.model === 'Llama 2 7B' && g.kind === 'category' && g.id === 'common-sense' && g.setting === 'zero')!;
    // Llama 2 7B zero-shot (scores.csv): PIQA 78.8 (chance 50), ARC-e 75.2, ARC-c 45.9, OpenBookQA 58.6 (chance 25)
    const raw = (task: string) => dataset.later.scores.find((s) => s.model === 'Llama 2 7B' && s.task === task && s.setting === 'zero')!.score;
    const expected = ((raw('PIQA') - 50) / 50 + (raw('ARC (Easy)') - 25) / 75 + (raw('ARC (Challenge)') - 25) / 75 + (raw('OpenBookQA') - 25) / 75) / 4;
    expect(score.observed).toBeCloseTo(expected, 12);
    expect(score.members).toBe(4);
    const gpt3 = a.series.find((s) => s.kind === 'category' && s.id === 'common-sense' && s.setting === 'zero')!;
    expect(gpt3.linear.ok).toBe(true);
    if (gpt3.linear.ok) expect(score.predicted.linear).toBeCloseTo(gpt3.linear.a + gpt3.linear.b * score.loss!, 12);
    // Without its OpenBookQA row the model has no common-sense score (its other comparisons remain).
    const edited: Dataset = {
      ...dataset,
      later: { ...dataset.later, scores: dataset.later.scores.filter((s) => !(s.model === 'Llama 2 7B' && s.task === 'OpenBookQA')) },
    };
    const b = analyse(edited, noBootstrap);
    expect(b.forecast.aggregates.some((g) => g.model === 'Llama 2 7B' && g.id === 'common-sense')).toBe(false);
    expect(b.forecast.comparisons.some((c) => c.model === 'Llama 2 7B' && c.taskId === 'piqa')).toBe(true);
    // Every aggregate has all of its category's aggregated tasks among the model's comparisons.
    for (const g of a.forecast.aggregates.filter((x) => x.kind === 'category')) {
      const members = dataset.tasks.filter((t) => t.category === g.id && t.aggregated);
      expect(g.members).toBe(members.length);
      for (const t of members) {
        expect(a.forecast.comparisons.some((c) => c.model === g.model && c.setting === g.setting && c.taskId === t.id)).toBe(true);
      }
    }
    // No later model has every category (none was evaluated on arithmetic), so none has an overall score.
    expect(a.forecast.aggregates.filter((g) => g.kind === 'overall')).toEqual([]);
  });

  it('the largest misses are sorted by |error| and carry their rows’ notes', () => {
    const misses = largestMisses(a.forecast, 'logistic', 5);
    expect(misses).toHaveLength(5);
    for (let i = 1; i < misses.length; i++) expect(Math.abs(misses[i]!.error.logistic!)).toBeLessThanOrEqual(Math.abs(misses[i - 1]!.error.logistic!));
    const largest = Math.max(...a.forecast.comparisons.flatMap((c) => (c.error.logistic === null ? [] : [Math.abs(c.error.logistic)])));
    expect(Math.abs(misses[0]!.error.logistic!)).toBe(largest);
    for (const m of misses) expect(m.note).toBe(dataset.later.scores.find((s) => s.line === m.line)!.note);
  });

  it('follows the loss model and axis (chinchilla, log-reducible)', () => {
    const b = analyse(dataset, { ...noBootstrap, lossModel: 'chinchilla', axis: 'log-reducible' });
    const c = b.forecast.comparisons.find((r) => r.model === 'Chinchilla 70B' && r.taskId === 'lambada' && r.setting === 'zero')!;
    expect(c.loss).toBeCloseTo(byHand.chinchilla(7e10, 1.4e12), 12);
    const gpt3 = b.series.find((s) => s.kind === 'task' && s.id === 'lambada' && s.setting === 'zero')!;
    if (!gpt3.logistic.ok) throw new Error('the GPT-3 logistic fit failed');
    const x = Math.log(c.loss! - 1.69);
    expect(c.predicted.logistic).toBeCloseTo(1 / (1 + Math.exp(gpt3.logistic.k * (x - gpt3.logistic.L50))), 12);
  });
});

describe('Pythia as a second suite (§11)', () => {
  const a = analyse(dataset, noBootstrap);
  const shared = ['lambada', 'piqa', 'winogrande', 'wsc', 'arc-easy', 'arc-challenge'];

  it('both suites: eight models on one D, every shared task zero- and few-shot, 8 points each, fitted', () => {
    expect(a.suites.map((s) => s.id)).toEqual(['pythia', 'pythia-deduped']);
    for (const suite of a.suites) {
      expect(suite.models).toHaveLength(8);
      expect(suite.tokens).toBe(299_892_736_000);
      for (let i = 1; i < 8; i++) expect(suite.params[i]!).toBeGreaterThan(suite.params[i - 1]!);
      suite.params.forEach((N, i) => expect(suite.losses[i]).toBeCloseTo(byHand.frontier(N, 299_892_736_000), 12));
      expect(suite.series.map((s) => `${s.id}/${s.setting}`).sort()).toEqual(
        shared.flatMap((t) => [`${t}/few`, `${t}/zero`]).sort(),
      );
      for (const s of suite.series) {
        expect(s.x).toEqual(suite.losses);
        expect(s.y).toHaveLength(8);
        expect(s.crossings.linear).toHaveLength(DEFAULT_ASSUMPTIONS.thresholds.length);
        expect(s.comparable).toBe(s.id === 'wsc' ? 'no' : 'caveat');
        // every fit ran; only the degenerate WSC (a constant 36.54 % few-shot) is flat
        if (s.id !== 'wsc') expect(s.linear.ok).toBe(true);
      }
    }
  });

  it('a suite series is fitted as GPT-3’s: least squares on its own eight points (Pythia zero-shot LAMBADA)', () => {
    const s = findSuiteSeries(a, 'pythia', 'lambada', 'zero')!;
    const models = a.suites[0]!.models;
    const y = models.map((m) => dataset.later.scores.find((r) => r.model === m && r.task === 'LAMBADA' && r.metric === 'acc' && r.setting === 'zero')!.score / 100);
    expect(s.y).toEqual(y);
    const x = s.x;
    const xm = x.reduce((t, v) => t + v, 0) / 8;
    const ym = y.reduce((t, v) => t + v, 0) / 8;
    const b = x.reduce((t, v, i) => t + (v - xm) * (y[i]! - ym), 0) / x.reduce((t, v) => t + (v - xm) ** 2, 0);
    if (!s.linear.ok) throw new Error('linear fit failed');
    expect(s.linear.b).toBeCloseTo(b, 12);
    expect(s.linear.a).toBeCloseTo(ym - b * xm, 12);
    // a drawable curve on the suite's own losses
    const curve = curveOn(s, 'linear', x, a.axis);
    expect(curve).toHaveLength(8);
    curve.forEach((p, i) => expect(p.score).toBeCloseTo(s.linear.ok ? s.linear.a + s.linear.b * x[i]! : NaN, 12));
  });

  it('uses acc, never acc_norm', () => {
    const s = findSuiteSeries(a, 'pythia-deduped', 'arc-easy', 'few')!;
    const acc = a.suites[1]!.models.map((m) => dataset.later.scores.find((r) => r.model === m && r.task === 'ARC (Easy)' && r.metric === 'acc' && r.setting === 'few')!.score);
    expect(s.y).toEqual(acc.map((v) => (v - 25) / 75));
  });
});

describe('the includeCaveats assumption', () => {
  it('is a permalink parameter `caveats`, true by default', async () => {
    const { decodeAssumptions, encodeAssumptions } = await import('../../src/lib/permalink');
    expect(DEFAULT_ASSUMPTIONS.includeCaveats).toBe(true);
    expect(encodeAssumptions({ ...DEFAULT_ASSUMPTIONS, includeCaveats: false }).toString()).toBe('caveats=false');
    expect(decodeAssumptions(new URLSearchParams('caveats=false'), dataset).assumptions.includeCaveats).toBe(false);
    const { assumptions, problems } = decodeAssumptions(new URLSearchParams('caveats=maybe'), dataset);
    expect(assumptions.includeCaveats).toBe(true);
    expect(problems.map((p) => p.param)).toEqual(['caveats']);
  });
});

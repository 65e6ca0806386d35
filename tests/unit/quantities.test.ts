import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { QuantityError, checkQuantityKey, quantity } from '../../src/lib/quantities';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const overallFew = analysis.series.find((s) => s.id === 'overall' && s.setting === 'few')!;

describe('quantities', () => {
  it('puts the overall logistic crossing where the logistic formula inverts', () => {
    if (!overallFew.logistic.ok) throw new Error('the overall few-shot logistic fit should succeed');
    const { k, L50 } = overallFew.logistic;
    // p = 1 / (1 + exp(k (L − L50)))  ⇔  L = L50 + ln(1/p − 1) / k
    const expected = L50 + Math.log(1 / 0.9 - 1) / k;
    expect(quantity(analysis, dataset, 'crossing.overall.90.loss').value).toBeCloseTo(expected, 10);
  });

  it('converts that loss with Kaplan’s single-variable laws and the price (METHOD §6)', () => {
    const loss = quantity(analysis, dataset, 'crossing.overall.90.loss').value!;
    const N = 8.8e13 * loss ** (-1 / 0.076);
    const D = 5.4e13 * loss ** (-1 / 0.095);
    const flop = quantity(analysis, dataset, 'crossing.overall.90.flop').value!;
    expect(flop / (6 * N * D)).toBeCloseTo(1, 10);
    expect(quantity(analysis, dataset, 'crossing.overall.90.dollars').value! / (flop / 1e17)).toBeCloseTo(1, 10);
    // The one yardstick (§6): the same conversion applied to GPT-3 175B's own loss, L = 2.57 · 3640^−0.048.
    const L175 = 2.57 * 3640 ** -0.048;
    const flop175 = 6 * (8.8e13 * L175 ** (-1 / 0.076)) * (5.4e13 * L175 ** (-1 / 0.095));
    expect(quantity(analysis, dataset, 'crossing.overall.90.orders').value).toBeCloseTo(Math.log10(flop / flop175), 10);
    expect(quantity(analysis, dataset, 'resources.175B.orders').value).toBeCloseTo(0, 12);
    expect(analysis.yardstick.offsetOrders).toBeCloseTo(Math.log10(flop175 / 3.14e23), 12);
    expect(quantity(analysis, dataset, 'crossing.overall.90.words').value! / (D / 1.4)).toBeCloseTo(1, 10);
  });

  it('follows the fit and setting options', () => {
    if (!overallFew.linear.ok) throw new Error('the overall few-shot line should fit');
    const { a, b } = overallFew.linear;
    // p = a + b L  ⇔  L = (p − a) / b
    expect(quantity(analysis, dataset, 'crossing.overall.80.loss', { fit: 'linear' }).value).toBeCloseTo((0.8 - a) / b, 10);
    const zero = analysis.series.find((s) => s.id === 'cloze' && s.setting === 'zero')!;
    expect(quantity(analysis, dataset, 'score.cloze.175B', { setting: 'zero' }).value).toBe(zero.y[7]);
  });

  it('says "never" instead of printing a number a fit cannot reach', () => {
    // A logistic only approaches its ceiling; 99.99 % is reachable, 100 % is not a threshold at all.
    expect(() => checkQuantityKey('crossing.overall.100.loss', dataset)).toThrow(QuantityError);
    const flat = analysis.series.find((s) => s.setting === 'few' && s.kind === 'task' && !s.logistic.ok)!;
    expect(quantity(analysis, dataset, `crossing.${flat.id}.90.flop`)).toEqual({ value: null, text: 'no fit' });
  });

  it('prints a model’s normalised score and loss from the data', () => {
    // LAMBADA few-shot 175B accuracy is printed as 86.4 (Table H.1); chance 0, ceiling 100.
    expect(quantity(analysis, dataset, 'score.lambada.175B').text).toBe('86%');
    // gpt3-frontier: 2.57 · 3640^-0.048 (python3: 2.57*3640**-0.048 = 1.7340...)
    expect(quantity(analysis, dataset, 'loss.175B').text).toBe('1.734');
    expect(quantity(analysis, dataset, 'count.tasks').value).toBe(52);
  });

  it('rejects unknown keys with the valid forms', () => {
    expect(() => checkQuantityKey('crossing.overal.90.flop', dataset)).toThrow(/not a series.*\n.*crossing\.<series>/s);
    expect(() => checkQuantityKey('score.overall.200B', dataset)).toThrow(/not a model; expected one of 125M/);
    expect(() => checkQuantityKey('crossing.overall.90.furlongs', dataset)).toThrow(/not a crossing field/);
    expect(() => checkQuantityKey('speed.of.light', dataset)).toThrow(/not a kind of quantity/);
    for (const key of ['crossing.cloze.50.params', 'r2.lambada', 'L50.overall', 'backtest.arithmetic', 'backtest-mae.task', 'loss.1.3B', 'score.overall.1.3B']) {
      expect(() => checkQuantityKey(key, dataset)).not.toThrow();
    }
  });

  it('quotes a crossing in prose as a verb phrase for every outcome', () => {
    const { k, L50 } = overallFew.logistic as { k: number; L50: number };
    const L90 = L50 + Math.log(1 / 0.9 - 1) / k;
    const L175 = 2.57 * 3640 ** -0.048;
    const C = (L: number) => 6 * (8.8e13 * L ** (-1 / 0.076)) * (5.4e13 * L ** (-1 / 0.095));
    const orders = Math.log10(C(L90) / C(L175));
    expect(quantity(analysis, dataset, 'reach.overall.90.orders').text).toMatch(new RegExp(`^is reached at \\+${orders.toFixed(1)} orders of magnitude beyond GPT-3 \\(\\$`));
    const flat = analysis.series.find((s) => s.setting === 'few' && s.kind === 'task' && !s.logistic.ok)!;
    expect(quantity(analysis, dataset, `reach.${flat.id}.90.orders`).text).toBe('cannot be placed (no fit)');
    // A logistic fitted to a series already above 10 % at 175B has passed 10 % there.
    const passed = analysis.series.find((s) => s.setting === 'few' && s.kind === 'task' && s.logistic.ok && s.y[7]! > 0.5 && s.logistic.L50 > L175)!;
    expect(quantity(analysis, dataset, `reach.${passed.id}.10.orders`).text).toBe('is already reached at GPT-3 175B');
    // A line falling with loss reaches any threshold; one with a positive slope never does. Under
    // zero-shot and Kaplan L(N, D) the words stay grammatical whatever the outcome.
    const zeroKaplan = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, setting: 'zero', lossModel: 'kaplan-nd', bootstrap: 0 });
    for (const fit of ['linear', 'logistic'] as const) {
      for (const percent of [50, 90, 99]) {
        expect(quantity(zeroKaplan, dataset, `reach.overall.${percent}.orders`, { fit }).text).toMatch(/^(is reached at [+−-]?\d|is never reached$|is already reached at GPT-3 175B$|cannot be placed \(no fit\)$|is reached only at a loss this loss model cannot reach$)/);
      }
    }
  });
});

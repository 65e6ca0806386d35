// METHOD §14: from 2020 dollars to a year. Reference values computed here from the formula.
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS, parseAssumptions } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { OVERALL } from '../../src/lib/series-ref';
import { costInYear, costOverTime, yearAtBudget } from '../../src/lib/time';

const both25 = { hardwareHalving: 2.5, algorithmHalving: 2.5 };

describe('cost over time', () => {
  it('with both halving times 2.5 years a cost falls 16× in five years', () => {
    // five years = two halvings of each = four halvings = 16×
    expect(costInYear(1.6e12, 2025, both25)).toBeCloseTo(1e11, -1);
    expect(1.6e12 / costInYear(1.6e12, 2025, both25)).toBeCloseTo(16, 12);
  });

  it('the year at a budget is 2020 + log2(cost / budget) / (1/h + 1/a)', () => {
    for (const [h, a] of [[2.5, 2.5], [2.5, 0.67], [4, 1]] as const) {
      const cost = 8.3e11;
      const byHand = 2020 + Math.log2(cost / 1e9) / (1 / h + 1 / a);
      expect(yearAtBudget(cost, 1e9, { hardwareHalving: h, algorithmHalving: a })).toBeCloseTo(byHand, 12);
    }
  });

  it('a crossing cheaper than the budget in 2020 reads "already"', () => {
    expect(yearAtBudget(5e8, 1e9, both25)).toBe('already');
    expect(costOverTime(5e8, { ...both25, budgets: [1e9, 1e10] }).yearAt).toEqual({ '1e9': 'already', '1e10': 'already' });
  });

  it('every reached crossing carries its cost over time, and the 8-month view moves its years', () => {
    const base = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    const ho = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, algorithmHalving: 0.67, bootstrap: 0 });
    const c = findSeries(base, OVERALL, 'few').crossings.logistic.find((x) => x.threshold === 0.9)!;
    const d = findSeries(ho, OVERALL, 'few').crossings.logistic.find((x) => x.threshold === 0.9)!;
    if (c.status !== 'reached' || !c.resources.ok || d.status !== 'reached' || !d.resources.ok) throw new Error('90% should be reached');
    expect(c.resources.cost.in5Years).toBeCloseTo(c.resources.dollars / 16, -3);
    expect(c.resources.cost.yearAt['1e9']).toBeCloseTo(2020 + Math.log2(c.resources.dollars / 1e9) / 0.8, 9);
    expect(d.resources.cost.yearAt['1e9']).toBeLessThan(c.resources.cost.yearAt['1e9'] as number);
    expect(d.resources.dollars).toBe(c.resources.dollars);
  });

  it('halving times of 0 or less, or above 100 years, are refused', () => {
    for (const algorithmHalving of [0, -1, 101]) {
      const r = parseAssumptions({ ...DEFAULT_ASSUMPTIONS, algorithmHalving });
      expect(r.ok).toBe(false);
    }
  });
});

describe('the time clause in prose (when.* quantities)', () => {
  it('prints the cost after five years and the year at $1B, under both views, and a computed verdict', async () => {
    const { quantity } = await import('../../src/lib/quantities');
    const a = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    const dollars = quantity(a, dataset, 'crossing.overall.90.dollars').value!;
    expect(quantity(a, dataset, 'when.overall.90.in5Years').value).toBeCloseTo(dollars / 16, -3);
    const year = 2020 + Math.log2(dollars / 1e9) / (1 / 2.5 + 1 / 2.5);
    expect(quantity(a, dataset, 'when.overall.90.year-1e9').text).toBe(`in ${Math.round(year)}`);
    const yearHo = 2020 + Math.log2(dollars / 1e9) / (1 / 2.5 + 1 / 0.67);
    expect(quantity(a, dataset, 'when.overall.90.year-1e9.ho').text).toBe(`in ${Math.round(yearHo)}`);
    // verdict by hand: the window [cost after 10 years, cost after 5 years] against [$1B, $10B]
    const in5 = dollars / 16;
    const in10 = dollars / 256;
    const expected = in5 < 1e9 ? /cheaper/ : in10 > 1e10 ? /dearer/ : /inside/;
    expect(quantity(a, dataset, 'when.overall.90.verdict').text).toMatch(expected);
    // The sentence carries the same years, and reads for a crossing that has no cost too.
    const sentence = quantity(a, dataset, 'when.overall.90.sentence').text;
    expect(sentence).toMatch(/^The 90 % crossing costs \$.* at 2020 prices, .* in 2025 and .* in 2030; it falls to \$1 billion in \d{4} and to \$10 billion in \d{4}\.$/);
    expect(sentence).toContain(`$1 billion in ${Math.round(year)}`);
    const zero = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, setting: 'zero', lossModel: 'kaplan-nd', bootstrap: 0 });
    for (const fit of ['linear', 'logistic'] as const) {
      const status = zero.series.find((s) => s.id === 'overall' && s.setting === 'zero')!.crossings[fit][zero.assumptions.thresholds.indexOf(0.9)]!.status;
      const text = quantity(zero, dataset, 'when.overall.90.sentence', { fit }).text;
      if (status === 'never') expect(text).toBe('The 90 % crossing has no cost to bring down: the fit never reaches it.');
      expect(quantity(zero, dataset, 'when.overall.90.verdict', { fit }).text).not.toMatch(/^never|^no fit/);
    }
  });
});

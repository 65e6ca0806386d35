// METHOD §9's claims judged from the analysis. The reference numbers are recomputed here from the
// fitted parameters and Kaplan's single-variable laws, written out, not read from the module.
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { centralVerdict, lowerBoundVerdict, parametersVerdict, placeInRange } from '../../src/lib/claims';
import { dataset } from '../../src/lib/load-dataset';
import type { Assumptions } from '../../src/lib/types';

const run = (changes: Partial<Assumptions> = {}) => analyse(dataset, { ...DEFAULT_ASSUMPTIONS, ...changes, bootstrap: 0 });

// Kaplan et al. 2020: N(L) = 8.8e13 · L^(−1/0.076), D(L) = 5.4e13 · L^(−1/0.095), C = 6ND.
const N = (L: number) => 8.8e13 * L ** (-1 / 0.076);
const D = (L: number) => 5.4e13 * L ** (-1 / 0.095);
const C = (L: number) => 6 * N(L) * D(L);
const lossAtFlop = (flop: number) => (flop / (6 * 8.8e13 * 5.4e13)) ** (-1 / (1 / 0.076 + 1 / 0.095));
const lossAtParams = (params: number) => (params / 8.8e13) ** -0.076;
const L175 = 2.57 * 3640 ** -0.048;

/** The overall fits under the defaults (fits against loss): p = 1/(1 + e^{k(L − L50)}) and p = a + bL. */
function overallFits(analysis = run()) {
  const s = findSeries(analysis, { kind: 'overall', id: 'overall' }, 'few');
  if (!s.logistic.ok || !s.linear.ok) throw new Error('both overall fits should succeed under the defaults');
  const { k, L50 } = s.logistic;
  const { a, b } = s.linear;
  return {
    logistic: (L: number) => 1 / (1 + Math.exp(k * (L - L50))),
    linear: (L: number) => a + b * L,
    logisticLossAt: (p: number) => L50 + Math.log(1 / p - 1) / k,
    linearLossAt: (p: number) => (p - a) / b,
  };
}
const percent = (p: number) => `${Math.round(p * 100)}%`;

describe('claims', () => {
  it('places a distance against a range in words', () => {
    expect(placeInRange(5.5, 5, 6)).toBe('inside');
    expect(placeInRange(4.2, 5, 6)).toBe('just short of');
    expect(placeInRange(3.9, 5, 6)).toBe('well short of');
    expect(placeInRange(6.9, 5, 6)).toBe('just beyond');
    expect(placeInRange(7.1, 5, 6)).toBe('far beyond');
  });

  it('claim 1: the scores predicted at $1B (10²⁶ FLOP at the default price) decide the lower bound', () => {
    const fits = overallFits();
    const L = lossAtFlop(1e9 * 1e17);
    const predicted = [fits.linear(L), fits.logistic(L)];
    const verdict = lowerBoundVerdict(run());
    expect(verdict.verdict).toBe(predicted.every((p) => p < 0.9) ? 'supported' : 'not supported');
    for (const p of predicted) expect(verdict.text).toContain(percent(p));
  });

  it('claim 2: each form’s 90 % crossing, in orders beyond GPT-3 on the one yardstick, against five to six', () => {
    const fits = overallFits();
    const orders = [fits.linearLossAt(0.9), fits.logisticLossAt(0.9)].map((L) => Math.log10(C(L) / C(L175)));
    const places = orders.map((o) => placeInRange(o, 5, 6));
    const verdict = centralVerdict(run());
    const near = places.filter((p) => p === 'inside' || p.startsWith('just')).length;
    expect(verdict.verdict).toBe(places.every((p) => p === 'inside') ? 'supported' : near > 0 ? 'consistent at the edge' : 'not supported');
    for (const o of orders) expect(verdict.text).toContain(`+${o.toFixed(1)} orders`);
    // Under zero-shot and Kaplan L(N, D) neither form reaches 90 %: the verdict says so, not a number.
    const far = centralVerdict(run({ setting: 'zero', lossModel: 'kaplan-nd' }));
    expect(far.text).not.toMatch(/NaN|undefined|Infinity/);
    expect(far.text).toMatch(/^(supported|consistent at the edge|not supported|undecided): /);
  });

  it('claim 3: the scores predicted at 10¹⁵ parameters against the 90–95 % region', () => {
    const fits = overallFits();
    const L = lossAtParams(1e15);
    const predicted = [fits.linear(L), fits.logistic(L)];
    const inRegion = predicted.filter((p) => p >= 0.85 && p <= 0.975).length;
    const verdict = parametersVerdict(run());
    expect(verdict.verdict).toBe(inRegion === 2 ? 'supported' : inRegion === 1 ? 'consistent at the edge' : 'not supported');
    for (const p of predicted) expect(verdict.text).toContain(percent(p));
  });

  it('every verdict reads as a clause under every loss model, setting and fit axis', () => {
    for (const lossModel of ['gpt3-frontier', 'kaplan-nd', 'chinchilla'] as const) {
      for (const setting of ['zero', 'one', 'few'] as const) {
        for (const axis of ['loss', 'log-reducible'] as const) {
          const analysis = run({ lossModel, setting, axis });
          for (const verdict of [lowerBoundVerdict(analysis), centralVerdict(analysis), parametersVerdict(analysis)]) {
            expect(verdict.text, `${lossModel} ${setting} ${axis}`).toMatch(/^[a-z].*[^.\s]$/);
            expect(verdict.text).not.toMatch(/NaN|undefined|Infinity|null/);
          }
        }
      }
    }
  });
});

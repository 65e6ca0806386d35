// The benchmark pages' fit and backtest sentences, for every task × setting × loss model and for every
// kind of failure: each outcome has its own wording, and no outcome word or solver message stands
// where a number belongs.
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { FAILURE_PHRASES, backtestSentence, fitSentence } from '../../src/lib/fit-sentences';
import { dataset } from '../../src/lib/load-dataset';
import { LOSS_MODELS, SETTINGS, type Backtest, type FitFailureCode, type LinearFit, type LogisticFit } from '../../src/lib/types';

/** An outcome word inside a numeric phrase, a bare "1" for R², or a solver's detail. */
const BROKEN = /\b(by|explains) (no|never|already|unreachable)\b|explains 1 of|\bk = |L50 =|per nat|undefined|NaN|Infinity/;

const ok = { linear: { ok: true, a: 1, b: -0.3, r2: 0.91, residuals: [] } as LinearFit, logistic: { ok: true, k: 5, L50: 2, r2: 0.97, residuals: [] } as LogisticFit };
const failed = (code: FitFailureCode) => ({ ok: false as const, code, reason: `solver detail: k = 41.87 per nat (${code})` });
const backtestOk: Backtest = { ok: true, predicted: 0.5, actual: 0.45, error: 0.05 };

describe('fit and backtest sentences', () => {
  for (const lossModel of LOSS_MODELS) {
    it(`read as sentences for every task and setting (${lossModel})`, () => {
      const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel, bootstrap: 0 });
      for (const setting of SETTINGS) {
        for (const task of dataset.tasks) {
          const s = findSeries(analysis, { kind: 'task', id: task.id }, setting);
          for (const text of [fitSentence(s), backtestSentence(s)]) {
            expect(text, `${task.id} ${setting}`).not.toMatch(BROKEN);
            expect(text).toMatch(/^[A-Z].*\.$/);
          }
          // A form that was fitted shows its R² (three decimals); one that was not shows no number for it.
          if (s.logistic.ok) expect(fitSentence(s)).toContain(s.logistic.r2.toFixed(3));
          if (s.linear.ok) expect(fitSentence(s)).toContain(s.linear.r2.toFixed(3));
        }
      }
    });
  }

  it('every failure kind has its own wording, with either form failing or both', () => {
    for (const code of Object.keys(FAILURE_PHRASES) as FitFailureCode[]) {
      const phrase = FAILURE_PHRASES[code];
      const texts = [
        fitSentence({ linear: ok.linear, logistic: failed(code) }),
        fitSentence({ linear: failed(code), logistic: ok.logistic }),
        fitSentence({ linear: failed(code), logistic: failed(code) }),
        backtestSentence({ backtest: { linear: backtestOk, logistic: failed(code) } }),
        backtestSentence({ backtest: { linear: failed(code), logistic: backtestOk } }),
        backtestSentence({ backtest: { linear: failed(code), logistic: failed(code) } }),
      ];
      for (const text of texts) {
        expect(text).toContain(phrase);
        expect(text).not.toMatch(BROKEN);
        expect(text).not.toContain('solver detail');
      }
    }
    expect(fitSentence(ok)).toBe('The s-curve explains 0.970 of the variance across the eight models (R²) and the line 0.910.');
    expect(backtestSentence({ backtest: { linear: backtestOk, logistic: backtestOk } })).toContain('by +5 points');
  });

  it('the ten benchmark pages that used to read "explains no logistic fit" now name why', () => {
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    for (const id of ['anli-r1', 'anli-r2', 'reversed-words', '5d-minus']) {
      const s = findSeries(analysis, { kind: 'task', id }, 'few');
      expect(s.logistic.ok, id).toBe(false);
      expect(fitSentence(s)).toMatch(/^(No s-curve could be fitted|Neither an s-curve nor a line could be fitted)/);
    }
  });
});

// The sentences a benchmark page says about its fits, one wording per outcome, so a reader never
// reads an outcome word where a number belongs ("explains no logistic fit of the variance") or a
// solver's message: the detail stays in the table view.
import { formatPoints, formatR2 as r2Text } from './format';
import type { Backtest, FitFailureCode, LinearFit, LogisticFit, Series } from './types';

/** What each kind of failure means for a reader, completing "no s-curve could be fitted: …". */
export const FAILURE_PHRASES: Record<FitFailureCode, string> = {
  input: 'there are too few usable points',
  flat: 'the scores barely move across the models',
  'out-of-bounds': 'every model scores at chance or at the ceiling',
  declining: 'the best s-curve would get worse as loss falls',
  unidentifiable: 'the points show only the start of a curve, so its midpoint is not determined',
  step: 'the scores jump between two neighbouring models, so the steepness is not determined',
  'no-convergence': 'the best s-curve is an ever-steeper step at the largest model',
};

/** A failed fit or backtest as a reader reads it: "no logistic fit (the scores barely move across the models)". */
export const noFitText = (form: string, failure: { code: FitFailureCode }): string => `no ${form} fit (${FAILURE_PHRASES[failure.code]})`;

const points = (error: number): string => `${formatPoints(error)} points`;

/** How well each form fits the eight models (R²), or why it could not be fitted. */
export function fitSentence(series: Pick<Series, 'linear' | 'logistic'>): string {
  const { linear, logistic }: { linear: LinearFit; logistic: LogisticFit } = series;
  if (linear.ok && logistic.ok) {
    return `The s-curve explains ${r2Text(logistic.r2)} of the variance across the eight models (R²) and the line ${r2Text(linear.r2)}.`;
  }
  if (linear.ok && !logistic.ok) {
    return `No s-curve could be fitted (${FAILURE_PHRASES[logistic.code]}); the line explains ${r2Text(linear.r2)} of the variance across the eight models (R²).`;
  }
  if (!linear.ok && logistic.ok) {
    return `The s-curve explains ${r2Text(logistic.r2)} of the variance across the eight models (R²); no line could be fitted (${FAILURE_PHRASES[linear.code]}).`;
  }
  const reason = !linear.ok ? linear.code : !logistic.ok ? logistic.code : 'input';
  return `Neither an s-curve nor a line could be fitted: ${FAILURE_PHRASES[reason]}.`;
}

/** §8's backtest in words: by how much each form, fitted to the seven smaller models, misses 175B. */
export function backtestSentence(series: Pick<Series, 'backtest'>): string {
  const { linear, logistic }: { linear: Backtest; logistic: Backtest } = series.backtest;
  const sign = ' (positive: the fit overpredicts)';
  if (linear.ok && logistic.ok) {
    return `Fitted to the seven smaller models only, the s-curve misses 175B by ${points(logistic.error)} and the line by ${points(linear.error)}${sign}.`;
  }
  if (linear.ok && !logistic.ok) {
    return `Fitted to the seven smaller models only, the line misses 175B by ${points(linear.error)}${sign}; no s-curve could be fitted to those seven (${FAILURE_PHRASES[logistic.code]}).`;
  }
  if (!linear.ok && logistic.ok) {
    return `Fitted to the seven smaller models only, the s-curve misses 175B by ${points(logistic.error)}${sign}; no line could be fitted to those seven (${FAILURE_PHRASES[linear.code]}).`;
  }
  const reason = !logistic.ok ? logistic.code : !linear.ok ? linear.code : 'input';
  return `Neither form could be fitted to the seven smaller models alone (${FAILURE_PHRASES[reason]}), so this task has no backtest.`;
}

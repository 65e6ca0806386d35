// §8 backtest: fit on the seven smaller models, predict the largest (175B), error in normalised units.

import type { Backtest, FitForm, Series, Setting } from './types';
import { fitLinear, fitLogistic, predict, type LogisticStart } from './fits';

/**
 * Fits `form` to all points but the last (the seven smaller models, smallest first) and predicts the
 * last (175B). error = predicted − actual, in normalised units (0.06 = six points of the
 * chance-to-ceiling range). A failed fit on the seven points is a failure with its reason. `x` are on
 * the fits' axis (§5), and `minL50` is fitLogistic's.
 *
 * `logisticStart` (normally the eight-point logistic fit) warm-starts the logistic fit on the seven
 * points, as scipy's curve_fit is started in the tests; when the warm start does not give an
 * acceptable fit, the fit is made from cold (fitLogistic's `coldFallback`), so the outcome does not
 * depend on the start. Ignored for the linear form.
 */
export function backtest(
  form: FitForm,
  x: readonly number[],
  y: readonly number[],
  logisticStart?: LogisticStart,
  minL50 = 0,
): Backtest {
  const n = x.length;
  if (n !== y.length) return { ok: false, code: 'input', reason: `x and y differ in length (${n} and ${y.length})` };
  if (n < 4) return { ok: false, code: 'input', reason: `a backtest needs at least 4 points, got ${n}` };
  const xs = x.slice(0, n - 1);
  const ys = y.slice(0, n - 1);
  const fit =
    form === 'linear'
      ? fitLinear(xs, ys)
      : fitLogistic(xs, ys, logisticStart, { coldFallback: true, minL50 });
  if (!fit.ok) return { ok: false, code: fit.code, reason: `the fit on the ${n - 1} smaller models failed: ${fit.reason}` };
  const actual = y[n - 1]!;
  const predicted = predict(form, fit, x[n - 1]!);
  if (predicted === null || !Number.isFinite(predicted) || !Number.isFinite(actual)) {
    return { ok: false, code: 'input', reason: 'the prediction or the actual score of the largest model is not a finite number' };
  }
  return { ok: true, predicted, actual, error: predicted - actual };
}

/**
 * §8: the mean absolute backtest error (normalised units) of `form` over the `kind` series (tasks or
 * categories) of `setting`, with how many backtests succeeded; null where none did.
 */
export function meanAbsoluteBacktestError(
  series: readonly Series[],
  kind: 'task' | 'category',
  setting: Setting,
  form: FitForm,
): { value: number; count: number } | null {
  const errors = series.flatMap((s) => {
    const b = s.backtest[form];
    return s.kind === kind && s.setting === setting && b.ok ? [Math.abs(b.error)] : [];
  });
  return errors.length > 0 ? { value: errors.reduce((a, b) => a + b, 0) / errors.length, count: errors.length } : null;
}

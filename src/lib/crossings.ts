// §8 crossings: where a fit reaches each threshold (a fraction of the way from chance to ceiling),
// and what reaching that loss costs (§6, via the caller's `toResources`).

import type { Crossing, FitFailure, FitForm, Resources } from './types';
import type { Fit } from './fits';
import { lossWhere, type FitAxis } from './axis';
import { formatPercent } from './format';

const pct = (t: number): string => formatPercent(t, 4);

/**
 * The loss at which the fit reaches `threshold` while improving, or the reason it never does.
 * Adds to `lossAt` the physical bound: a crossing at a loss ≤ 0 nats is `never` (cross-entropy is
 * non-negative). Shared by `crossings` and the bootstrap so both classify a crossing the same way.
 */
export function crossingLoss(
  form: FitForm,
  fit: Fit,
  threshold: number,
  axis: FitAxis,
): { loss: number } | { never: string } | { noFit: FitFailure } {
  if (!fit.ok) return { noFit: fit };
  const loss = lossWhere(form, fit, threshold, axis);
  if (loss === null) {
    if (form === 'logistic') {
      if (threshold >= 1) return { never: `a logistic only approaches the ceiling; it never reaches ${pct(threshold)}` };
      return { never: `a logistic stays strictly between 0 and 1; a threshold of ${pct(threshold)} is not a crossing` };
    }
    const b = 'b' in fit ? fit.b : NaN;
    if (b === 0) return { never: `the fitted line is flat, so it never rises to ${pct(threshold)}` };
    return {
      never: `the fitted line falls as loss falls, so it never rises to ${pct(threshold)}`,
    };
  }
  if (!(loss > 0)) {
    return {
      never: `the fit reaches ${pct(threshold)} only at a loss of ${Number(loss.toPrecision(4))} nats, which no model can have (loss is never below 0)`,
    };
  }
  return { loss };
}

/**
 * Per threshold: `no-fit` when the fit failed; `never` (with the reason) when the fit cannot reach
 * it; `already` when the crossing loss is ≥ `largestModelLoss` (the fitted curve is past it at
 * GPT-3 175B); otherwise `reached`, with the loss and `toResources(loss)`.
 */
export function crossings(
  form: FitForm,
  fit: Fit,
  thresholds: readonly number[],
  largestModelLoss: number,
  toResources: (loss: number) => Resources,
  axis: FitAxis,
): Crossing[] {
  return thresholds.map((threshold): Crossing => {
    const c = crossingLoss(form, fit, threshold, axis);
    if ('noFit' in c) return { threshold, status: 'no-fit', code: c.noFit.code, reason: c.noFit.reason };
    if ('never' in c) return { threshold, status: 'never', reason: c.never };
    const status = c.loss >= largestModelLoss ? 'already' : 'reached';
    return { threshold, status, loss: c.loss, resources: toResources(c.loss) };
  });
}

// METHOD §5 `axis`: what the fits take as x. `loss` (the 2020 post) fits against L itself;
// `log-reducible` (the 2023 update, a sigmoid in log-compute as in Owen 2024) against ln(L − E), E the
// loss model's irreducible loss. Charts keep loss on the axis: curves are drawn through the transform.
import { predict, lossAt, type Fit } from './fits';
import { irreducibleLoss } from './loss-models';
import type { FitAxisKind, FitForm, LossModelId } from './types';

export interface FitAxis {
  kind: FitAxisKind;
  /** Irreducible loss E subtracted under `log-reducible` (0 for the pure power laws). */
  E: number;
}

export function fitAxis(kind: FitAxisKind, lossModel: LossModelId): FitAxis {
  return { kind, E: kind === 'log-reducible' ? irreducibleLoss(lossModel) : 0 };
}

/** x of a loss on the axis; null where it has none (L ≤ E under `log-reducible`). */
export function toAxis(loss: number, axis: FitAxis): number | null {
  if (axis.kind === 'loss') return loss;
  return loss > axis.E ? Math.log(loss - axis.E) : null;
}

/** The loss at x on the axis. */
export function fromAxis(x: number, axis: FitAxis): number {
  return axis.kind === 'loss' ? x : axis.E + Math.exp(x);
}

/** The fitted curve at `loss`; null where the fit failed or the loss has no place on the axis. */
export function curveAt(form: FitForm, fit: Fit, loss: number, axis: FitAxis): number | null {
  const x = toAxis(loss, axis);
  return x === null ? null : predict(form, fit, x);
}

/** The loss at which the curve reaches `p` while improving, or null (see `lossAt`). */
export function lossWhere(form: FitForm, fit: Fit, p: number, axis: FitAxis): number | null {
  const x = lossAt(form, fit, p);
  return x === null ? null : fromAxis(x, axis);
}

/**
 * The logistic's lowest meaningful midpoint: under `loss`, 0 nats (no model has a lower loss); under
 * `log-reducible` every x is the log of a positive excess loss, so none is ruled out.
 */
export const minMidpoint = (axis: FitAxis): number => (axis.kind === 'loss' ? 0 : -Infinity);

/** The 2020 reading: x = L. */
export const LOSS_AXIS: FitAxis = { kind: 'loss', E: 0 };

// Sentences the chart specs share: how a fit and the assumptions are described in captions.
import { noFitText } from '../../../lib/fit-sentences';
import { capitalise, formatLoss, scientific, significant } from '../../../lib/format';
import type { Assumptions, FitForm, LinearFit, LogisticFit } from '../../../lib/types';

export { AXIS_NAMES, CEILING_NAMES, LOSS_MODEL_NAMES, SETTING_NAMES } from '../../../lib/names';
import { CEILING_NAMES, LOSS_MODEL_NAMES } from '../../../lib/names';

export function fitSummary(form: FitForm, fit: LinearFit | LogisticFit): string {
  if (!fit.ok) return `${capitalise(noFitText(form, fit))}.`;
  if ('L50' in fit) {
    return `Logistic fit: half-way at loss ${formatLoss(fit.L50)}, steepness k = ${significant(fit.k, 3)}, R² = ${significant(fit.r2, 3)}.`;
  }
  return `Linear fit: ${significant(fit.a, 3)} ${fit.b < 0 ? '−' : '+'} ${significant(Math.abs(fit.b), 3)} × loss, R² = ${significant(fit.r2, 3)}.`;
}

/** The assumptions a figure depends on, for its caption. */
export function assumptionsLine(a: Assumptions): string {
  return (
    `Loss model: ${LOSS_MODEL_NAMES[a.lossModel]}; ceiling: ${CEILING_NAMES[a.ceilingPreset]}; ` +
    `price ${scientific(a.flopPerDollar)} FLOP per dollar.`
  );
}

// Sentences the chart specs share: how a fit and the assumptions are described in captions.
import { noFitText } from '../../../lib/fit-sentences';
import { capitalise, formatLoss, scientific, significant } from '../../../lib/format';
import type { Assumptions, FitForm, LinearFit, LogisticFit } from '../../../lib/types';

export { SETTING_NAMES } from '../../../lib/names';

export const LOSS_MODEL_NAMES: Record<Assumptions['lossModel'], string> = {
  'gpt3-frontier': 'GPT-3 compute frontier',
  'kaplan-nd': 'Kaplan L(N, D)',
  chinchilla: 'Chinchilla L(N, D)',
};

export const CEILING_NAMES: Record<Assumptions['ceilingPreset'], string> = {
  perfect: 'perfect score',
  'sota-2020': '2020 fine-tuned SOTA',
  custom: 'custom',
};

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

/** §5 `axis`, as a reader reads it. */
export const AXIS_NAMES: Record<Assumptions['axis'], string> = {
  loss: 'loss (2020)',
  'log-reducible': 'log of reducible loss, ln(L − E) (2023)',
};

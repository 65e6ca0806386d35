// METHOD §7: each reference line (a compute budget, a parameter count, a corpus size…) as the loss
// it reaches under the chosen loss model and §6's reading of that model.
import { lossForFlop, lossForParams, lossForTokens, type Prices } from './resources';
import type { LossModelId, Reference } from './types';

export interface ReferenceLoss {
  reference: Reference;
  /** The loss the reference's resources reach, or null when they do not reach any. */
  loss: number | null;
  note?: string;
}

/** The loss `reference` reaches under `lossModel`; dollars and words go through the chosen prices. */
export function referenceLoss(reference: Reference, lossModel: LossModelId, prices: Prices): ReferenceLoss {
  const loss = lossOf(reference, lossModel, prices);
  if (loss === null || !Number.isFinite(loss)) {
    return { reference, loss: null, note: `${reference.label} reaches no loss: ${reference.value} ${reference.unit} is not a positive amount.` };
  }
  const note = noteFor(reference, lossModel, prices);
  return note === undefined ? { reference, loss } : { reference, loss, note };
}

function lossOf(reference: Reference, lossModel: LossModelId, prices: Prices): number | null {
  switch (reference.unit) {
    case 'FLOP':
      return lossForFlop(reference.value, lossModel);
    case 'dollars':
      return lossForFlop(reference.value * prices.flopPerDollar, lossModel);
    case 'parameters':
      return lossForParams(reference.value, lossModel);
    case 'tokens':
      return lossForTokens(reference.value, lossModel);
    case 'words':
      return lossForTokens(reference.value * prices.tokensPerWord, lossModel);
  }
}

/** Why a line sits where it does, when that is not obvious from the value alone. */
function noteFor(reference: Reference, lossModel: LossModelId, prices: Prices): string | undefined {
  const reading =
    lossModel === 'chinchilla'
      ? 'with parameters and data in the compute-optimal (Chinchilla) proportion'
      : 'with the other resource unlimited (Kaplan’s single-variable laws, trained to convergence)';
  switch (reference.unit) {
    case 'parameters':
    case 'tokens':
    case 'words':
      return `The loss this many ${reference.unit} allow ${reading}.`;
    case 'dollars':
      return `At ${prices.flopPerDollar.toExponential(1)} FLOP per dollar: ${(reference.value * prices.flopPerDollar).toExponential(2)} FLOP, spent ${reading}.`;
    case 'FLOP':
      return `The loss this much training compute reaches ${reading}.`;
  }
}

export function referenceLosses(references: readonly Reference[], lossModel: LossModelId, prices: Prices): ReferenceLoss[] {
  return references.map((reference) => referenceLoss(reference, lossModel, prices));
}

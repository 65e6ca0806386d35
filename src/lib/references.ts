// METHOD §7: each reference line (a compute budget, a parameter count, a corpus size…) as the loss
// it reaches under the chosen loss model and §6's reading of that model.
import { lossForFlop, lossForParams, lossForTokens, type Prices } from './resources';
import type { LossModelId, Reference } from './types';
import { scientific, significant } from './format';

export interface ReferenceLoss {
  reference: Reference;
  /** The loss the reference's resources reach, or null when they do not reach any. */
  loss: number | null;
  note?: string;
}

/**
 * The loss `reference` reaches under `lossModel`; dollars and words go through the chosen prices. A
 * `gpt3-175b` reference (what GPT-3 175B used) stands at that model's own loss, so that GPT-3 is 0
 * orders beyond itself on the one yardstick (§6).
 */
export function referenceLoss(reference: Reference, lossModel: LossModelId, prices: Prices, largestModelLoss: number): ReferenceLoss {
  if (reference.placement === 'gpt3-175b') {
    return { reference, loss: largestModelLoss, note: `${reference.label}: drawn at GPT-3 175B's own loss.` };
  }
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
    case 'dollars-per-word':
      return lossForParams(paramsAtInferencePrice(reference.value, prices), lossModel);
  }
}

/**
 * §7: the model size at which generating a word costs `dollarsPerWord`: a forward pass is ≈ 2N FLOP
 * per token, so cost per word = 2N · tokens per word / FLOP per dollar.
 */
export function paramsAtInferencePrice(dollarsPerWord: number, prices: Prices): number {
  return (dollarsPerWord * prices.flopPerDollar) / (2 * prices.tokensPerWord);
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
      return `At ${scientific(prices.flopPerDollar)} FLOP per dollar: ${scientific(reference.value * prices.flopPerDollar)} FLOP, spent ${reading}.`;
    case 'dollars-per-word':
      return `At ${scientific(prices.flopPerDollar)} FLOP per dollar and ${significant(prices.tokensPerWord, 3)} tokens per word: ${scientific(paramsAtInferencePrice(reference.value, prices))} parameters, ${reading}.`;
    case 'FLOP':
      return `The loss this much training compute reaches ${reading}.`;
  }
}

export function referenceLosses(references: readonly Reference[], lossModel: LossModelId, prices: Prices, largestModelLoss: number): ReferenceLoss[] {
  return references.map((reference) => referenceLoss(reference, lossModel, prices, largestModelLoss));
}

// METHOD §6: one yardstick for "orders of magnitude beyond GPT-3", and the validity warnings every
// crossing carries. Distances are log10(C(L) / C(L₁₇₅B)): the same conversion at both ends, so a loss
// below GPT-3's always lies beyond it. GPT-3's actual compute enters only the offset, shown once.
import { lossToResources, type Prices } from './resources';
import { costOverTime } from './time';
import type { Assumptions, Dataset, LossModelId, Resources, Validity, Yardstick } from './types';

/**
 * Kaplan et al. 2020 (§2) fitted 768 to 1.5e9 non-embedding parameters on 22M to 23B tokens;
 * Hoffmann et al. 2022, 70M to 16B parameters on 5B to 500B tokens.
 */
export const FITTED_RANGE = {
  kaplan: { params: [768, 1.5e9], tokens: [22e6, 23e9] },
  chinchilla: { params: [7e7, 1.6e10], tokens: [5e9, 5e11] },
} as const;

/** Kaplan's L* ≈ 1.7 and Hoffmann's E = 1.69: the estimated entropy of text, nats per token. */
export const ENTROPY_ESTIMATE = 1.69;

/** Which law's fitted range applies: the Kaplan readings use Kaplan's laws (§6). */
export const fittedRangeOf = (lossModel: LossModelId) => (lossModel === 'chinchilla' ? FITTED_RANGE.chinchilla : FITTED_RANGE.kaplan);

/** The yardstick: C(L₁₇₅B) beside GPT-3's actual compute. Throws if GPT-3's own loss converts to nothing. */
export function yardstick(largestModelLoss: number, lossModel: LossModelId, prices: Prices, gpt3Flop: number): Yardstick {
  const converted = lossToResources(largestModelLoss, lossModel, prices);
  if (!converted.ok) throw new RangeError(`GPT-3 175B's own loss converts to no compute: ${converted.reason}`);
  return { gpt3Flop, convertedFlop: converted.flop, offsetOrders: Math.log10(converted.flop / gpt3Flop) };
}

/** Orders of magnitude of training compute beyond GPT-3 175B, on the yardstick. */
export function ordersBeyondGpt3(flop: number, y: Yardstick): number {
  return Math.log10(flop / y.convertedFlop);
}

/** What the analysis needs to convert a loss: the assumptions and the yardstick (an `Analysis` is one). */
export interface ConversionContext {
  assumptions: Pick<Assumptions, 'lossModel' | 'flopPerDollar' | 'tokensPerWord' | 'hardwareHalving' | 'algorithmHalving' | 'budgets'>;
  yardstick: Yardstick;
}

/** What reaching `loss` costs, its distance from GPT-3, its §6 warnings and its §14 cost over time: the one place they meet. */
export function resourcesAt(context: ConversionContext, loss: number): Resources {
  const { lossModel } = context.assumptions;
  const converted = lossToResources(loss, lossModel, context.assumptions);
  if (!converted.ok) return converted;
  const range = fittedRangeOf(lossModel);
  const validity: Validity = {
    ordersBeyondGpt3: ordersBeyondGpt3(converted.flop, context.yardstick),
    beyondFittedRange: {
      params: Math.log10(converted.params / range.params[1]),
      tokens: Math.log10(converted.tokens / range.tokens[1]),
    },
    belowEntropyEstimate: loss < ENTROPY_ESTIMATE,
  };
  return { ...converted, ...validity, cost: costOverTime(converted.dollars, context.assumptions) };
}

/** GPT-3 175B's actual training compute: the `gpt3-flop` reference line, else the largest model's Table D.1 FLOP. */
export function gpt3TrainingFlop(dataset: Dataset): number {
  const reference = dataset.references.find((r) => r.id === 'gpt3-flop');
  if (reference) return reference.value;
  const largest = dataset.models[dataset.models.length - 1];
  if (!largest) throw new Error('the dataset has no models');
  return largest.computeFlop;
}

const lawName = (lossModel: LossModelId) => (lossModel === 'chinchilla' ? 'Hoffmann et al.' : 'Kaplan et al.');

/**
 * The §6 warnings of one conversion as a reader reads them, or null when there is none:
 * "N and D 2.3 and 1.1 orders of magnitude beyond what Kaplan et al. fitted; loss below the
 * estimated entropy of text (1.69 nats)".
 */
export function warningText(resources: Resources, lossModel: LossModelId): string | null {
  if (!resources.ok) return null;
  const parts: string[] = [];
  const { params, tokens } = resources.beyondFittedRange;
  const beyond = [
    ...(params > 0 ? [`N ${params.toFixed(1)}`] : []),
    ...(tokens > 0 ? [`D ${tokens.toFixed(1)}`] : []),
  ];
  if (beyond.length > 0) parts.push(`${beyond.join(' and ')} orders of magnitude beyond what ${lawName(lossModel)} fitted`);
  if (resources.belowEntropyEstimate) parts.push(`loss below the estimated entropy of text (${ENTROPY_ESTIMATE} nats)`);
  return parts.length > 0 ? parts.join('; ') : null;
}

// METHOD §6: what reaching a loss costs (parameters, tokens, words, training FLOP, dollars) under
// each loss model, and the inverses the charts use to label a loss axis with resources.
import { CHINCHILLA } from './loss-models';
import type { Conversion, LossModelId } from './types';

/**
 * Kaplan et al. 2020's single-variable laws (eqs. 1.1 and 1.2): the least parameters and data that
 * reach a loss when trained to convergence. The original post's reading, used with `gpt3-frontier`
 * and `kaplan-nd`.
 */
export const KAPLAN_SINGLE = { Nc: 8.8e13, alphaN: 0.076, Dc: 5.4e13, alphaD: 0.095 } as const;

/** N(L) = 8.8e13 · L^(-1/0.076) parameters. */
export function kaplanParamsForLoss(loss: number): number {
  return KAPLAN_SINGLE.Nc * loss ** (-1 / KAPLAN_SINGLE.alphaN);
}

/** D(L) = 5.4e13 · L^(-1/0.095) tokens. */
export function kaplanTokensForLoss(loss: number): number {
  return KAPLAN_SINGLE.Dc * loss ** (-1 / KAPLAN_SINGLE.alphaD);
}

/** C = 6 · N · D FLOP: one pass over the data (forward and backward ≈ 6 FLOP per parameter and token). */
export function trainingFlop(params: number, tokens: number): number {
  return 6 * params * tokens;
}

/** Chinchilla compute-optimal N for a target loss: N = (A(α+β) / (β(L−E)))^(1/α). Needs L > E. */
export function chinchillaOptimalParams(loss: number): number {
  const { E, A, alpha, beta } = CHINCHILLA;
  return ((A * (alpha + beta)) / (beta * (loss - E))) ** (1 / alpha);
}

/** Chinchilla compute-optimal D for a target loss: D = (B(α+β) / (α(L−E)))^(1/β). Needs L > E. */
export function chinchillaOptimalTokens(loss: number): number {
  const { E, B, alpha, beta } = CHINCHILLA;
  return ((B * (alpha + beta)) / (alpha * (loss - E))) ** (1 / beta);
}

export interface Prices {
  /** FLOP bought by one dollar. */
  flopPerDollar: number;
  /** Tokens per word (Kaplan: 1.4). */
  tokensPerWord: number;
}

/**
 * What reaching `loss` costs under `lossModel`; a typed failure where the loss cannot be reached. The
 * raw conversion: `resourcesAt` (yardstick.ts) adds the distance from GPT-3 and the §6 warnings.
 */
export function lossToResources(loss: number, lossModel: LossModelId, prices: Prices): Conversion {
  if (!Number.isFinite(loss) || loss <= 0) {
    return { ok: false, loss, reason: `a loss of ${loss} nats per token is not a reachable loss` };
  }
  let params: number;
  let tokens: number;
  if (lossModel === 'chinchilla') {
    if (loss <= CHINCHILLA.E) {
      return {
        ok: false,
        loss,
        reason: `unreachable under chinchilla: ${loss.toFixed(3)} is at or below the irreducible loss E = ${CHINCHILLA.E}`,
      };
    }
    params = chinchillaOptimalParams(loss);
    tokens = chinchillaOptimalTokens(loss);
  } else {
    params = kaplanParamsForLoss(loss);
    tokens = kaplanTokensForLoss(loss);
  }
  const flop = trainingFlop(params, tokens);
  if (![params, tokens, flop].every(Number.isFinite)) {
    return { ok: false, loss, reason: `the resources for a loss of ${loss} overflow` };
  }
  return { ok: true, loss, params, tokens, words: tokens / prices.tokensPerWord, flop, dollars: flop / prices.flopPerDollar };
}

// ---- inverses: resource → the loss it reaches (null where the input is not a positive number) ----

const positive = (value: number) => Number.isFinite(value) && value > 0;

/** The loss reached with `params` parameters (inverse of N(L) under the loss model's reading). */
export function lossForParams(params: number, lossModel: LossModelId): number | null {
  if (!positive(params)) return null;
  if (lossModel === 'chinchilla') {
    const { E, A, alpha, beta } = CHINCHILLA;
    return E + (A * (alpha + beta)) / (beta * params ** alpha);
  }
  return (KAPLAN_SINGLE.Nc / params) ** KAPLAN_SINGLE.alphaN;
}

/** The loss reached with `tokens` training tokens (inverse of D(L)). */
export function lossForTokens(tokens: number, lossModel: LossModelId): number | null {
  if (!positive(tokens)) return null;
  if (lossModel === 'chinchilla') {
    const { E, B, alpha, beta } = CHINCHILLA;
    return E + (B * (alpha + beta)) / (alpha * tokens ** beta);
  }
  return (KAPLAN_SINGLE.Dc / tokens) ** KAPLAN_SINGLE.alphaD;
}

/**
 * The loss reached with `flop` training FLOP (inverse of C(L) = 6 · N(L) · D(L)). Both N and D are
 * powers of the loss (of L − E under chinchilla), so C is one power law and inverts in closed form.
 */
export function lossForFlop(flop: number, lossModel: LossModelId): number | null {
  if (!positive(flop)) return null;
  if (lossModel === 'chinchilla') {
    const { E, alpha, beta } = CHINCHILLA;
    // C = 6 · N(E+1) · D(E+1) · (L − E)^-(1/α + 1/β)
    const flopAtUnitExcess = trainingFlop(chinchillaOptimalParams(E + 1), chinchillaOptimalTokens(E + 1));
    return E + (flop / flopAtUnitExcess) ** (-1 / (1 / alpha + 1 / beta));
  }
  const { alphaN, alphaD } = KAPLAN_SINGLE;
  // C = 6 · N(1) · D(1) · L^-(1/α_N + 1/α_D)
  const flopAtUnitLoss = trainingFlop(kaplanParamsForLoss(1), kaplanTokensForLoss(1));
  return (flop / flopAtUnitLoss) ** (-1 / (1 / alphaN + 1 / alphaD));
}

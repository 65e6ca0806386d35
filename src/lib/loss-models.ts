// METHOD §3: the three ways of assigning a cross-entropy loss (nats per token) to each GPT-3 model.
// Each formula exists once here; `modelLosses` picks one.
import type { LossModelId, ModelSize } from './types';

/**
 * `gpt3-frontier`: the power law drawn in the GPT-3 paper's Figure 3.1, L(C) = 2.57 · C^-0.048,
 * C = training compute in PF-days. It is the compute-efficient frontier, so the smaller models'
 * true final losses lie somewhat above it.
 */
export const GPT3_FRONTIER = { coefficient: 2.57, exponent: 0.048 } as const;

export function gpt3Frontier(computePfDays: number): number {
  return GPT3_FRONTIER.coefficient * computePfDays ** -GPT3_FRONTIER.exponent;
}

/** `kaplan-nd`: Kaplan et al. 2020, eq. 1.5 with the Table 2 fit (WebText2 loss). */
export const KAPLAN_ND = { alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 } as const;

/** L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D; N = non-embedding parameters, D = tokens. */
export function kaplanNd(nonEmbeddingParams: number, tokens: number): number {
  const { alphaN, alphaD, Nc, Dc } = KAPLAN_ND;
  return ((Nc / nonEmbeddingParams) ** (alphaN / alphaD) + Dc / tokens) ** alphaD;
}

/** `chinchilla`: Hoffmann et al. 2022, approach 3 (MassiveText loss). */
export const CHINCHILLA = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const;

/** L(N, D) = E + A/N^α + B/D^β; N = all parameters (embeddings included), D = tokens. */
export function chinchilla(params: number, tokens: number): number {
  const { E, A, B, alpha, beta } = CHINCHILLA;
  return E + A / params ** alpha + B / tokens ** beta;
}

/** E: the loss no amount of compute goes below under `lossModel` (0 for the two pure power laws). */
export function irreducibleLoss(lossModel: LossModelId): number {
  return lossModel === 'chinchilla' ? CHINCHILLA.E : 0;
}

/** The loss `lossModel` assigns to one GPT-3 model. */
export function modelLoss(model: ModelSize, lossModel: LossModelId): number {
  switch (lossModel) {
    case 'gpt3-frontier':
      return gpt3Frontier(model.computePfDays);
    case 'kaplan-nd':
      return kaplanNd(model.nonEmbeddingParams, model.trainingTokens);
    case 'chinchilla':
      return chinchilla(model.params, model.trainingTokens);
  }
}

/** Losses of `models` (smallest first, as given) under `lossModel`. */
export function modelLosses(models: readonly ModelSize[], lossModel: LossModelId): number[] {
  return models.map((model) => modelLoss(model, lossModel));
}

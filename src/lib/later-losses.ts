// METHOD §11: placing a later model on GPT-3's loss axis from its own (N, D). `chinchilla` and
// `kaplan-nd` take (N, D) directly; `gpt3-frontier` takes C = 6ND in PF-days. The formulas are
// loss-models.ts's; this module only chooses their inputs and says what they leave out.
import { chinchilla, gpt3Frontier, kaplanNd } from './loss-models';
import { trainingFlop } from './resources';
import type { KaplanParamsKind, LaterModel, LaterModelLoss, LossModelId } from './types';

/** §3: one PF-day is 1e15 FLOP per second for a day, 8.64e19 FLOP. */
export const FLOP_PER_PF_DAY = 8.64e19;

export const SIZE_NOT_DISCLOSED = 'size not disclosed';

/**
 * Said beside every later model's loss: D counts tokens of the family's own tokenizer, so a token
 * is not the same unit across families (nor GPT-3's), and a loss from (N, D) is what the law
 * predicts on its own data, not a measured loss (PROVENANCE.md).
 */
export const TOKENS_CAVEAT =
  'D is counted in the family’s own tokenizer, so a token is not the same unit across families; ' +
  'the loss is what the law predicts for this N and D on its own data, not a measured loss';

/**
 * The N kaplan-nd takes: Kaplan et al. count non-embedding parameters, 12 · n_layer · d_model²,
 * where a paper gives layers and width. models.csv gives neither for any model, so every later
 * model takes its total N (embeddings included), which lowers its kaplan-nd loss a little; said so.
 */
export function kaplanParams(model: LaterModel): { params: number; kind: KaplanParamsKind } | null {
  return model.params === null ? null : { params: model.params, kind: 'total' };
}

const KAPLAN_TOTAL_NOTE = 'kaplan-nd takes all parameters (embeddings included): models.csv gives no layers or width';

/** The loss each loss model assigns to `model`; `losses` null when N and D are not disclosed. */
export function laterModelLoss(model: LaterModel): LaterModelLoss {
  const base = { model: model.name, family: model.family, params: model.params, tokens: model.tokens };
  const kaplan = kaplanParams(model);
  if (model.params === null || model.tokens === null || kaplan === null) {
    return { ...base, flop: null, losses: null, kaplanParams: null, notes: [SIZE_NOT_DISCLOSED] };
  }
  const flop = trainingFlop(model.params, model.tokens);
  const losses: Record<LossModelId, number> = {
    'gpt3-frontier': gpt3Frontier(flop / FLOP_PER_PF_DAY),
    'kaplan-nd': kaplanNd(kaplan.params, model.tokens),
    chinchilla: chinchilla(model.params, model.tokens),
  };
  const notes = [TOKENS_CAVEAT, ...(kaplan.kind === 'total' ? [KAPLAN_TOTAL_NOTE] : [])];
  return { ...base, flop, losses, kaplanParams: kaplan.kind, notes };
}

/** Every later model's losses, in models.csv order. Pure in the data: the same for every assumption. */
export function laterModelLosses(models: readonly LaterModel[]): LaterModelLoss[] {
  return models.map(laterModelLoss);
}

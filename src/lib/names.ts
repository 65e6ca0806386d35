// How the analysis' choices are named in sentences, for the library's own prose and the components'.
import type { Aggregation, CeilingPreset, FitAxisKind, FitForm, LossModelId, Setting } from './types';

export const SETTING_NAMES: Record<Setting, string> = { zero: 'zero-shot', one: 'one-shot', few: 'few-shot' };

export const LOSS_MODEL_NAMES: Record<LossModelId, string> = {
  'gpt3-frontier': 'GPT-3 compute frontier',
  'kaplan-nd': 'Kaplan L(N, D)',
  chinchilla: 'Chinchilla L(N, D)',
};

export const CEILING_NAMES: Record<CeilingPreset, string> = {
  perfect: 'perfect score',
  'sota-2020': '2020 fine-tuned SOTA',
  custom: 'custom',
};

export const FIT_FORM_NAMES: Record<FitForm, string> = { linear: 'line', logistic: 's-curve' };

export const AGGREGATION_NAMES: Record<Aggregation, string> = {
  categories: 'mean of the 11 categories',
  tasks: 'mean of all tasks',
};

/** §5 `axis`, as a reader reads it. */
export const AXIS_NAMES: Record<FitAxisKind, string> = {
  loss: 'loss (2020)',
  'log-reducible': 'log of reducible loss, ln(L − E) (2023)',
};

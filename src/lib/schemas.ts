// The shape of each data file, one zod schema per row. Each error message says what was expected;
// `data-rows.ts` adds the file, line, row and column. Values arrive as the printed strings and are
// converted here, so the files themselves stay byte-for-byte as transcribed.
import { z } from './zod';
import { COMPARABILITY, SETTINGS } from './types';

/** A decimal as printed in the paper: `43.6`, `0.00`, `8.93`, `3.14e23`, `2.60E+00`. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** URL-safe, stable, readable: lower-case words joined by hyphens. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const number = (expected: string) =>
  z
    .string()
    .refine((s) => DECIMAL.test(s), expected)
    .transform(Number);

const optionalNumber = (expected: string) =>
  z
    .string()
    .refine((s) => s === '' || DECIMAL.test(s), `blank, or ${expected}`)
    .transform((s) => (s === '' ? null : Number(s)));

const positiveNumber = (expected: string) => number(expected).refine((n) => n > 0, `${expected}, above 0`);

const integer = (expected: string) =>
  z
    .string()
    .refine((s) => /^\d+$/.test(s), expected)
    .transform(Number);

const text = (expected: string) => z.string().refine((s) => s.trim() !== '', expected);
const slug = z.string().refine((s) => SLUG.test(s), 'an id of lower-case letters, digits and hyphens, e.g. anli-r1');

/** Every metric Table H.1 prints (§2: the first four kinds are primary somewhere; the rest are secondary). */
export const METRICS = ['acc', 'f1', 'f1a', 'BLEU-sb', 'average', 'ppl', 'em', 'BLEU-mb'] as const;
export type Metric = (typeof METRICS)[number];

const metric = z.enum(METRICS, { error: `one of ${METRICS.join(', ')}` });
const setting = z.enum(SETTINGS, { error: `one of ${SETTINGS.join(', ')}` });

// ---- gpt3-table-h1.csv ------------------------------------------------------------------------

/** The eight model columns of Table H.1, smallest first. */
export const MODEL_LABELS = ['125M', '350M', '760M', '1.3B', '2.7B', '6.7B', '13B', '175B'] as const;

export const TABLE_H1_HEADER = [
  'task',
  'category',
  'metric',
  'split',
  'setting',
  'shots_k',
  ...MODEL_LABELS,
  'finetune_sota',
  '175B_test_server',
] as const;

const score = number('a score as printed, e.g. 43.6');

export const tableH1RowSchema = z.object({
  task: text('the task name as printed in Table H.1'),
  category: text('the Table H.1 category'),
  metric,
  split: text('the split as printed (dev, test, n/a)'),
  setting,
  shots_k: z
    .string()
    .refine((s) => s === '' || /^\d+$/.test(s), 'blank, or a whole number of shots')
    .transform((s) => (s === '' ? null : Number(s))),
  ...(Object.fromEntries(MODEL_LABELS.map((label) => [label, score])) as Record<
    (typeof MODEL_LABELS)[number],
    typeof score
  >),
  finetune_sota: optionalNumber('a fine-tuned state-of-the-art score as printed'),
  '175B_test_server': optionalNumber('a test-server score as printed'),
});

// ---- gpt3-model-sizes.csv ---------------------------------------------------------------------

export const MODEL_SIZES_HEADER = [
  'model',
  'size_label',
  'n_params',
  'n_layers',
  'd_model',
  'n_heads',
  'd_head',
  'batch_size_tokens',
  'learning_rate',
  'tableD1_params_millions',
  'tableD1_train_compute_pf_days',
  'tableD1_train_compute_flops',
  'training_tokens_billions',
] as const;

export const modelSizeRowSchema = z.object({
  model: text('the model name as printed in Table 2.1'),
  size_label: z.enum(MODEL_LABELS, { error: `one of the Table H.1 model columns (${MODEL_LABELS.join(', ')})` }),
  n_layers: integer('a whole number of layers'),
  d_model: integer('a whole number (d_model)'),
  tableD1_params_millions: positiveNumber('parameters in millions as printed in Table D.1'),
  tableD1_train_compute_pf_days: positiveNumber('training compute in PF-days as printed in Table D.1'),
  tableD1_train_compute_flops: positiveNumber('training compute in FLOP as printed in Table D.1'),
  training_tokens_billions: positiveNumber('training tokens in billions'),
});

// ---- tasks.csv --------------------------------------------------------------------------------

export const CHANCE_FROM_MEMBERS = 'members';

export const TASKS_HEADER = ['id', 'name', 'category', 'metric', 'chance', 'chance_reason', 'chance_understated', 'aggregated'] as const;

export const taskRowSchema = z.object({
  id: slug,
  name: text('the task name exactly as printed in Table H.1'),
  category: slug,
  metric,
  /** `members`: a row that averages other tasks takes their chance levels' mean (METHOD §2), never a typed number. */
  chance: z.union([
    z.literal(CHANCE_FROM_MEMBERS),
    number('a chance level in the metric’s units, e.g. 25, or "members" for a row that averages its category').refine((n) => n >= 0, 'a chance level of 0 or more'),
  ]),
  chance_reason: text('a sentence saying why this is the score of random guessing'),
  /** Whether random guessing would in fact score above `chance` (the task page says so). */
  chance_understated: z.enum(['true', 'false'], { error: 'true or false' }).transform((s) => s === 'true'),
  aggregated: z.enum(['true', 'false'], { error: 'true or false' }).transform((s) => s === 'true'),
});

// ---- categories.csv ---------------------------------------------------------------------------

export const CATEGORIES_HEADER = ['id', 'name', 'table_category'] as const;

export const categoryRowSchema = z.object({
  id: slug,
  name: text('the category name as the site prints it'),
  table_category: text('the exact category string of Table H.1'),
});

// ---- references.csv ---------------------------------------------------------------------------

export const REFERENCES_HEADER = ['id', 'label', 'value', 'unit', 'placement', 'source', 'derivation'] as const;
/** `dollars-per-word`: an inference price per generated word (§7's one cent per word). */
export const REFERENCE_UNITS = ['FLOP', 'parameters', 'tokens', 'words', 'dollars', 'dollars-per-word'] as const;
/**
 * `converted`: at the loss the value reaches through §6's conversion. `gpt3-175b`: at GPT-3 175B's own
 * loss, because the value is what that model used (its distance on the yardstick is 0 by definition).
 */
export const REFERENCE_PLACEMENTS = ['converted', 'gpt3-175b'] as const;

export const referenceRowSchema = z.object({
  id: slug,
  label: text('a short label'),
  value: positiveNumber('a number, e.g. 3.14e23'),
  unit: z.enum(REFERENCE_UNITS, { error: `one of ${REFERENCE_UNITS.join(', ')}` }),
  placement: z.enum(REFERENCE_PLACEMENTS, { error: `one of ${REFERENCE_PLACEMENTS.join(', ')}` }),
  source: text('where the value comes from'),
  derivation: text('how the value was derived'),
});

// ---- later-models/models.csv (METHOD §11) -----------------------------------------------------

export const LATER_MODELS_HEADER = ['model', 'family', 'released', 'n_params', 'train_tokens', 'tokenizer', 'source'] as const;

/** Blank where the paper does not disclose it (GPT-4), else a count above 0. */
const undisclosedOrPositive = (expected: string) =>
  z
    .string()
    .refine((s) => s === '' || (DECIMAL.test(s) && Number(s) > 0), `blank (not disclosed), or ${expected}`)
    .transform((s) => (s === '' ? null : Number(s)));

export const laterModelRowSchema = z.object({
  model: text('the model name as its paper prints it'),
  family: text('the model family'),
  released: z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), 'the year and month of the first arXiv version, e.g. 2022-04'),
  n_params: undisclosedOrPositive('a number of parameters above 0, e.g. 70000000000'),
  train_tokens: undisclosedOrPositive('a number of training tokens above 0, e.g. 1400000000000'),
  tokenizer: text('the tokenizer, or "not disclosed"'),
  source: text('where N and D were read'),
});

// ---- later-models/scores.csv (METHOD §11) -----------------------------------------------------

export const LATER_SCORES_HEADER = ['model', 'task', 'metric', 'split', 'setting', 'shots', 'score', 'comparable', 'note', 'source'] as const;

/**
 * Table H.1's metrics and `acc_norm`: the lm-evaluation-harness's length-normalised accuracy, given
 * beside Pythia's `acc` for reference and never compared (PROVENANCE.md).
 */
export const LATER_METRICS = [...METRICS, 'acc_norm'] as const;

export const laterScoreRowSchema = z.object({
  model: text('a model named in later-models/models.csv'),
  task: text('a task name as printed in Table H.1'),
  metric: z.enum(LATER_METRICS, { error: `one of ${LATER_METRICS.join(', ')}` }),
  split: text('the split as printed, or "not stated"'),
  setting,
  shots: z
    .string()
    .refine((s) => s === '' || /^\d+$/.test(s), 'blank, or a whole number of shots')
    .transform((s) => (s === '' ? null : Number(s))),
  score: number('a score as printed, e.g. 43.6'),
  comparable: z.enum(COMPARABILITY, { error: `one of ${COMPARABILITY.join(', ')}` }),
  note: z.string(),
  source: text('where the score was read'),
});

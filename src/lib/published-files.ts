// METHOD §10–§12: what each published file under data/ is, declared once, for the /data/ index page
// and its schema.org description. Column lists are not retyped: a CSV's columns are the header its
// writer uses (published.ts, published-later.ts, and schemas.ts for the raw table), each described
// by a record keyed by that header, so a column added to a writer without a description does not
// type-check; a JSON file's fields are keyed by the type its builder returns, likewise.
// tests/unit/published-files.test.ts checks every produced file against these declarations.
import { DEFAULT_ASSUMPTIONS } from './assumptions';
import type { HorizonBinStats, HorizonPrediction, backtestHorizonJson } from './backtest-horizon';
import { CEILING_NAMES, LOSS_MODEL_NAMES } from './names';
import { NORMALIZED_CSV_HEADER, type PublishedFits, type PublishedSeries } from './published';
import { LATER_MODELS_CSV_HEADER, type PublishedComparison, type PublishedForecast, type PublishedScore } from './published-later';
import { MODEL_LABELS, TABLE_H1_HEADER } from './schemas';
import type { Dataset, ForecastSummary } from './types';

/** What a column (or a JSON field) holds. `unit` is absent for names, ids and words. */
export interface ColumnDoc {
  unit?: string;
  meaning: string;
  /** The paper's number or word as printed, not something this site computed. */
  transcribed?: boolean;
}

export interface PublishedColumn extends ColumnDoc {
  /** As in the file: a CSV header cell, or a JSON field (`series[].x` for a field of a list's records). */
  name: string;
}

export interface Link {
  label: string;
  href: string;
}

export interface Licence {
  name: string;
  url: string;
}

export interface PublishedFile {
  /** Relative to the site's base, e.g. `data/normalized.csv`. */
  path: string;
  /** The file's name, e.g. `normalized.csv`. */
  name: string;
  mediaType: 'text/csv' | 'application/json';
  /** One sentence: what the file is. */
  description: string;
  /** A CSV's header in order; a JSON file's top-level fields, each list's record fields after it. */
  columns: PublishedColumn[];
  /** Where the numbers come from, in words, and the works to cite. */
  source: string;
  sources: Link[];
  /** The terms of use, in words; `licence` where the file is under one (the words then do not repeat it). */
  terms: string;
  licence?: Licence;
}

export const CC_BY_4: Licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export const GPT3_PAPER = {
  label: 'Brown et al. 2020, Language Models are Few-Shot Learners (arXiv:2005.14165)',
  href: 'https://arxiv.org/abs/2005.14165',
  name: 'Language Models are Few-Shot Learners',
  authors: 'Tom B. Brown et al.',
  year: 2020,
} as const;

const GPT3_CITE = 'Brown et al. 2020';

/** A description for every key of `T` (every member of a union), and for no other. */
type AllKeys<T> = T extends unknown ? keyof T : never;
type Docs<K extends PropertyKey> = { readonly [P in K]: ColumnDoc };

const columnsOf = <K extends string>(header: readonly K[], docs: Docs<K>): PublishedColumn[] =>
  header.map((name) => ({ name, ...docs[name] }));

/** A JSON file's fields: the top level, then each named list's record fields as `list[].field`. */
function fieldsOf<K extends string>(top: Docs<K>, lists: Partial<Record<K, Docs<string>>> = {}): PublishedColumn[] {
  return (Object.keys(top) as K[]).flatMap((name) => [
    { name, ...top[name] },
    ...Object.entries(lists[name] ?? {}).map(([field, doc]) => ({ name: `${name}[].${field}`, ...doc })),
  ]);
}

const LOSS = 'nats per token';
const NORMALISED = 'normalised score';
const METRIC_UNITS = "the metric's units";
const defaults = DEFAULT_ASSUMPTIONS;
const defaultLossModel = LOSS_MODEL_NAMES[defaults.lossModel];

const SETTING_DOC: ColumnDoc = { meaning: 'zero, one or few (-shot), as in Table H.1.' };
const ASSUMPTIONS_DOC: ColumnDoc = {
  meaning: 'The assumptions the file was computed under (the site’s defaults), one field per assumption, as in the permalink.',
};
const AXIS_DOC: ColumnDoc = {
  meaning: 'The x of the fits: kind (loss, or log-reducible: ln(L − E)) and E, the irreducible loss subtracted (0 on the loss axis).',
};

const H1_DOCS: Docs<(typeof TABLE_H1_HEADER)[number]> = {
  task: { meaning: 'The task as printed in Table H.1.', transcribed: true },
  category: { meaning: 'The paper’s §3 grouping (§3.9 split into Arithmetic, Word Scrambling and SAT Analogies).', transcribed: true },
  metric: { meaning: 'The metric as printed (acc, f1, BLEU-sb, ppl …).', transcribed: true },
  split: { meaning: 'The evaluation split as printed (dev, test, n/a).', transcribed: true },
  setting: { ...SETTING_DOC, transcribed: true },
  shots_k: { unit: 'examples', meaning: 'Examples in the prompt: 0 and 1 by definition, few-shot K as printed; blank where the table prints none.', transcribed: true },
  ...(Object.fromEntries(
    MODEL_LABELS.map((label) => [label, { unit: METRIC_UNITS, meaning: `GPT-3 ${label}’s score, as printed.`, transcribed: true }]),
  ) as Docs<(typeof MODEL_LABELS)[number]>),
  finetune_sota: { unit: METRIC_UNITS, meaning: 'The fine-tuned state of the art the paper prints, repeated on each setting’s row; blank where the table is blank.', transcribed: true },
  '175B_test_server': { unit: METRIC_UNITS, meaning: 'GPT-3 175B on the task’s test server, a different evaluation from the 175B column; blank where the paper prints none.', transcribed: true },
};

const NORMALIZED_DOCS: Docs<(typeof NORMALIZED_CSV_HEADER)[number]> = {
  task_id: { meaning: 'The task’s id (tasks.csv); its page is benchmarks/<task_id>/.' },
  task: { meaning: 'The task as printed in Table H.1.', transcribed: true },
  category: { meaning: 'The site’s category id (categories.csv).' },
  metric: { meaning: 'The task’s primary metric, as printed in Table H.1.', transcribed: true },
  setting: SETTING_DOC,
  model: { meaning: 'The GPT-3 model, by its Table H.1 column (125M … 175B).' },
  params: { unit: 'parameters', meaning: 'The model’s parameters in Table D.1 (embeddings included).', transcribed: true },
  loss: { unit: LOSS, meaning: `The loss the default loss model (${defaultLossModel}) assigns to the model.` },
  score: { unit: METRIC_UNITS, meaning: 'The Table H.1 score, as printed.', transcribed: true },
  chance: { unit: METRIC_UNITS, meaning: 'The score of random guessing (tasks.csv).' },
  ceiling: { unit: METRIC_UNITS, meaning: `Where the normalised score reaches 1, under the default ceiling (${CEILING_NAMES[defaults.ceilingPreset]}).` },
  normalized: { unit: NORMALISED, meaning: '(score − chance) / (ceiling − chance), unclipped: 0 at chance, 1 at the ceiling.' },
};

const FITS_DOCS: Docs<keyof PublishedFits> = {
  assumptions: ASSUMPTIONS_DOC,
  yardstick: {
    meaning: 'GPT-3 175B’s loss through the loss-to-compute conversion: gpt3Flop (its actual training FLOP), convertedFlop (FLOP) and offsetOrders, log10 of their ratio.',
  },
  axis: AXIS_DOC,
  series: { meaning: 'One record per task, category and the overall score, in each setting.' },
};

const SERIES_DOCS: Docs<keyof PublishedSeries> = {
  kind: { meaning: 'task, category or overall.' },
  id: { meaning: 'The task id, the category id, or overall.' },
  setting: SETTING_DOC,
  x: { unit: LOSS, meaning: 'The eight models’ losses, smallest model first.' },
  y: { unit: NORMALISED, meaning: 'The eight models’ normalised scores (0 at chance, 1 at the ceiling), same order.' },
  linear: { meaning: 'The line p = a + b·x: { a, b, r2 }, or { error } where the fit failed; a, b in the axis’ units.' },
  logistic: { meaning: 'The s-curve p = 1 / (1 + exp(k·(x − L50))): { k, L50, r2 }, or { error }; k, L50 in the axis’ units.' },
  crossings: {
    meaning:
      'Per fit form, per threshold: where the fit reaches it (status reached, already, never or no-fit), the loss, its resources (parameters, tokens, FLOP, dollars, ordersBeyondGpt3, beyondFittedRange, belowEntropyEstimate) and cost over time.',
  },
  backtest: { meaning: 'Per fit form: fitted on the seven smaller models, 175B predicted: predicted, actual, error (normalised units), or the failure.' },
};

type BacktestJson = ReturnType<typeof backtestHorizonJson>;

const BACKTEST_DOCS: Docs<keyof BacktestJson> = {
  assumptions: ASSUMPTIONS_DOC,
  axis: AXIS_DOC,
  ks: { unit: 'models', meaning: 'The numbers of smallest models fitted (k).' },
  forms: { meaning: 'The predicting forms: the two fits and the two baselines.' },
  error: { meaning: 'What an error is, in words.' },
  horizon: { meaning: 'What a horizon is, in words.' },
  predictions: { meaning: 'Every prediction: each series, setting and k, of each larger model.' },
  bins: { meaning: 'The absolute errors by horizon bin, per level (task or aggregate) and form, pooled over the settings.' },
  bins_by_setting: { meaning: 'The same bins for each setting alone: { zero, one, few }.' },
};

const PREDICTION_DOCS: Docs<keyof HorizonPrediction> = {
  kind: { meaning: 'task, category or overall.' },
  id: { meaning: 'The task id, the category id, or overall.' },
  setting: SETTING_DOC,
  k: { unit: 'models', meaning: 'The smallest k models were fitted.' },
  model: { meaning: 'The predicted model (a Table H.1 column).' },
  horizon_orders: { unit: 'orders of magnitude', meaning: 'log10 of the predicted model’s compute over the k-th model’s; null where a loss converts to none.' },
  observed: { unit: NORMALISED, meaning: 'The predicted model’s actual normalised score.' },
  predicted: { unit: NORMALISED, meaning: 'Per form; null where the fit failed. Error = observed − predicted.' },
};

const BIN_DOCS: Docs<keyof HorizonBinStats> = {
  level: { meaning: 'task, or aggregate (categories and overall).' },
  form: { meaning: 'The predicting form.' },
  bin: { meaning: 'The horizon bin’s label.' },
  lo: { unit: 'orders of magnitude', meaning: 'The bin’s lower edge (included).' },
  hi: { unit: 'orders of magnitude', meaning: 'The bin’s upper edge (excluded); null for an open last bin.' },
  horizon: { unit: 'orders of magnitude', meaning: 'The mean horizon of the bin’s predictions; null when none.' },
  count: { unit: 'predictions', meaning: 'Predictions in the bin with a prediction of this form.' },
  median: { unit: 'normalised units', meaning: 'Median absolute error; null when count is 0.' },
  mean: { unit: 'normalised units', meaning: 'Mean absolute error.' },
  p10: { unit: 'normalised units', meaning: '10th percentile of the absolute errors.' },
  p90: { unit: 'normalised units', meaning: '90th percentile of the absolute errors.' },
};

const LATER_CSV_DOCS: Docs<(typeof LATER_MODELS_CSV_HEADER)[number]> = {
  model: { meaning: 'The model as its paper names it (models.csv).', transcribed: true },
  family: { meaning: 'The model’s family.' },
  released: { unit: 'year-month', meaning: 'When the paper’s first arXiv version appeared.' },
  n_params: { unit: 'parameters', meaning: 'N, all parameters (embeddings included); blank where not disclosed.', transcribed: true },
  train_tokens: { unit: 'tokens', meaning: 'D, training tokens in the family’s own tokenizer; blank where not disclosed.', transcribed: true },
  train_flop: { unit: 'FLOP', meaning: 'C = 6ND; blank where N and D are not disclosed.' },
  tokenizer: { meaning: 'The family’s tokenizer (a token is not the same unit across families).' },
  loss_gpt3_frontier: { unit: LOSS, meaning: `The loss ${LOSS_MODEL_NAMES['gpt3-frontier']} assigns to C; blank where not disclosed.` },
  loss_kaplan_nd: { unit: LOSS, meaning: `The loss ${LOSS_MODEL_NAMES['kaplan-nd']} assigns to N and D; blank where not disclosed.` },
  loss_chinchilla: { unit: LOSS, meaning: `The loss ${LOSS_MODEL_NAMES.chinchilla} assigns to N and D; blank where not disclosed.` },
  kaplan_n: { meaning: 'Which N the Kaplan law took: total, or non-embedding.' },
  task: { meaning: 'The Table H.1 task name.' },
  metric: { meaning: 'The metric, named as in Table H.1.' },
  split: { meaning: 'The split as the paper states it.', transcribed: true },
  setting: SETTING_DOC,
  shots: { unit: 'examples', meaning: 'k as printed; blank where the paper prints none.', transcribed: true },
  score: { unit: METRIC_UNITS, meaning: 'The score as printed.', transcribed: true },
  comparable: { meaning: 'Whether the row measures what Table H.1 measures: yes, caveat or no.' },
  note: { meaning: 'Why the row is caveat or no.' },
  source: { meaning: 'The paper and table the row is transcribed from.' },
};

const FORECAST_DOCS: Docs<keyof PublishedForecast> = {
  assumptions: ASSUMPTIONS_DOC,
  comparisons: { meaning: 'One record per later model × task × setting whose row is comparable (yes or caveat).' },
  summary: { meaning: 'The errors’ aggregates (by overall, family, model, task, setting), then the later models’ category and overall scores.' },
};

const COMPARISON_DOCS: Docs<keyof PublishedComparison> = {
  model: { meaning: 'The later model.' },
  family: { meaning: 'Its family.' },
  task: { meaning: 'The task as printed in Table H.1.' },
  setting: SETTING_DOC,
  comparable: { meaning: 'yes, or caveat (see later-models.csv’s note).' },
  loss: { unit: LOSS, meaning: `The model’s loss under the default loss model (${defaultLossModel}); null where its size is not disclosed.` },
  horizon_orders: { unit: 'orders of magnitude', meaning: 'log10 of the compute of that loss over GPT-3 175B’s; null with loss.' },
  observed: { unit: NORMALISED, meaning: 'The model’s score, normalised with GPT-3’s chance and ceiling.' },
  predicted: { unit: NORMALISED, meaning: 'GPT-3’s fit of the task and setting at the loss, per form; null where the form failed or there is no loss.' },
  error: { unit: NORMALISED, meaning: 'observed − predicted, per form; null with predicted.' },
};

const SUMMARY_DOCS: Docs<AllKeys<ForecastSummary | PublishedScore>> = {
  by: { meaning: 'What the record groups: overall, family, model, task, setting, category-score or overall-score.' },
  id: { meaning: 'all, the family, the model, the task (by name), the setting, or the category id.' },
  n: { unit: 'comparisons', meaning: 'Aggregates: comparisons per form.' },
  mae: { unit: NORMALISED, meaning: 'Aggregates: mean absolute error per form.' },
  bias: { unit: NORMALISED, meaning: 'Aggregates: mean signed error (observed − predicted) per form.' },
  name: { meaning: 'Scores: the category’s name, or the overall score’s.' },
  model: { meaning: 'Scores: the later model.' },
  family: { meaning: 'Scores: its family.' },
  setting: { meaning: 'Scores: zero, one or few.' },
  members: { unit: 'tasks', meaning: 'Scores: the member tasks averaged (the model has every one).' },
  caveats: { unit: 'tasks', meaning: 'Scores: members whose rows are caveat.' },
  loss: { unit: LOSS, meaning: 'Scores: as in comparisons.' },
  horizon_orders: { unit: 'orders of magnitude', meaning: 'Scores: as in comparisons.' },
  observed: { unit: NORMALISED, meaning: 'Scores: the model’s category or overall score.' },
  predicted: { unit: NORMALISED, meaning: 'Scores: GPT-3’s category or overall fit at the loss, per form.' },
  error: { unit: NORMALISED, meaning: 'Scores: observed − predicted, per form.' },
};

/**
 * The later models' papers, read from the `source` cells of models.csv and scores.csv: each arXiv id
 * cited there once, labelled with the author and year that precede it in the first cell citing it.
 */
export function laterSources(dataset: Dataset): Link[] {
  const cells = [...dataset.later.models.map((m) => m.source), ...dataset.later.scores.map((s) => s.source)];
  const seen = new Map<string, string>();
  for (const cell of cells) {
    for (const match of cell.matchAll(/([A-Z][\p{L}-]*(?: et al\.)? \d{4}[a-z]?)[^;()]*?[(,]\s*arXiv:(\d{4}\.\d{4,5})/gu)) {
      const [, who, id] = match as unknown as [string, string, string];
      if (!seen.has(id)) seen.set(id, who);
    }
  }
  return [...seen].map(([id, who]) => ({ label: `${who} (arXiv:${id})`, href: `https://arxiv.org/abs/${id}` }));
}

const GPT3_LINK: Link = { label: GPT3_PAPER.label, href: GPT3_PAPER.href };

/** The columns a reader must cite a paper for, in words. */
const transcribedNames = (columns: readonly PublishedColumn[]) =>
  columns
    .filter((c) => c.transcribed)
    .map((c) => c.name)
    .join(', ');

const computedTerms = (columns: readonly PublishedColumn[], cite: string, from = 'Table H.1') => {
  const transcribed = transcribedNames(columns);
  const credit = transcribed ? `The columns ${transcribed} repeat the papers’ numbers as printed` : `Its numbers derive from ${from}`;
  return `Computed by this site. ${credit}: cite ${cite}.`;
};

/** Every file under data/, in the order the index lists them. */
export function publishedFiles(dataset: Dataset): PublishedFile[] {
  const h1 = columnsOf(TABLE_H1_HEADER, H1_DOCS);
  const normalizedColumns = columnsOf(NORMALIZED_CSV_HEADER, NORMALIZED_DOCS);
  const laterColumns = columnsOf(LATER_MODELS_CSV_HEADER, LATER_CSV_DOCS);
  const later = laterSources(dataset);
  const underDefaults = 'Computed by this site from Table H.1 under the default assumptions (see Method).';
  return [
    {
      path: 'data/gpt3-table-h1.csv',
      name: 'gpt3-table-h1.csv',
      mediaType: 'text/csv',
      description: 'Table H.1 of the GPT-3 paper: every task, metric and setting, for the eight model sizes, byte for byte as transcribed.',
      columns: h1,
      source: `Transcribed from Table H.1 of ${GPT3_CITE} (arXiv 2005.14165 v4) and checked cell by cell against independent copies; how, in src/content/data/PROVENANCE.md.`,
      sources: [GPT3_LINK],
      terms: `The paper’s numbers, transcribed for research use: cite ${GPT3_CITE}.`,
    },
    {
      path: 'data/normalized.csv',
      name: 'normalized.csv',
      mediaType: 'text/csv',
      description: 'One row per task × setting × GPT-3 model: the loss, the printed score, chance, ceiling and the normalised score.',
      columns: normalizedColumns,
      source: underDefaults,
      sources: [GPT3_LINK],
      terms: computedTerms(normalizedColumns, GPT3_CITE),
      licence: CC_BY_4,
    },
    {
      path: 'data/fits.json',
      name: 'fits.json',
      mediaType: 'application/json',
      description: 'Every task’s, category’s and the overall score’s points, fits, crossings and backtests, with the assumptions and the yardstick.',
      columns: fieldsOf(FITS_DOCS, { series: SERIES_DOCS }),
      source: underDefaults,
      sources: [GPT3_LINK],
      terms: computedTerms([], GPT3_CITE),
      licence: CC_BY_4,
    },
    {
      path: 'data/backtest.json',
      name: 'backtest.json',
      mediaType: 'application/json',
      description: 'The backtest by horizon: each series fitted on its smallest k models, every larger model predicted, and the errors by how far ahead.',
      columns: fieldsOf(BACKTEST_DOCS, { predictions: PREDICTION_DOCS, bins: BIN_DOCS }),
      source: underDefaults,
      sources: [GPT3_LINK],
      terms: computedTerms([], GPT3_CITE),
      licence: CC_BY_4,
    },
    {
      path: 'data/later-models.csv',
      name: 'later-models.csv',
      mediaType: 'text/csv',
      description: 'Every score of a model trained after GPT-3 on a Table H.1 task, with the model’s N, D, C = 6ND and its loss under each loss model.',
      columns: laterColumns,
      source: 'The rows of src/content/data/later-models/scores.csv and models.csv, each transcribed from the paper its source column names (see later-models/PROVENANCE.md); the compute and losses are computed by this site.',
      sources: later,
      terms: computedTerms(laterColumns, 'the paper each row’s source names'),
      licence: CC_BY_4,
    },
    {
      path: 'data/forecast.json',
      name: 'forecast.json',
      mediaType: 'application/json',
      description: 'GPT-3’s fits read at each later model’s loss, beside the score it got: the comparisons, the errors’ aggregates and the later models’ category scores.',
      columns: fieldsOf(FORECAST_DOCS, { comparisons: COMPARISON_DOCS, summary: SUMMARY_DOCS }),
      source: 'Computed by this site from Table H.1 and the later models’ rows under the default assumptions (see Method).',
      sources: [GPT3_LINK, ...later],
      terms: computedTerms([], `${GPT3_CITE} and the later models’ papers`, 'Table H.1 and the later models’ papers'),
      licence: CC_BY_4,
    },
  ];
}

// The shapes shared by the analysis (src/lib), the charts (src/components) and the pages.
// METHOD.md section numbers are given where a type stands for something the method defines.

export const SETTINGS = ['zero', 'one', 'few'] as const;
export type Setting = (typeof SETTINGS)[number];

/** §3: the three ways of assigning a cross-entropy loss to each GPT-3 model. */
export const LOSS_MODELS = ['gpt3-frontier', 'kaplan-nd', 'chinchilla'] as const;
export type LossModelId = (typeof LOSS_MODELS)[number];

/** §2: where a task's normalised score reaches 1. */
export const CEILING_PRESETS = ['perfect', 'sota-2020', 'custom'] as const;
export type CeilingPreset = (typeof CEILING_PRESETS)[number];

/** §5 */
export const FIT_FORMS = ['linear', 'logistic'] as const;
export type FitForm = (typeof FIT_FORMS)[number];

/** §5 `axis`: the x of the fits. */
export const FIT_AXES = ['loss', 'log-reducible'] as const;
export type FitAxisKind = (typeof FIT_AXES)[number];

/** §4: overall = mean of the 11 category means (`categories`, default) or of all tasks (`tasks`). */
export const AGGREGATIONS = ['categories', 'tasks'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export type SeriesKind = 'task' | 'category' | 'overall';

/** Everything a reader may change: declared once, as descriptors, in assumptions.ts. */
export type { Assumptions } from './assumptions';
import type { Assumptions } from './assumptions';

/** §11: whether a later model's score measures what Table H.1 measures (`note` gives the reason). */
export const COMPARABILITY = ['yes', 'caveat', 'no'] as const;
export type Comparability = (typeof COMPARABILITY)[number];

export interface Category {
  id: string;
  /** As the site prints it, e.g. "Closed-book QA". */
  name: string;
  /** The `category` string of Table H.1 rows in this category. */
  tableCategory: string;
}

export interface Task {
  /** URL slug, e.g. `anli-r1`. */
  id: string;
  /** As printed in Table H.1, e.g. `ANLI R1`. */
  name: string;
  category: string;
  /** Primary metric (§2), as printed in the `metric` column. */
  metric: string;
  chance: number;
  chanceReason: string;
  /** Random guessing would score above `chance` (free generation among a passage's entities, say). */
  chanceUnderstated: boolean;
  /** Whether the task's normalised score enters its category's mean (false for the SuperGLUE average). */
  aggregated: boolean;
}

export interface ModelSize {
  /** Column label in Table H.1, e.g. `175B`. */
  label: string;
  name: string;
  /** Table D.1 parameters (embeddings included). */
  params: number;
  nLayers: number;
  dModel: number;
  /** 12 · n_layer · d_model² (§3, kaplan-nd). */
  nonEmbeddingParams: number;
  computePfDays: number;
  computeFlop: number;
  trainingTokens: number;
}

/** One row of Table H.1 as parsed: scores keyed by model label. */
export interface ResultRow {
  task: string;
  category: string;
  metric: string;
  split: string;
  setting: Setting;
  shotsK: number | null;
  scores: Record<string, number>;
  finetuneSota: number | null;
  testServer175B: number | null;
  /** The CSV line this row came from (1-based, header = 1), for messages. */
  line: number;
}

export interface Reference {
  id: string;
  label: string;
  value: number;
  unit: 'FLOP' | 'parameters' | 'tokens' | 'words' | 'dollars' | 'dollars-per-word';
  placement: 'converted' | 'gpt3-175b';
  source: string;
  derivation: string;
}

/** §11: one row of later-models/models.csv. */
export interface LaterModel {
  /** As the paper names it, e.g. `PaLM 540B`. */
  name: string;
  family: string;
  /** Year-month of the paper's first arXiv version, e.g. `2022-04`. */
  released: string;
  /** N, all parameters (embeddings included); null where not disclosed (GPT-4, GPT-3.5). */
  params: number | null;
  /** D, training tokens in the family's own tokenizer; null where not disclosed. */
  tokens: number | null;
  tokenizer: string;
  source: string;
  line: number;
}

/** §11: one row of later-models/scores.csv: a later model's score on a Table H.1 task. */
export interface LaterScore {
  model: string;
  /** The Table H.1 task name, e.g. `ARC (Easy)`. */
  task: string;
  metric: string;
  split: string;
  setting: Setting;
  /** k as printed; null where the paper prints none. */
  shots: number | null;
  /** As printed, in the metric's units. */
  score: number;
  comparable: Comparability;
  /** Why the row is `caveat` or `no` (always given for those). */
  note: string;
  source: string;
  line: number;
}

export interface LaterModelsData {
  models: LaterModel[];
  scores: LaterScore[];
}

/** The validated inputs: everything `analyse` needs besides the assumptions. */
export interface Dataset {
  models: ModelSize[];
  categories: Category[];
  tasks: Task[];
  rows: ResultRow[];
  references: Reference[];
  /** §11: models published after GPT-3 and their scores on its tasks. */
  later: LaterModelsData;
}

/**
 * Why a fit failed, in kinds a reader is told about (fit-sentences.ts): bad input, a flat series,
 * scores all at chance or at the ceiling, a curve that worsens as loss falls, a midpoint the data do
 * not determine, a step between two models, or no convergence.
 */
export type FitFailureCode = 'input' | 'flat' | 'out-of-bounds' | 'declining' | 'unidentifiable' | 'step' | 'no-convergence';
/** `reason` is the detail (the solver's words), shown in the table view only. */
export type FitFailure = { ok: false; code: FitFailureCode; reason: string };
export type LinearFit = { ok: true; a: number; b: number; r2: number; residuals: number[] } | FitFailure;
export type LogisticFit = { ok: true; k: number; L50: number; r2: number; residuals: number[] } | FitFailure;

/** §6: what reaching a loss costs under one loss model, before it is set against GPT-3. */
export type Conversion =
  | { ok: true; loss: number; params: number; tokens: number; words: number; flop: number; dollars: number }
  | { ok: false; loss: number; reason: string };

/** §6: the one yardstick: the same conversion applied to GPT-3 175B's own loss. */
export interface Yardstick {
  /** GPT-3 175B's actual training compute (Table D.1). */
  gpt3Flop: number;
  /** C(L₁₇₅B): what the conversion assigns to GPT-3 175B's loss. */
  convertedFlop: number;
  /** log10(convertedFlop / gpt3Flop): shown once beside the yardstick, never mixed into distances. */
  offsetOrders: number;
}

/** §6 warnings: how far a crossing's N and D lie beyond the laws' data, and the entropy floor. */
export interface Validity {
  /** log10(ordersBeyondGpt3): log10(C(L) / C(L₁₇₅B)). */
  ordersBeyondGpt3: number;
  /** Orders of magnitude beyond the largest N and D the law was fitted on (negative: inside). */
  beyondFittedRange: { params: number; tokens: number };
  /** Whether the loss lies below the estimated entropy of text (1.69 nats per token). */
  belowEntropyEstimate: boolean;
}

/** §14: a crossing's cost after 5 and 10 years, and the year it falls to each budget (keyed "1e9"). */
export interface CostOverTime {
  in5Years: number;
  in10Years: number;
  yearAt: Record<string, number | 'already'>;
}

/** §6: what reaching a loss costs, with the yardstick and the warnings, and (§14) its cost over time. */
export type Resources = (Extract<Conversion, { ok: true }> & Validity & { cost: CostOverTime }) | Extract<Conversion, { ok: false }>;

/** A value with its bootstrap range (quantiles of the resampled values). */
export interface Range {
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
  /** Share of resamples in which the crossing was `never` (their values are excluded from the quantiles). */
  neverShare: number;
}

/** §8: where a fit reaches `threshold`. */
export type Crossing =
  | { threshold: number; status: 'reached'; loss: number; resources: Resources; lossRange?: Range }
  | { threshold: number; status: 'already'; loss: number; resources: Resources }
  | { threshold: number; status: 'never'; reason: string }
  | { threshold: number; status: 'no-fit'; code: FitFailureCode; reason: string };

/** §8: fit on the seven smaller models, predict 175B. */
export type Backtest =
  | { ok: true; predicted: number; actual: number; error: number }
  | FitFailure;

/** Bootstrap bands of a fitted curve on the analysis' loss grid. */
export interface Bands {
  loss: number[];
  lo95: number[];
  lo80: number[];
  median: number[];
  hi80: number[];
  hi95: number[];
}

export interface Series {
  kind: SeriesKind;
  /** Task id, category id, or `overall`. */
  id: string;
  name: string;
  setting: Setting;
  /** Losses of the eight models, smallest model first. */
  x: number[];
  /** Normalised scores, same order. */
  y: number[];
  linear: LinearFit;
  logistic: LogisticFit;
  crossings: Record<FitForm, Crossing[]>;
  backtest: Record<FitForm, Backtest>;
  /** Present on category and overall series of the chosen setting when the bootstrap is on. */
  bands?: Partial<Record<FitForm, Bands>>;
  /**
   * Added with `bands`: the bootstrap range of the crossing loss per threshold (same order as
   * `assumptions.thresholds`), whatever the point estimate's status (e.g. a `never` line whose
   * resamples sometimes rise); null where no resample reached the threshold.
   */
  crossingRanges?: Partial<Record<FitForm, (Range | null)[]>>;
}

/** Everything the pages show, for one assumptions object. */
export interface Analysis {
  assumptions: Assumptions;
  /** Loss of each model under the chosen loss model, smallest first. */
  losses: number[];
  /** Loss values where the extrapolation charts draw curves (from GPT-3's range down to far lower loss). */
  grid: number[];
  /** Every task, category and overall series for all three settings. */
  series: Series[];
  /** Reference lines converted to losses under the chosen loss model (§7). */
  referenceLosses: { reference: Reference; loss: number | null; note?: string }[];
  /** §6: GPT-3 175B's loss through the same conversion as every crossing. */
  yardstick: Yardstick;
  /** §5: the x of every fit (curves are drawn against loss through it). */
  axis: { kind: FitAxisKind; E: number };
  /**
   * §11: the later models placed on this loss axis, and GPT-3's fits checked against their scores.
   * Shared between analyses that place models and scores alike (analyse.ts): never mutate it.
   */
  forecast: Forecast;
  /** §11: Pythia's two eight-model suites run through the same method (losses, normalisation, fits, crossings). */
  suites: Suite[];
}

// ---- §11: later models ------------------------------------------------------------------------

/** Which N kaplan-nd took: non-embedding where layers and width are known, else all parameters. */
export type KaplanParamsKind = 'non-embedding' | 'total';

/** A later model on the loss axis: its own (N, D) through each loss model. */
export interface LaterModelLoss {
  model: string;
  family: string;
  params: number | null;
  tokens: number | null;
  /** C = 6ND FLOP (gpt3-frontier's input, in PF-days); null where N and D are not disclosed. */
  flop: number | null;
  /** The loss each loss model assigns; null: size not disclosed (shown as a marker, never on the axis). */
  losses: Record<LossModelId, number> | null;
  /** The N kaplan-nd used; null with `losses`. */
  kaplanParams: KaplanParamsKind | null;
  /** What a reader must know about this loss (size not disclosed, N used, tokenizer), in their words. */
  notes: string[];
}

/**
 * One model × task × setting of the forecast (`comparable` ≠ `no`). Scores are normalised with
 * GPT-3's chance and ceiling; errors are observed − predicted in normalised units (0.01 = 1 point).
 */
export interface Comparison {
  model: string;
  family: string;
  /** Task id (tasks.csv) and its name as printed. */
  taskId: string;
  task: string;
  category: string;
  setting: Setting;
  comparable: Exclude<Comparability, 'no'>;
  /** The row's note: the caveat's reason (some `yes` rows carry a remark too). */
  note: string;
  /** k of the later model's row, and GPT-3's k for this task and setting (Table H.1). */
  shots: number | null;
  gpt3Shots: number | null;
  /** The printed score, in the metric's units. */
  score: number;
  /** The scores.csv line. */
  line: number;
  /** Under the chosen loss model; null: size not disclosed (then horizon, predictions and errors are null too). */
  loss: number | null;
  /** §6 yardstick: log10(C(loss) / C(L₁₇₅B)); null where there is no loss. */
  horizon_orders: number | null;
  observed: number;
  /** GPT-3's fit of this task and setting at `loss`; null where that form failed. */
  predicted: Record<FitForm, number | null>;
  error: Record<FitForm, number | null>;
}

/** A later model's category (or overall) score, computed only where it has every member task. */
export interface AggregateComparison {
  kind: 'category' | 'overall';
  /** Category id, or `overall`. */
  id: string;
  name: string;
  model: string;
  family: string;
  setting: Setting;
  /** Member tasks averaged (all of the category's, or under `aggregation = categories` all 11 categories). */
  members: number;
  /** Members whose rows are `caveat`. */
  caveats: number;
  loss: number | null;
  horizon_orders: number | null;
  observed: number;
  /** GPT-3's category (or overall) fit at `loss`. */
  predicted: Record<FitForm, number | null>;
  error: Record<FitForm, number | null>;
}

export const FORECAST_GROUPS = ['overall', 'family', 'model', 'task', 'setting'] as const;
export type ForecastGroup = (typeof FORECAST_GROUPS)[number];

/** Mean absolute and mean signed error (bias) of one group's task comparisons, per form, with counts. */
export interface ForecastSummary {
  by: ForecastGroup;
  /** `all`, the family, the model, the task id, or the setting. */
  id: string;
  n: Record<FitForm, number>;
  mae: Record<FitForm, number | null>;
  bias: Record<FitForm, number | null>;
}

export interface Forecast {
  models: LaterModelLoss[];
  comparisons: Comparison[];
  aggregates: AggregateComparison[];
  summary: ForecastSummary[];
}

/** A GPT-3 method series fitted to a suite's eight models, with how comparable its rows are. */
export type SuiteSeries = Series & {
  /** The least comparable of its rows (`no` for Pythia's degenerate WSC), and their distinct notes. */
  comparable: Comparability;
  notes: string[];
};

/** §11: an eight-size, one-data-size suite like GPT-3's (Pythia, standard and deduplicated Pile). */
export interface Suite {
  id: string;
  name: string;
  family: string;
  /** Its models, smallest first, with N, and the one D they all share. */
  models: string[];
  params: number[];
  tokens: number;
  /** Under the chosen loss model, smallest model first (every series' `x`). */
  losses: number[];
  /** One per task and setting that every model of the suite has (primary metric). */
  series: SuiteSeries[];
}

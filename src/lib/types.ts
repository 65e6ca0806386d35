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

/** The validated inputs: everything `analyse` needs besides the assumptions. */
export interface Dataset {
  models: ModelSize[];
  categories: Category[];
  tasks: Task[];
  rows: ResultRow[];
  references: Reference[];
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
}

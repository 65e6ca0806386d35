// Everything a reader may change, declared once. Each descriptor holds an assumption's URL parameter,
// its schema (with the valid range), its default, its control and the reader's names of its values;
// from the table follow the Assumptions type, the defaults, the permalink codec (permalink.ts), the
// controls' markup (Controls.astro), the summary line (state-words.ts) and the sensitivity
// alternatives (sensitivity.ts). Adding an assumption is one entry here.
import { z } from './zod';
import { formatDollars, scientific, significant } from './format';
import { AGGREGATION_NAMES, AXIS_NAMES, CEILING_NAMES, LOSS_MODEL_NAMES, SETTING_NAMES } from './names';
import { PERFECT_CEILING } from './normalise';
import { budgetKey } from './time';
import { AGGREGATIONS, CEILING_PRESETS, FIT_AXES, FIT_FORMS, LOSS_MODELS, SETTINGS, type Dataset } from './types';

export const MAX_BOOTSTRAP = 5000;

/** §14's alternative: 8 months, Ho et al. 2024 (95 % interval 5 to 14 months). */
export const HO_ALGORITHM_HALVING = 0.67;

/**
 * The valid range of every numeric assumption, checked here and nowhere else. Wide enough for any
 * reading of the literature (price: a 1990s CPU to far beyond today's accelerators), narrow enough
 * that no conversion overflows to Infinity or underflows to 0.
 */
export const RANGES = {
  flopPerDollar: { min: 1e10, max: 1e25, unit: 'FLOP per dollar' },
  tokensPerWord: { min: 0.5, max: 5, unit: 'tokens per word' },
  /** Years; a halving time of 0 or less is no trend, and beyond a century none worth the name. */
  halving: { min: 0.01, max: 100, unit: 'years' },
  budget: { min: 1, max: 1e18, unit: 'dollars' },
  /** Percent of the way from chance to ceiling, both ends excluded. */
  thresholds: { min: 0, max: 100, unit: '%' },
  /** A custom ceiling may not exceed this many times the perfect score (100). */
  ceilingFactor: { min: 0, max: 10, unit: '× 100' },
} as const;

/** How a reader sets an assumption: the control's kind decides its markup. */
export type ControlKind = 'radio' | 'select' | 'number' | 'checkbox' | 'toggle' | 'ceilings';

/** One alternative value for the sensitivity table. */
export interface Alternative<T> {
  /** Defaults to `<key>=<value>`. */
  id?: string;
  label: string;
  value: T;
}

export interface AssumptionDescriptor<T> {
  /** The URL query parameter (and the form field's name). */
  param: string;
  /** The control's label. */
  label: string;
  control: ControlKind;
  schema: z.ZodType<T>;
  default: T;
  /** Shown in the benchmark pages' compact controls too. */
  compact?: boolean;
  /** For `radio` and `select`: each value with its reader's name. */
  choices?: readonly { value: string; name: string }[];
  /** The value as its query parameter's text (and the form control's). */
  encode: (value: T) => string;
  /** A query parameter's text back to a candidate value (which the schema then checks). */
  decode: (text: string) => unknown;
  /** The value in the summary line, e.g. "zero-shot" or "price 10¹⁸ FLOP per dollar". */
  summary: (value: T) => string;
  /** Values the sensitivity table tries instead of `base`. */
  alternatives?: (base: T) => Alternative<T>[];
  /** A one-click value offered beside a number field. */
  preset?: { value: T; label: string };
}

const finite = (what: string) =>
  z.number({ error: `${what} must be a number.` }).refine(Number.isFinite, `${what} must be a finite number.`);

const inRange = (what: string, { min, max, unit }: { min: number; max: number; unit: string }) =>
  finite(what).refine((n) => n >= min && n <= max, `${what} must lie between ${scientific(min)} and ${scientific(max)} ${unit}.`);

/** A number typed by a person: blank or junk is NaN (which the schema rejects with a message). */
export function decodeNumber(text: string): number {
  const trimmed = text.trim().replace(/%$/, '');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const decodeList = (text: string) => text.split(',').map(decodeNumber);

/** An entry written out in full (the helpers below build the common kinds). */
const entry = <T>(descriptor: AssumptionDescriptor<T>): AssumptionDescriptor<T> => descriptor;

/** An assumption chosen from a list; its alternatives are every other choice but those in `noAlternative`. */
function choice<T extends string>(options: {
  param: string;
  label: string;
  control: 'radio' | 'select';
  values: readonly [T, ...T[]];
  names: Record<T, string>;
  default: T;
  what: string;
  compact?: boolean;
  summary?: (name: string) => string;
  noAlternative?: readonly T[];
}): AssumptionDescriptor<T> {
  const { values, names, summary = (name) => name } = options;
  return {
    param: options.param,
    label: options.label,
    control: options.control,
    schema: z.enum(values as unknown as [T, ...T[]], { error: `Choose ${options.what}: ${values.join(', ')}.` }) as unknown as z.ZodType<T>,
    default: options.default,
    compact: options.compact,
    choices: values.map((value) => ({ value, name: names[value] })),
    encode: String,
    decode: (text) => text,
    summary: (value) => summary(names[value]),
    alternatives: (base) =>
      values
        .filter((value) => value !== base && !options.noAlternative?.includes(value))
        .map((value) => ({ label: `${options.label}: ${names[value]}`, value })),
  };
}

/** A number in a range. */
function numeric(options: {
  param: string;
  label: string;
  what: string;
  range: { min: number; max: number; unit: string };
  default: number;
  encode?: (value: number) => string;
  summary: (value: number) => string;
  alternatives?: (base: number) => Alternative<number>[];
  preset?: { value: number; label: string };
}): AssumptionDescriptor<number> {
  return {
    param: options.param,
    label: options.label,
    control: 'number',
    schema: inRange(options.what, options.range),
    default: options.default,
    encode: options.encode ?? String,
    decode: decodeNumber,
    summary: options.summary,
    alternatives: options.alternatives,
    preset: options.preset,
  };
}

const halving = (param: string, label: string, what: string, noun: string) =>
  numeric({ param, label, what, range: RANGES.halving, default: 2.5, summary: (v) => `${noun} halving every ${significant(v, 3)} years` });

const percentOf = (fraction: number) => String(Number((fraction * 100).toPrecision(6)));

/** The table: the order here is the controls' order and the summary line's. */
export const ASSUMPTIONS = {
  setting: choice({
    param: 'setting',
    label: 'Setting',
    control: 'radio',
    values: SETTINGS,
    names: SETTING_NAMES,
    default: 'few',
    what: 'a setting',
    compact: true,
  }),
  fitForm: choice({
    param: 'fit',
    label: 'Fit form',
    control: 'radio',
    values: FIT_FORMS,
    names: { linear: 'linear', logistic: 'logistic' },
    default: 'logistic',
    what: 'a fit form',
    compact: true,
    summary: (name) => `${name} fit`,
  }),
  lossModel: choice({
    param: 'loss',
    label: 'Loss model',
    control: 'select',
    values: LOSS_MODELS,
    names: LOSS_MODEL_NAMES,
    default: 'gpt3-frontier',
    what: 'a loss model',
    compact: true,
  }),
  axis: choice({
    param: 'axis',
    label: 'Fit against',
    control: 'select',
    values: FIT_AXES,
    names: AXIS_NAMES,
    default: 'loss',
    what: 'a fit axis',
    compact: true,
    summary: (name) => `fit against ${name}`,
  }),
  ceilingPreset: choice({
    param: 'ceiling',
    label: 'Ceiling',
    control: 'select',
    values: CEILING_PRESETS,
    names: CEILING_NAMES,
    default: 'perfect',
    what: 'a ceiling',
    compact: true,
    summary: (name) => `ceiling: ${name}`,
    noAlternative: ['custom'],
  }),
  customCeilings: entry<Record<string, number>>({
    param: 'c.',
    label: 'Custom ceilings',
    control: 'ceilings',
    schema: z.record(z.string(), finite('A ceiling'), { error: 'Custom ceilings must map task ids to numbers.' }),
    default: {},
    compact: true,
    // Written one parameter per task (c.<task id>); permalink.ts handles the prefix.
    encode: () => '',
    decode: () => ({}),
    summary: (ceilings) => `${Object.keys(ceilings).length} custom ceiling${Object.keys(ceilings).length === 1 ? '' : 's'}`,
  }),
  aggregation: choice({
    param: 'agg',
    label: 'Overall score',
    control: 'select',
    values: AGGREGATIONS,
    names: AGGREGATION_NAMES,
    default: 'categories',
    what: 'an aggregation',
    summary: (name) => `overall = ${name}`,
  }),
  flopPerDollar: numeric({
    param: 'price',
    label: 'Price: FLOP per dollar',
    what: 'The price',
    range: RANGES.flopPerDollar,
    default: 1e17,
    encode: (v) => v.toExponential().replace('e+', 'e'),
    summary: (v) => `${scientific(v)} FLOP per dollar`,
    alternatives: (base) => [
      { id: 'flopPerDollar×10', label: 'Compute 10× cheaper', value: base * 10 },
      { id: 'flopPerDollar÷10', label: 'Compute 10× dearer', value: base / 10 },
    ],
  }),
  tokensPerWord: numeric({
    param: 'tpw',
    label: 'Tokens per word',
    what: 'Tokens per word',
    range: RANGES.tokensPerWord,
    default: 1.4,
    summary: (v) => `${significant(v, 3)} tokens per word`,
  }),
  thresholds: entry<number[]>({
    param: 'thresholds',
    label: 'Thresholds, % of the way from chance to ceiling',
    control: 'number',
    // Stored as fractions (the analysis' unit); read and written in percent, the reader's.
    schema: z
      .array(
        finite('A threshold').refine((n) => n > 0 && n < 1, 'A threshold must lie strictly between 0% and 100% (e.g. 90).'),
        { error: 'Thresholds must be a list of numbers.' },
      )
      .min(1, 'Give at least one threshold.')
      .max(20, 'Give at most 20 thresholds.'),
    default: [0.5, 0.8, 0.9, 0.95, 0.99],
    encode: (v) => v.map(percentOf).join(','),
    decode: (text) => decodeList(text).map((n) => n / 100),
    summary: (v) => `thresholds ${v.map(percentOf).join(', ')} %`,
  }),
  hardwareHalving: {
    ...halving('hw', 'Hardware: years for a FLOP’s price to halve', 'The hardware halving time', 'hardware'),
    alternatives: (base: number) => [{ id: 'hardwareHalving×2', label: 'Hardware halves cost half as fast', value: base * 2 }],
  },
  algorithmHalving: {
    ...halving('algo', 'Algorithms: years for the compute a loss needs to halve', 'The algorithmic halving time', 'algorithms'),
    alternatives: (base: number) =>
      base === HO_ALGORITHM_HALVING
        ? []
        : [{ id: `algorithmHalving=${HO_ALGORITHM_HALVING}`, label: 'Algorithms halve compute every 8 months (Ho et al. 2024)', value: HO_ALGORITHM_HALVING }],
    preset: { value: HO_ALGORITHM_HALVING, label: '8 months (Ho et al. 2024)' },
  },
  budgets: entry<number[]>({
    param: 'budgets',
    label: 'Budgets, dollars',
    control: 'number',
    schema: z
      .array(inRange('A budget', RANGES.budget), { error: 'Budgets must be a list of numbers.' })
      .min(1, 'Give at least one budget.')
      .max(5, 'Give at most 5 budgets.'),
    default: [1e9, 1e10],
    encode: (v) => v.map(budgetKey).join(','),
    decode: decodeList,
    summary: (v) => `budgets ${v.map(formatDollars).join(', ')}`,
  }),
  bootstrap: entry<number>({
    param: 'bootstrap',
    label: 'Bootstrap uncertainty',
    control: 'checkbox',
    schema: finite('The number of resamples').refine(
      (n) => Number.isInteger(n) && n >= 0 && n <= MAX_BOOTSTRAP,
      `The number of resamples must be a whole number from 0 (off) to ${MAX_BOOTSTRAP}.`,
    ),
    default: 1000,
    encode: String,
    decode: (text) => (text === 'off' ? 0 : decodeNumber(text)),
    summary: (v) => (v === 0 ? 'bootstrap off' : `${v} bootstrap resamples`),
  }),
  includeCaveats: entry<boolean>({
    param: 'caveats',
    label: 'Include caveated comparisons',
    control: 'toggle',
    schema: z.boolean({ error: 'Include caveated comparisons must be true or false.' }),
    default: true,
    compact: true,
    encode: String,
    decode: (text) => (text === 'true' || text === 'on' ? true : text === 'false' || text === 'off' ? false : text),
    // No sensitivity alternative: it moves the later models' comparisons, not the crossings.
    summary: (v) => (v ? 'caveated comparisons included' : 'caveated comparisons left out'),
  }),
  seed: entry<number>({
    param: 'seed',
    label: 'Seed',
    control: 'number',
    schema: finite('The seed').refine((n) => Number.isInteger(n), 'The seed must be a whole number.'),
    default: 1,
    encode: String,
    decode: decodeNumber,
    summary: (v) => `seed ${v}`,
  }),
};

export type AssumptionKey = keyof typeof ASSUMPTIONS;
/** Everything a reader may change. `analyse(dataset, assumptions)` is a pure function of it. */
export type Assumptions = { [K in AssumptionKey]: (typeof ASSUMPTIONS)[K] extends AssumptionDescriptor<infer T> ? T : never };

/** The descriptors in table order, each with its key. */
export const ASSUMPTION_LIST = (Object.keys(ASSUMPTIONS) as AssumptionKey[]).map((key) => ({
  key,
  ...(ASSUMPTIONS[key] as AssumptionDescriptor<unknown>),
}));

/** METHOD's defaults. */
export const DEFAULT_ASSUMPTIONS = Object.fromEntries(ASSUMPTION_LIST.map((d) => [d.key, d.default])) as Assumptions;

export const assumptionsSchema = z.object(
  Object.fromEntries(ASSUMPTION_LIST.map((d) => [d.key, d.schema])) as { [K in AssumptionKey]: z.ZodType<Assumptions[K]> },
);

export interface AssumptionError {
  /** The assumption's key, with a path inside it where needed (e.g. `thresholds.2`, `customCeilings.cb`). */
  field: string;
  message: string;
}

export type ParsedAssumptions = { ok: true; value: Assumptions } | { ok: false; errors: AssumptionError[] };

/**
 * Check `input` (e.g. the browser's form state or a URL's query). With a dataset, custom ceilings
 * must name known tasks and lie above each task's chance level (normalisation divides by
 * ceiling − chance); they are only checked when the `custom` preset is chosen.
 */
export function parseAssumptions(input: unknown, dataset?: Dataset): ParsedAssumptions {
  const parsed = assumptionsSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || '(assumptions)',
        message: issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined ? `Missing: ${issue.message}` : issue.message,
      })),
    };
  }
  const value: Assumptions = {
    ...parsed.data,
    thresholds: [...parsed.data.thresholds],
    budgets: [...parsed.data.budgets],
    customCeilings: { ...parsed.data.customCeilings },
  };
  const errors = dataset && value.ceilingPreset === 'custom' ? customCeilingErrors(value.customCeilings, dataset) : [];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

/** The largest ceiling a reader may set for any task. */
export const MAX_CEILING = PERFECT_CEILING * RANGES.ceilingFactor.max;

function customCeilingErrors(customCeilings: Record<string, number>, dataset: Dataset): AssumptionError[] {
  const errors: AssumptionError[] = [];
  for (const [taskId, ceiling] of Object.entries(customCeilings)) {
    const task = dataset.tasks.find((t) => t.id === taskId);
    const field = `customCeilings.${taskId}`;
    if (task === undefined) {
      errors.push({ field, message: `There is no task "${taskId}".` });
    } else if (!(ceiling > task.chance) || ceiling > MAX_CEILING) {
      errors.push({
        field,
        message: `The ceiling of ${task.name} must lie above its chance level of ${significant(task.chance, 4)} and at most ${MAX_CEILING} ${task.metric} (got ${ceiling}).`,
      });
    }
  }
  return errors;
}

// Everything a reader may change (METHOD's defaults), and the check of a reader's edits. The
// browser shows each error next to the control named by `field`.
import { z } from 'zod';
import { scientific, significant } from './format';
import { PERFECT_CEILING } from './normalise';
import { AGGREGATIONS, CEILING_PRESETS, FIT_AXES, FIT_FORMS, LOSS_MODELS, SETTINGS, type Assumptions, type Dataset } from './types';

export const MAX_BOOTSTRAP = 5000;

/** §14's alternative: 8 months, Ho et al. 2024 (95 % interval 5 to 14 months). */
export const HO_ALGORITHM_HALVING = 0.67;

/** METHOD's defaults. */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  lossModel: 'gpt3-frontier',
  ceilingPreset: 'perfect',
  customCeilings: {},
  setting: 'few',
  fitForm: 'logistic',
  aggregation: 'categories',
  axis: 'loss',
  flopPerDollar: 1e17,
  tokensPerWord: 1.4,
  hardwareHalving: 2.5,
  algorithmHalving: 2.5,
  budgets: [1e9, 1e10],
  thresholds: [0.5, 0.8, 0.9, 0.95, 0.99],
  bootstrap: 1000,
  seed: 1,
  includeCaveats: true,
};

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
  /** Percent of the way from chance to ceiling. */
  thresholds: { min: 0, max: 100, unit: '%' },
  /** A custom ceiling may not exceed this many times the perfect score (100). */
  ceilingFactor: { min: 0, max: 10, unit: '× 100' },
} as const;

const inRange = (what: string, { min, max, unit }: { min: number; max: number; unit: string }) =>
  finite(what).refine((n) => n >= min && n <= max, `${what} must lie between ${scientific(min)} and ${scientific(max)} ${unit}.`);

const choice = <T extends readonly [string, ...string[]]>(options: T, what: string) =>
  z.enum(options, { error: `Choose ${what}: ${options.join(', ')}.` });

const finite = (what: string) => z.number({ error: `${what} must be a number.` }).refine(Number.isFinite, `${what} must be a finite number.`);

export const assumptionsSchema = z.object({
  lossModel: choice(LOSS_MODELS, 'a loss model'),
  ceilingPreset: choice(CEILING_PRESETS, 'a ceiling'),
  customCeilings: z.record(z.string(), finite('A ceiling'), { error: 'Custom ceilings must map task ids to numbers.' }),
  setting: choice(SETTINGS, 'a setting'),
  fitForm: choice(FIT_FORMS, 'a fit form'),
  aggregation: choice(AGGREGATIONS, 'an aggregation'),
  axis: choice(FIT_AXES, 'a fit axis'),
  flopPerDollar: inRange('The price', RANGES.flopPerDollar),
  tokensPerWord: inRange('Tokens per word', RANGES.tokensPerWord),
  hardwareHalving: inRange('The hardware halving time', RANGES.halving),
  algorithmHalving: inRange('The algorithmic halving time', RANGES.halving),
  budgets: z
    .array(inRange('A budget', RANGES.budget), { error: 'Budgets must be a list of numbers.' })
    .min(1, 'Give at least one budget.')
    .max(5, 'Give at most 5 budgets.'),
  thresholds: z
    .array(
      finite('A threshold').refine((n) => n > 0 && n < 1, 'A threshold must lie strictly between 0% and 100% (e.g. 90).'),
      { error: 'Thresholds must be a list of numbers.' },
    )
    .min(1, 'Give at least one threshold.')
    .max(20, 'Give at most 20 thresholds.'),
  bootstrap: finite('The number of resamples').refine(
    (n) => Number.isInteger(n) && n >= 0 && n <= MAX_BOOTSTRAP,
    `The number of resamples must be a whole number from 0 (off) to ${MAX_BOOTSTRAP}.`,
  ),
  seed: finite('The seed').refine((n) => Number.isInteger(n), 'The seed must be a whole number.'),
  includeCaveats: z.boolean({ error: 'Caveat rows are either included (true) or not (false).' }),
});

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
        message: issue.code === 'invalid_type' && issue.input === undefined ? `Missing: ${issue.message}` : issue.message,
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

function customCeilingErrors(customCeilings: Record<string, number>, dataset: Dataset): AssumptionError[] {
  const errors: AssumptionError[] = [];
  for (const [taskId, ceiling] of Object.entries(customCeilings)) {
    const task = dataset.tasks.find((t) => t.id === taskId);
    const field = `customCeilings.${taskId}`;
    if (task === undefined) {
      errors.push({ field, message: `There is no task "${taskId}".` });
    } else if (!(ceiling > task.chance) || ceiling > PERFECT_CEILING * RANGES.ceilingFactor.max) {
      errors.push({
        field,
        message: `The ceiling of ${task.name} must lie above its chance level of ${significant(task.chance, 4)} and at most ${PERFECT_CEILING * RANGES.ceilingFactor.max} ${task.metric} (got ${ceiling}).`,
      });
    }
  }
  return errors;
}

// Everything a reader may change (METHOD's defaults), and the check of a reader's edits. The
// browser shows each error next to the control named by `field`.
import { z } from 'zod';
import { AGGREGATIONS, CEILING_PRESETS, FIT_AXES, FIT_FORMS, LOSS_MODELS, SETTINGS, type Assumptions, type Dataset } from './types';

export const MAX_BOOTSTRAP = 5000;

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
  thresholds: [0.5, 0.8, 0.9, 0.95, 0.99],
  bootstrap: 1000,
  seed: 1,
};

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
  flopPerDollar: finite('The price').refine((n) => n > 0, 'The price must be above 0 FLOP per dollar.'),
  tokensPerWord: finite('Tokens per word').refine((n) => n > 0, 'Tokens per word must be above 0.'),
  thresholds: z
    .array(
      finite('A threshold').refine((n) => n > 0 && n < 1, 'A threshold must lie strictly between 0 and 1 (e.g. 0.9 for 90%).'),
      { error: 'Thresholds must be a list of numbers.' },
    )
    .min(1, 'Give at least one threshold.')
    .max(20, 'Give at most 20 thresholds.'),
  bootstrap: finite('The number of resamples').refine(
    (n) => Number.isInteger(n) && n >= 0 && n <= MAX_BOOTSTRAP,
    `The number of resamples must be a whole number from 0 (off) to ${MAX_BOOTSTRAP}.`,
  ),
  seed: finite('The seed').refine((n) => Number.isInteger(n), 'The seed must be a whole number.'),
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
  const value: Assumptions = { ...parsed.data, thresholds: [...parsed.data.thresholds], customCeilings: { ...parsed.data.customCeilings } };
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
    } else if (!(ceiling > task.chance)) {
      errors.push({
        field,
        message: `The ceiling of ${task.name} must lie above its chance level of ${task.chance} ${task.metric} (got ${ceiling}).`,
      });
    }
  }
  return errors;
}

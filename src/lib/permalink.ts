// Assumptions as URL query parameters and back: a permalink reproduces a page's state, and the
// controls' form uses the same names, so one decoder checks both. Only what differs from the
// defaults is written, so the default page's URL stays clean.
import { DEFAULT_ASSUMPTIONS, parseAssumptions } from './assumptions';
import type { Assumptions, Dataset } from './types';
import { budgetKey } from './time';

/** Query parameter of each assumption (custom ceilings use `c.<task id>`). */
export const PARAMS = {
  setting: 'setting',
  lossModel: 'loss',
  ceilingPreset: 'ceiling',
  fitForm: 'fit',
  aggregation: 'agg',
  axis: 'axis',
  flopPerDollar: 'price',
  tokensPerWord: 'tpw',
  hardwareHalving: 'hw',
  algorithmHalving: 'algo',
  budgets: 'budgets',
  thresholds: 'thresholds',
  bootstrap: 'bootstrap',
  seed: 'seed',
  includeCaveats: 'caveats',
} as const satisfies Record<Exclude<keyof Assumptions, 'customCeilings'>, string>;

export const CEILING_PARAM_PREFIX = 'c.';

type Scalar = Exclude<keyof Assumptions, 'customCeilings'>;
const FIELD_OF_PARAM = new Map<string, Scalar>(Object.entries(PARAMS).map(([field, param]) => [param, field as Scalar]));

export interface ParamProblem {
  /** The query parameter (or form field) at fault. */
  param: string;
  message: string;
}

export interface DecodedAssumptions {
  /** The defaults, overridden by every parameter that is valid. */
  assumptions: Assumptions;
  /** Parameters that were unknown or invalid and so were ignored. */
  problems: ParamProblem[];
}

/** Every scalar assumption as its query parameter's text (what a form control shows). */
export function paramValues(assumptions: Assumptions): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(PARAMS) as [Scalar, string][]).map(([field, param]) => [param, encodeValue(field, assumptions[field])]),
  );
}

/** The query parameters that set `assumptions` (those equal to the defaults are left out). */
export function encodeAssumptions(assumptions: Assumptions): URLSearchParams {
  const params = new URLSearchParams();
  const values = paramValues(assumptions);
  const defaults = paramValues(DEFAULT_ASSUMPTIONS);
  for (const [param, text] of Object.entries(values)) {
    if (text !== defaults[param]) params.set(param, text);
  }
  if (assumptions.ceilingPreset === 'custom') {
    for (const [task, ceiling] of Object.entries(assumptions.customCeilings).sort()) {
      params.set(CEILING_PARAM_PREFIX + task, String(ceiling));
    }
  }
  return params;
}

/**
 * The assumptions that `params` (a URL's query or a form's fields) describe. A parameter that is
 * unknown, malformed or out of range is ignored with a problem saying why; the rest still apply.
 */
export function decodeAssumptions(params: URLSearchParams, dataset: Dataset): DecodedAssumptions {
  const problems: ParamProblem[] = [];
  let assumptions: Assumptions = { ...DEFAULT_ASSUMPTIONS, customCeilings: {} };
  for (const [param, text] of params) {
    if (param.startsWith(CEILING_PARAM_PREFIX)) continue;
    const field = FIELD_OF_PARAM.get(param);
    if (field === undefined) {
      problems.push({ param, message: `Unknown parameter "${param}": ignored.` });
      continue;
    }
    const candidate = { ...assumptions, [field]: decodeValue(field, text) };
    const checked = parseAssumptions(candidate);
    if (checked.ok) assumptions = checked.value;
    else problems.push({ param, message: `${checked.errors[0]?.message ?? 'Invalid value.'} (got "${text}")` });
  }
  for (const [param, text] of params) {
    if (!param.startsWith(CEILING_PARAM_PREFIX)) continue;
    const task = param.slice(CEILING_PARAM_PREFIX.length);
    if (text.trim() === '') continue;
    const candidate = { ...assumptions, customCeilings: { ...assumptions.customCeilings, [task]: decodeNumber(text) } };
    // Ceilings are checked against chance whatever the preset, so a bad one is caught when typed.
    const checked = parseAssumptions({ ...candidate, ceilingPreset: 'custom' }, dataset);
    if (checked.ok) assumptions = { ...candidate, customCeilings: checked.value.customCeilings };
    else problems.push({ param, message: `${checked.errors[0]?.message ?? 'Invalid ceiling.'}` });
  }
  return { assumptions, problems };
}

function encodeValue(field: Scalar, value: Assumptions[Scalar]): string {
  switch (field) {
    case 'thresholds':
      return (value as number[]).map((t) => String(Number((t * 100).toPrecision(6)))).join(',');
    case 'flopPerDollar':
      return (value as number).toExponential().replace('e+', 'e');
    case 'budgets':
      return (value as number[]).map(budgetKey).join(',');
    default:
      return String(value);
  }
}

function decodeValue(field: Scalar, text: string): unknown {
  switch (field) {
    case 'thresholds':
      return text.split(',').map((part) => decodeNumber(part) / 100);
    case 'budgets':
      return text.split(',').map(decodeNumber);
    case 'hardwareHalving':
    case 'algorithmHalving':
    case 'flopPerDollar':
    case 'tokensPerWord':
    case 'bootstrap':
    case 'seed':
      return text === 'off' && field === 'bootstrap' ? 0 : decodeNumber(text);
    case 'includeCaveats':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}

/** A number typed by a person: blank or junk is NaN (which the schema rejects with a message). */
function decodeNumber(text: string): number {
  const trimmed = text.trim().replace(/%$/, '');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

// Assumptions as URL query parameters and back: a permalink reproduces a page's state, and the
// controls' form uses the same names, so one decoder checks both. Only what differs from the
// defaults is written, so the default page's URL stays clean.
import { ASSUMPTIONS, ASSUMPTION_LIST, DEFAULT_ASSUMPTIONS, decodeNumber, parseAssumptions, type AssumptionKey } from './assumptions';
import type { Assumptions, Dataset } from './types';

type Scalar = Exclude<AssumptionKey, 'customCeilings'>;
const SCALARS = ASSUMPTION_LIST.filter((d): d is (typeof ASSUMPTION_LIST)[number] & { key: Scalar } => d.control !== 'ceilings');

/** Query parameter of each assumption (custom ceilings use `c.<task id>`). */
export const PARAMS = Object.fromEntries(SCALARS.map((d) => [d.key, d.param])) as Record<Scalar, string>;

export const CEILING_PARAM_PREFIX = ASSUMPTIONS.customCeilings.param;

const DESCRIPTOR_OF_PARAM = new Map(SCALARS.map((d) => [d.param, d]));

export interface ParamProblem {
  /** The query parameter (or form field) at fault. */
  param: string;
  /** Beside the control: what is wrong and what is expected. */
  message: string;
  /** For a link: what it asked for and what the page shows instead, in a reader's words. */
  notice: string;
}

export interface DecodedAssumptions {
  /** The defaults, overridden by every parameter that is valid. */
  assumptions: Assumptions;
  /** Parameters that were unknown or invalid and so were ignored. */
  problems: ParamProblem[];
}

/** The value in force for a descriptor, as a reader reads it: "the default, few-shot" or "zero-shot". */
function shown(descriptor: (typeof SCALARS)[number], assumptions: Assumptions): string {
  const value = assumptions[descriptor.key];
  const summary = descriptor.summary(value as never);
  return descriptor.encode(value as never) === descriptor.encode(descriptor.default as never) ? `the default, ${summary}` : summary;
}

/** Every scalar assumption as its query parameter's text (what a form control shows). */
export function paramValues(assumptions: Assumptions): Record<string, string> {
  return Object.fromEntries(SCALARS.map((d) => [d.param, d.encode(assumptions[d.key])]));
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
    const descriptor = DESCRIPTOR_OF_PARAM.get(param);
    if (descriptor === undefined) {
      problems.push({
        param,
        message: `Unknown parameter "${param}": ignored.`,
        notice: `The link carries "${param}", which is not a setting of this site; it is ignored.`,
      });
      continue;
    }
    const candidate = { ...assumptions, [descriptor.key]: descriptor.decode(text) };
    const checked = parseAssumptions(candidate);
    if (checked.ok) assumptions = checked.value;
    else {
      const message = checked.errors[0]?.message ?? 'Invalid value.';
      const what = descriptor.label.charAt(0).toLowerCase() + descriptor.label.slice(1);
      const why = descriptor.choices ? 'which does not exist' : `which is not valid (${message.replace(/\.$/, '')})`;
      problems.push({
        param,
        message: `${message} (got "${text}")`,
        notice: `The link asked for ${what} "${text}", ${why}; showing ${shown(descriptor, assumptions)}.`,
      });
    }
  }
  for (const [param, text] of params) {
    if (!param.startsWith(CEILING_PARAM_PREFIX)) continue;
    const task = param.slice(CEILING_PARAM_PREFIX.length);
    if (text.trim() === '') continue;
    const candidate = { ...assumptions, customCeilings: { ...assumptions.customCeilings, [task]: decodeNumber(text) } };
    // Ceilings are checked against chance whatever the preset, so a bad one is caught when typed.
    const checked = parseAssumptions({ ...candidate, ceilingPreset: 'custom' }, dataset);
    if (checked.ok) assumptions = { ...candidate, customCeilings: checked.value.customCeilings };
    else {
      const message = checked.errors[0]?.message ?? 'Invalid ceiling.';
      problems.push({ param, message, notice: `The link asked for a ceiling of "${text}" for "${task}": ${message} That ceiling is not used.` });
    }
  }
  return { assumptions, problems };
}

// The words that name the reader's assumptions: the summary line of the collapsed controls, the
// "under the defaults" clauses of the essays, and the list of what is in force. Computed from the
// state like every number, so a sentence never names assumptions the page is not showing.
import { ASSUMPTION_LIST, DEFAULT_ASSUMPTIONS } from './assumptions';
import { scientific } from './format';
import { AGGREGATION_NAMES, AXIS_NAMES, LOSS_MODEL_NAMES, SETTING_NAMES } from './names';
import type { Assumptions } from './types';

/** Each assumption that differs from its default, as the summary line names it, in the descriptors' order. */
export function changedAssumptions(assumptions: Assumptions): string[] {
  return ASSUMPTION_LIST.filter(({ key, encode, control }) =>
    control === 'ceilings'
      ? assumptions.ceilingPreset === 'custom' && Object.keys(assumptions.customCeilings).length > 0
      : encode(assumptions[key]) !== encode(DEFAULT_ASSUMPTIONS[key]),
  ).map(({ key, summary }) => summary(assumptions[key]));
}

export const isDefaultState = (assumptions: Assumptions): boolean => changedAssumptions(assumptions).length === 0;

/** "defaults", or what differs from them: "zero-shot · Kaplan L(N, D) · ceiling: 2020 fine-tuned SOTA". */
export function stateSummary(assumptions: Assumptions): string {
  const changed = changedAssumptions(assumptions);
  return changed.length === 0 ? 'defaults' : changed.join(' · ');
}

/** "under the defaults", or "under your assumptions (zero-shot · …)". */
export function underClause(assumptions: Assumptions): string {
  return isDefaultState(assumptions) ? 'under the defaults' : `under your assumptions (${stateSummary(assumptions)})`;
}

/** What a single task's score rests on: setting, loss model (with the fit axis where not the default), ceiling. */
export function basisOfScores(a: Assumptions): string {
  const [setting, lossModel, ceiling] = basisParts(a);
  return `${setting}, ${lossModel} and ${ceiling}`;
}

/** The main assumptions in force, as a list for a sentence. */
export function activeAssumptions(a: Assumptions): string {
  return [
    ...basisParts(a),
    `the overall score as the ${AGGREGATION_NAMES[a.aggregation]}`,
    `and compute at ${scientific(a.flopPerDollar)} FLOP per dollar`,
  ].join(', ');
}

function basisParts(a: Assumptions): [string, string, string] {
  const axis = a.axis === DEFAULT_ASSUMPTIONS.axis ? '' : ` with fits against ${AXIS_NAMES[a.axis]}`;
  const ceiling =
    a.ceilingPreset === 'perfect'
      ? 'a ceiling of 100 % on every task'
      : a.ceilingPreset === 'sota-2020'
        ? 'the 2020 fine-tuned state of the art as each task’s ceiling'
        : 'your own ceilings where set (100 elsewhere)';
  return [`${SETTING_NAMES[a.setting]} prompts`, `the ${LOSS_MODEL_NAMES[a.lossModel]} loss model${axis}`, ceiling];
}

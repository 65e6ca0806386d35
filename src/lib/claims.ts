// METHOD §9: the 2020 post's claims, judged from the analysis rather than written for one state. Each
// verdict is a comparison of a computed number with the range the claim states, so it follows
// every assumption a reader changes.
import { findSeries } from './analyse';
import { curveAt } from './axis';
import { crossings } from './crossings';
import { formatOrders, formatPercent } from './format';
import { FIT_FORM_NAMES } from './names';
import { resourcesAt } from './yardstick';
import { FIT_FORMS, type Analysis, type FitForm } from './types';

/** Claim 1: near-optimal performance lies at least about this many orders beyond GPT-3 (about $1B). */
export const LOWER_BOUND = { threshold: 0.9, reference: 'billion-dollars' } as const;
/** Claim 2: more likely than not after five to six orders of magnitude. */
export const CENTRAL_RANGE = { threshold: 0.9, low: 5, high: 6 } as const;
/** Within this many orders of the range counts as near it ("just short of", "just beyond"). */
export const NEAR_ORDERS = 1;
/** Claim 3: 10¹⁵ parameters lands in the 90–95 % region (read generously: 85 to 97.5 %). */
export const PARAMETER_REGION = { reference: 'bio-anchors-params', low: 0.85, high: 0.975 } as const;

export const CLAIMS = ['lower-bound', 'central', 'parameters'] as const;
export type ClaimId = (typeof CLAIMS)[number];

export interface ClaimVerdict {
  verdict: 'supported' | 'consistent at the edge' | 'not supported' | 'undecided';
  /** The verdict and its reason, as a clause: "supported: at $1B both forms predict …". */
  text: string;
}

const overall = (analysis: Analysis) => findSeries(analysis, { kind: 'overall', id: 'overall' }, analysis.assumptions.setting);

const referenceLoss = (analysis: Analysis, id: string) => analysis.referenceLosses.find((r) => r.reference.id === id)?.loss ?? null;

type Scored = { form: FitForm; score: number };

/**
 * Each fitted form's predicted overall score at a reference line's loss, with the list a verdict
 * quotes; or the undecided verdict when the line reaches no loss or no form could be fitted.
 */
function predictedAt(analysis: Analysis, reference: string, what: string): { scored: Scored[]; list: string } | ClaimVerdict {
  const loss = referenceLoss(analysis, reference);
  if (loss === null) return { verdict: 'undecided', text: `undecided: ${what} reach no loss under this loss model` };
  const series = overall(analysis);
  const scored = FIT_FORMS.map((form) => ({ form, score: curveAt(form, series[form], loss, analysis.axis) })).filter(
    (p): p is Scored => p.score !== null,
  );
  if (scored.length === 0) return { verdict: 'undecided', text: 'undecided: neither form could be fitted' };
  return { scored, list: scored.map((p) => `${named(p.form)} ${formatPercent(p.score)}`).join(', ') };
}

const named = (form: FitForm) => `the ${FIT_FORM_NAMES[form]}`;

export function lowerBoundVerdict(analysis: Analysis): ClaimVerdict {
  const predicted = predictedAt(analysis, LOWER_BOUND.reference, '$1B of compute would');
  if ('verdict' in predicted) return predicted;
  const { scored, list } = predicted;
  const above = scored.filter((p) => p.score >= LOWER_BOUND.threshold);
  return above.length === 0
    ? { verdict: 'supported', text: `supported: at $1B the overall score is predicted below 90 % (${list})` }
    : { verdict: 'not supported', text: `not supported: at $1B ${above.map((p) => named(p.form)).join(' and ')} already predicts 90 % or more (${list})` };
}

/** Where a distance lies relative to [low, high], in words. */
export function placeInRange(orders: number, low: number, high: number): 'inside' | 'just short of' | 'just beyond' | 'well short of' | 'far beyond' {
  if (orders >= low && orders <= high) return 'inside';
  if (orders < low) return orders >= low - NEAR_ORDERS ? 'just short of' : 'well short of';
  return orders <= high + NEAR_ORDERS ? 'just beyond' : 'far beyond';
}

export function centralVerdict(analysis: Analysis): ClaimVerdict {
  const series = overall(analysis);
  const places = FIT_FORMS.map((form) => {
    const [crossing] = crossings(form, series[form], [CENTRAL_RANGE.threshold], Math.min(...analysis.losses), (loss) => resourcesAt(analysis, loss), analysis.axis);
    if (!crossing || crossing.status === 'no-fit') return { form, place: null, phrase: `${named(form)} has no fit` };
    if (crossing.status === 'never') return { form, place: 'far beyond' as const, phrase: `${named(form)} never reaches 90 %` };
    if (crossing.status === 'already') return { form, place: 'well short of' as const, phrase: `${named(form)} is past 90 % already at GPT-3` };
    if (!crossing.resources.ok) return { form, place: null, phrase: `${named(form)}’s 90 % loss is unreachable under this loss model` };
    const orders = crossing.resources.ordersBeyondGpt3;
    const place = placeInRange(orders, CENTRAL_RANGE.low, CENTRAL_RANGE.high);
    return { form, place, phrase: `${named(form)}’s 90 % crossing lies ${place === 'inside' ? 'inside' : place} the post’s five-to-six-orders range (${formatOrders(orders)} orders)` };
  });
  const placed = places.filter((p) => p.place !== null);
  const reasons = places.map((p) => p.phrase).join('; ');
  if (placed.length === 0) return { verdict: 'undecided', text: `undecided: ${reasons}` };
  const inside = placed.filter((p) => p.place === 'inside').length;
  const near = placed.filter((p) => p.place === 'inside' || p.place === 'just short of' || p.place === 'just beyond').length;
  const verdict = inside === placed.length ? 'supported' : near > 0 ? 'consistent at the edge' : 'not supported';
  return { verdict, text: `${verdict}: ${reasons}` };
}

export function parametersVerdict(analysis: Analysis): ClaimVerdict {
  const predicted = predictedAt(analysis, PARAMETER_REGION.reference, '10¹⁵ parameters would');
  if ('verdict' in predicted) return predicted;
  const { scored, list } = predicted;
  const inRegion = scored.filter((p) => p.score >= PARAMETER_REGION.low && p.score <= PARAMETER_REGION.high).length;
  const verdict = inRegion === scored.length ? 'supported' : inRegion > 0 ? 'consistent at the edge' : 'not supported';
  const phrase = { supported: 'in the right range', 'consistent at the edge': 'partly in the right range', 'not supported': 'not in the 90–95 % region' }[verdict];
  return { verdict, text: `${phrase}: at 10¹⁵ parameters the overall score is predicted at ${list}` };
}

export function claimVerdict(analysis: Analysis, claim: ClaimId): ClaimVerdict {
  switch (claim) {
    case 'lower-bound':
      return lowerBoundVerdict(analysis);
    case 'central':
      return centralVerdict(analysis);
    case 'parameters':
      return parametersVerdict(analysis);
  }
}

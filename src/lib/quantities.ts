// The computed numbers an essay can quote (`<Num of="…" />`): each is named by a key, looked up in an
// Analysis, and printed with `format.ts`. Keys are checked against the dataset, so a typo fails the
// build with the valid choices instead of printing nothing.
import { findSeries } from './analyse';
import { backtestSentence, fitSentence } from './fit-sentences';
import {
  HORIZON_LEVELS,
  backtestByHorizon,
  horizonVerdict,
  largestTestedHorizon,
  levelOf,
  timesFarther,
  type BacktestHorizonResult,
  type HorizonLevel,
} from './backtest-horizon';
import { meanAbsoluteBacktestError } from './backtest';
import { parseSeriesRef } from './series-ref';
import { crossings } from './crossings';
import { curveAt } from './axis';
import {
  formatDollars,
  formatFlop,
  formatLoss,
  formatOrders,
  formatParams,
  formatPercent,
  formatPoints,
  formatR2,
  formatTokens,
  formatWords,
  significant,
  formatAbsPoints,
} from './format';
import { resourcesAt, warningText } from './yardstick';
import { BASE_YEAR, costInYear, yearAtBudget } from './time';
import { HO_ALGORITHM_HALVING } from './assumptions';
import { CLAIMS, claimVerdict, type ClaimId } from './claims';
import { errorsOf, horizonRange, reading2023 } from './forecast-readings';
import { largestMisses } from './forecast';
import { activeAssumptions, basisOfScores, stateSummary, underClause } from './state-words';
import { capitalise } from './format';
import { FIT_FORM_NAMES, SETTING_NAMES } from './names';
import { modelLoss } from './loss-models';
import { LOSS_MODELS, type Analysis, type Assumptions, type Comparison, type Crossing, type Dataset, type LossModelId, type FitForm, type Series, type Setting } from './types';

export const CROSSING_FIELDS = ['loss', 'params', 'tokens', 'words', 'flop', 'dollars', 'orders', 'params-beyond-fit', 'tokens-beyond-fit'] as const;
export type CrossingField = (typeof CROSSING_FIELDS)[number];
/** Ends of a bootstrap range, named by resources: lo is the cheap end (the higher loss). */
export const RANGE_BOUNDS = ['lo95', 'lo80', 'hi80', 'hi95'] as const;
export type RangeBound = (typeof RANGE_BOUNDS)[number];

/** The forms a key takes; `<series>` is `overall`, `category:<id>`, `task:<id>`, or an id that names one series only. */
export const QUANTITY_FORMS = [
  'crossing.<series>.<percent>.<field>   where field is one of ' + CROSSING_FIELDS.join(', '),
  'reach.<series>.<percent>.<field>      the same crossing as a verb phrase for prose, worded for every outcome: "is reached at +7.2 orders of magnitude beyond GPT-3 ($460 trillion)", "is never reached", "is already reached at GPT-3 175B"',
  'score.<series>.<model>                normalised score of a model, e.g. score.overall.175B',
  'loss.<model>[.<loss model>]           loss of a model under the chosen loss model, or under the one named, e.g. loss.175B, loss.175B.gpt3-frontier',
  'resources.<model>.<field>             what the loss-to-resources conversion assigns to a model\'s loss, e.g. resources.175B.orders',
  'range.<series>.<percent>.<bound>.<field>  bootstrap range of a crossing (overall or a category, chosen setting); bound lo95, lo80, hi80 or hi95, where lo is the cheap end (higher loss), e.g. range.overall.90.lo95.orders',
  'reference.<reference>                 loss a reference line of references.csv reaches, e.g. reference.billion-dollars',
  'predicted.<series>.<reference>        the fit\'s normalised score at a reference line\'s loss, e.g. predicted.overall.billion-dollars',
  'r2.<series> | L50.<series> | k.<series>',
  'fit-sentence.<series> | backtest-sentence.<series>  both forms\' R² or their backtest errors as a sentence, worded for every outcome (no fit, no backtest)',
  'backtest.<series>                     error of the fit-on-seven prediction of 175B',
  'backtest-mae.<task|category>          mean absolute backtest error over all tasks or categories',
  'when.<series>.<percent>.<field>[.ho]  §14: field is ' + 'in5Years, in10Years, year-1e9, year-1e10 (the year the cost falls to $1B, $10B), sentence (all of them as a sentence, worded for every outcome) or verdict (the seed\'s "$1B–$10B in five to ten years"); .ho: under Ho et al. 2024\'s 8-month algorithmic halving',
  'horizon-verdict.task | horizon-verdict.aggregate  §12: whether the fits beat the baselines, by horizon, in the chosen setting',
  'tested.<series>.<percent>             §12: the largest horizon the backtest tested, its median error there, and how many times farther the crossing lies',
  'yardstick.offset | yardstick.flop     GPT-3 175B\'s loss through the conversion: its distance from GPT-3\'s actual 3.14e23 FLOP, and its FLOP',
  'count.tasks | count.categories | count.models',
  'forecast.<n|mae|bias>.<family|all>[.<category>]  §11: the later models\' comparisons with GPT-3\'s fits (chosen form): count, mean absolute error, bias (observed − predicted), e.g. forecast.bias.PaLM.superglue',
  'forecast.misses                       §11: the five comparisons the chosen form missed most, as a sentence with their direction',
  'forecast.horizon                      §11: how far beyond GPT-3 175B the later models reach, in orders of magnitude',
  'reading2023.<percent>                 Finnveden\'s 2023 reading (chinchilla, fits against ln(L − E)): the overall crossing beyond GPT-3 and beyond the farthest later model',
  'claim.<lower-bound|central|parameters>  §9: the post\'s claim judged against the computation, with its reason',
  'state.<summary|under|Under|active|basis|setting|fit>  the reader\'s assumptions in words: "defaults" or what differs; "under the defaults" or "under your assumptions (…)"; the main assumptions in force; what a task\'s score rests on; the setting',
] as const;

/** The `state.` words (state-words.ts). */
export const STATE_WORDS = ['summary', 'under', 'Under', 'active', 'basis', 'setting', 'fit'] as const;

export interface QuantityOptions {
  /** Overrides the analysis' chosen setting. */
  setting?: Setting | undefined;
  /** Overrides the analysis' chosen fit form. */
  fit?: FitForm | undefined;
  /**
   * The reader's assumptions, for the `state.` words, where they differ from the analysis' own (the
   * browser analyses without the bootstrap first, and its bands follow).
   */
  state?: Assumptions | undefined;
}

export interface Quantity {
  /** The number itself, or null where there is none (a crossing that is never reached, a failed fit). */
  value: number | null;
  text: string;
  /** A crossing's §6 warnings, printed with it wherever it is quoted. */
  warning?: string;
}

export class QuantityError extends Error {
  override name = 'QuantityError';
}

/** Throws a QuantityError, naming the valid choices, unless `key` names a quantity of `dataset`. */
export function checkQuantityKey(key: string, dataset: Dataset): void {
  const parts = key.split('.');
  const [head, ...rest] = parts;
  const models = dataset.models.map((m) => m.label);
  const fail = (what: string): never => {
    throw new QuantityError(`"${key}": ${what}. A key takes one of these forms:\n  ${QUANTITY_FORMS.join('\n  ')}`);
  };
  const series = (id: string | undefined) => {
    try {
      parseSeriesRef(id ?? '', dataset);
    } catch (error) {
      fail((error as Error).message);
    }
  };
  const reference = (id: string | undefined) => {
    if (id === undefined || !dataset.references.some((r) => r.id === id)) fail(`"${id ?? ''}" is not a reference line; expected one of ${dataset.references.map((r) => r.id).join(', ')}`);
  };
  const model = (label: string | undefined) => {
    if (label === undefined || !models.includes(label)) fail(`"${label ?? ''}" is not a model; expected one of ${models.join(', ')}`);
  };
  switch (head) {
    case 'crossing':
    case 'reach': {
      const [id, percent, field] = rest;
      series(id);
      const share = Number(percent) / 100;
      if (!(share > 0 && share < 1)) fail(`"${percent ?? ''}" is not a percentage strictly between 0 and 100`);
      if (!(CROSSING_FIELDS as readonly string[]).includes(field ?? '')) fail(`"${field ?? ''}" is not a crossing field`);
      if (rest.length !== 3) fail('a crossing key has four parts');
      return;
    }
    case 'score':
      series(rest[0]);
      // Model labels may hold a dot (1.3B).
      model(rest.slice(1).join('.'));
      return;
    case 'loss':
      // loss.<model> or loss.<model>.<loss model> (model labels may hold a dot, as in 1.3B).
      model((isLossModel(rest[rest.length - 1]) ? rest.slice(0, -1) : rest).join('.'));
      return;
    case 'resources': {
      // Model labels may hold a dot (1.3B), so the field is the last part and the model the rest.
      const field = rest[rest.length - 1];
      model(rest.slice(0, -1).join('.'));
      if (!(CROSSING_FIELDS as readonly string[]).includes(field ?? '')) fail(`"${field ?? ''}" is not a resource field`);
      return;
    }
    case 'range': {
      const [id, percent, bound, field] = rest;
      series(id);
      const share = Number(percent) / 100;
      if (!(share > 0 && share < 1)) fail(`"${percent ?? ''}" is not a percentage strictly between 0 and 100`);
      if (!(RANGE_BOUNDS as readonly string[]).includes(bound ?? '')) fail(`"${bound ?? ''}" is not a bound; expected ${RANGE_BOUNDS.join(', ')}`);
      if (!(CROSSING_FIELDS as readonly string[]).includes(field ?? '')) fail(`"${field ?? ''}" is not a crossing field`);
      if (rest.length !== 4) fail('a range key has five parts');
      return;
    }
    case 'reference':
      reference(rest[0]);
      if (rest.length !== 1) fail('a reference key has two parts');
      return;
    case 'predicted':
      series(rest[0]);
      reference(rest[1]);
      if (rest.length !== 2) fail('a predicted key has three parts');
      return;
    case 'fit-sentence':
    case 'backtest-sentence':
    case 'r2':
    case 'L50':
    case 'k':
    case 'backtest':
      series(rest[0]);
      if (rest.length !== 1) fail(`a ${head} key has two parts`);
      return;
    case 'backtest-mae':
      if (rest.length !== 1 || !['task', 'category'].includes(rest[0] ?? '')) fail('expected backtest-mae.task or backtest-mae.category');
      return;
    case 'when': {
      const [id, percent, field, view] = rest;
      series(id);
      const share = Number(percent) / 100;
      if (!(share > 0 && share < 1)) fail(`"${percent ?? ''}" is not a percentage strictly between 0 and 100`);
      if (!(WHEN_FIELDS as readonly string[]).includes(field ?? '')) fail(`"${field ?? ''}" is not a time field; expected ${WHEN_FIELDS.join(', ')}`);
      if (view !== undefined && view !== 'ho') fail(`"${view}" is not a view; leave it out (the reader's halving times) or write ho (Ho et al. 2024's 8 months)`);
      if (rest.length > 4) fail('a when key has four or five parts');
      return;
    }
    case 'horizon-verdict':
      if (rest.length !== 1 || !(HORIZON_LEVELS as readonly string[]).includes(rest[0] ?? '')) fail(`expected horizon-verdict.${HORIZON_LEVELS.join(' or horizon-verdict.')}`);
      return;
    case 'tested': {
      const [id, percent] = rest;
      series(id);
      const share = Number(percent) / 100;
      if (!(share > 0 && share < 1)) fail(`"${percent ?? ''}" is not a percentage strictly between 0 and 100`);
      if (rest.length !== 2) fail('a tested key has three parts');
      return;
    }
    case 'yardstick':
      if (rest.length !== 1 || !['offset', 'flop'].includes(rest[0] ?? '')) fail('expected yardstick.offset or yardstick.flop');
      return;
    case 'count':
      if (rest.length !== 1 || !['tasks', 'categories', 'models'].includes(rest[0] ?? '')) fail('expected count.tasks, count.categories or count.models');
      return;
    case 'forecast': {
      if ((rest[0] === 'horizon' || rest[0] === 'misses') && rest.length === 1) return;
      const [stat, family, category] = rest;
      if (!['n', 'mae', 'bias'].includes(stat ?? '')) fail('expected forecast.n, forecast.mae, forecast.bias or forecast.horizon');
      const families = ['all', ...new Set(dataset.later.models.map((m) => m.family))];
      if (!families.includes(family ?? '')) fail(`"${family ?? ''}" is not a family; expected one of ${families.join(', ')}`);
      if (category !== undefined && !dataset.categories.some((c) => c.id === category)) fail(`"${category}" is not a category`);
      if (rest.length > 3) fail('a forecast key has at most four parts');
      return;
    }
    case 'reading2023': {
      const share = Number(rest[0]) / 100;
      if (rest.length !== 1 || !(share > 0 && share < 1)) fail('expected reading2023.<percent>, e.g. reading2023.90');
      return;
    }
    case 'claim':
      if (rest.length !== 1 || !(CLAIMS as readonly string[]).includes(rest[0] ?? '')) fail(`expected claim.${CLAIMS.join(' or claim.')}`);
      return;
    case 'state':
      if (rest.length !== 1 || !(STATE_WORDS as readonly string[]).includes(rest[0] ?? '')) fail(`expected state.${STATE_WORDS.join(' or state.')}`);
      return;
    default:
      fail(`"${head ?? ''}" is not a kind of quantity`);
  }
}

/** The quantity `key` names, computed from `analysis` (call `checkQuantityKey` first for a clear error). */
export function quantity(analysis: Analysis, dataset: Dataset, key: string, options: QuantityOptions = {}): Quantity {
  const setting = options.setting ?? analysis.assumptions.setting;
  const form = options.fit ?? analysis.assumptions.fitForm;
  const [head, ...rest] = key.split('.');
  const find = (text: string) => findSeries(analysis, parseSeriesRef(text, dataset), setting);
  const modelIndex = (label: string) => dataset.models.findIndex((m) => m.label === label);
  switch (head) {
    case 'crossing':
      return crossingQuantity(analysis, find(rest[0]!), form, Number(rest[1]) / 100, rest[2] as CrossingField);
    case 'reach':
      return reachQuantity(analysis, find(rest[0]!), form, Number(rest[1]) / 100, rest[2] as CrossingField);
    case 'score': {
      const value = find(rest[0]!).y[modelIndex(rest.slice(1).join('.'))] ?? null;
      return value === null ? none('no score') : { value, text: formatPercent(value) };
    }
    case 'loss': {
      const pinned = rest[rest.length - 1];
      if (isLossModel(pinned)) {
        const model = dataset.models[modelIndex(rest.slice(0, -1).join('.'))];
        return model === undefined ? none('no loss') : { value: modelLoss(model, pinned), text: formatLoss(modelLoss(model, pinned)) };
      }
      const value = analysis.losses[modelIndex(rest.join('.'))] ?? null;
      return value === null ? none('no loss') : { value, text: formatLoss(value) };
    }
    case 'resources': {
      const value = analysis.losses[modelIndex(rest.slice(0, -1).join('.'))] ?? null;
      return value === null ? none('no loss') : resourceQuantity(analysis, value, rest[rest.length - 1] as CrossingField);
    }
    case 'range': {
      const [id, percent, bound, field] = rest as [string, string, RangeBound, CrossingField];
      const series = find(id);
      const index = analysis.assumptions.thresholds.findIndex((t) => Math.abs(t - Number(percent) / 100) < 1e-9);
      const range = index < 0 ? null : (series.crossingRanges?.[form]?.[index] ?? null);
      if (range === null) return none('unavailable (no bootstrap range)');
      // A cheaper crossing is a higher loss: lo (cheap end) reads the range's upper loss quantile.
      const loss = { lo95: range.hi95, lo80: range.hi80, hi80: range.lo80, hi95: range.lo95 }[bound];
      return resourceQuantity(analysis, loss, field);
    }
    case 'reference': {
      const loss = referenceLoss(analysis, rest[0]!);
      return loss === null ? none('not reachable') : { value: loss, text: formatLoss(loss) };
    }
    case 'predicted': {
      const loss = referenceLoss(analysis, rest[1]!);
      if (loss === null) return none('not reachable');
      const value = curveAt(form, find(rest[0]!)[form], loss, analysis.axis);
      return value === null ? none(`no ${form} fit`) : { value, text: formatPercent(value) };
    }
    case 'r2':
    case 'L50':
    case 'k': {
      const fit = find(rest[0]!)[form];
      if (!fit.ok) return none(`no ${form} fit`);
      const value = head === 'r2' ? fit.r2 : head === 'L50' && 'L50' in fit ? fit.L50 : 'k' in fit ? fit.k : null;
      if (value === null) return none(`a ${form} fit has no ${head}`);
      return { value, text: head === 'L50' ? formatLoss(value) : head === 'r2' ? formatR2(value) : significant(value, 3) };
    }
    case 'fit-sentence':
      return { value: null, text: fitSentence(find(rest[0]!)) };
    case 'backtest-sentence':
      return { value: null, text: backtestSentence(find(rest[0]!)) };
    case 'backtest': {
      const result = find(rest[0]!).backtest[form];
      return result.ok ? { value: result.error, text: points(result.error) } : none('no backtest');
    }
    case 'backtest-mae': {
      const mae = meanAbsoluteBacktestError(analysis.series, rest[0] as 'task' | 'category', setting, form);
      // A mean of absolute errors has no sign to print.
      return mae === null ? none('no backtest') : { value: mae.value, text: `${significant(mae.value * 100, 2)} points` };
    }
    case 'when': {
      const [id, percent, field, view] = rest as [string, string, WhenField, string | undefined];
      return whenQuantity(analysis, find(id), form, Number(percent) / 100, field, view === 'ho');
    }
    case 'horizon-verdict':
      return { value: null, text: horizonVerdict(horizon(analysis, dataset, rest[0] as HorizonLevel), rest[0] as HorizonLevel) };
    case 'tested': {
      const [id, percent] = rest as [string, string];
      return testedQuantity(analysis, dataset, find(id), form, Number(percent) / 100);
    }
    case 'yardstick': {
      const { offsetOrders, convertedFlop } = analysis.yardstick;
      return rest[0] === 'offset'
        ? { value: offsetOrders, text: `${formatOrders(offsetOrders)} orders of magnitude` }
        : { value: convertedFlop, text: formatFlop(convertedFlop) };
    }
    case 'count': {
      const value = rest[0] === 'tasks' ? dataset.tasks.length : rest[0] === 'categories' ? dataset.categories.length : dataset.models.length;
      return { value, text: String(value) };
    }
    case 'claim':
      return { value: null, text: claimVerdict(analysis, rest[0] as ClaimId).text };
    case 'forecast':
      return forecastQuantity(analysis, rest, form);
    case 'reading2023':
      return reading2023Quantity(analysis, dataset, Number(rest[0]) / 100);
    case 'state':
      return { value: null, text: stateWords(options.state ?? analysis.assumptions, rest[0] as (typeof STATE_WORDS)[number]) };
    default:
      throw new QuantityError(`"${key}" is not a quantity`);
  }
}


function crossingQuantity(analysis: Analysis, series: Series, form: FitForm, threshold: number, field: CrossingField): Quantity {
  const toResources = (loss: number) => resourcesAt(analysis, loss);
  const [crossing] = crossings(form, series[form], [threshold], Math.min(...analysis.losses), toResources, analysis.axis);
  if (!crossing) return none('no crossing');
  if (crossing.status === 'never' || crossing.status === 'no-fit') return none(crossing.status === 'never' ? 'never' : 'no fit');
  const quantity = resourceQuantity(analysis, crossing.loss, field);
  const warning = warningText(crossing.resources, analysis.assumptions.lossModel);
  return warning === null ? quantity : { ...quantity, warning };
}

/**
 * A crossing as a verb phrase that completes "90 % …" for every outcome: "is reached at +7.2 orders
 * of magnitude", "is already reached at GPT-3 175B", "is never reached", "cannot be placed (no fit)".
 */
function reachQuantity(analysis: Analysis, series: Series, form: FitForm, threshold: number, field: CrossingField): Quantity {
  const [crossing] = crossings(form, series[form], [threshold], Math.min(...analysis.losses), (loss) => resourcesAt(analysis, loss), analysis.axis);
  if (!crossing || crossing.status === 'no-fit') return none('cannot be placed (no fit)');
  if (crossing.status === 'never') return none('is never reached');
  if (crossing.status === 'already') return none('is already reached at GPT-3 175B');
  const quantity = crossingQuantity(analysis, series, form, threshold, field);
  if (quantity.value === null) return { ...quantity, text: 'is reached only at a loss this loss model cannot reach' };
  // Orders of magnitude are read with what they cost at the assumed price.
  const text = field === 'orders' ? `${quantity.text} beyond GPT-3 (${resourceQuantity(analysis, crossing.loss, 'dollars').text})` : quantity.text;
  return { ...quantity, text: `is reached at ${text}` };
}

/** A loss, or what reaching it costs, under the analysis' loss model and prices. */
function resourceQuantity(analysis: Analysis, loss: number, field: CrossingField): Quantity {
  if (field === 'loss') return { value: loss, text: formatLoss(loss) };
  const resources = resourcesAt(analysis, loss);
  if (!resources.ok) return none('unreachable');
  switch (field) {
    case 'params':
      return { value: resources.params, text: formatParams(resources.params) };
    case 'tokens':
      return { value: resources.tokens, text: formatTokens(resources.tokens) };
    case 'words':
      return { value: resources.words, text: formatWords(resources.words) };
    case 'flop':
      return { value: resources.flop, text: formatFlop(resources.flop) };
    case 'dollars':
      return { value: resources.dollars, text: formatDollars(resources.dollars) };
    case 'orders':
      return { value: resources.ordersBeyondGpt3, text: `${formatOrders(resources.ordersBeyondGpt3)} orders of magnitude` };
    case 'params-beyond-fit':
    case 'tokens-beyond-fit': {
      const value = resources.beyondFittedRange[field === 'params-beyond-fit' ? 'params' : 'tokens'];
      return { value, text: `${formatOrders(value)} orders of magnitude` };
    }
  }
}

function forecastQuantity(analysis: Analysis, [stat, family, category]: string[], form: FitForm): Quantity {
  if (stat === 'horizon') {
    const range = horizonRange(analysis);
    return range === null
      ? none('nowhere: no later model discloses its size')
      : { value: range.max, text: `from ${formatOrders(range.min)} to ${formatOrders(range.max)} orders of magnitude (${range.model} the farthest)` };
  }
  if (stat === 'misses') {
    const misses = largestMisses(analysis.forecast, form, 5);
    if (misses.length === 0) return none('none, as there is no comparison');
    const one = (c: Comparison) =>
      `${c.model} on ${c.task} ${SETTING_NAMES[c.setting]} (${formatAbsPoints(c.error[form]!)} points ${c.error[form]! > 0 ? 'better' : 'worse'} than predicted${c.comparable === 'caveat' ? `; caveat: ${c.note}` : ''})`;
    return { value: misses.length, text: misses.map(one).join('; ') };
  }
  const summary = errorsOf(analysis, family!, category);
  if (stat === 'n') return { value: summary.n[form], text: `${summary.n[form]} comparison${summary.n[form] === 1 ? '' : 's'}` };
  const value = stat === 'mae' ? summary.mae[form] : summary.bias[form];
  if (value === null) return none('no comparison');
  return { value, text: stat === 'mae' ? `${significant(value * 100, 2)} points` : points(value) };
}

function reading2023Quantity(analysis: Analysis, dataset: Dataset, threshold: number): Quantity {
  const reading = reading2023(dataset, analysis, [threshold]);
  const headline = reading.headlines.find((h) => Math.abs(h.threshold - threshold) < 1e-9);
  if (!headline || headline.orders === null) return none(headline?.status === 'never' ? 'never reached' : (headline?.reason ?? 'no crossing'));
  const beyond = reading.farthest ? ` (${formatOrders(headline.orders - reading.farthest.horizon)} beyond ${reading.farthest.model}, the later model farthest out on that axis)` : '';
  return { value: headline.orders, text: `${formatOrders(headline.orders)} orders of magnitude beyond GPT-3${beyond}` };
}

const isLossModel = (text: string | undefined): text is LossModelId => (LOSS_MODELS as readonly string[]).includes(text ?? '');

function stateWords(a: Assumptions, word: (typeof STATE_WORDS)[number]): string {
  switch (word) {
    case 'summary':
      return stateSummary(a);
    case 'under':
      return underClause(a);
    case 'Under':
      return capitalise(underClause(a));
    case 'active':
      return activeAssumptions(a);
    case 'basis':
      return basisOfScores(a);
    case 'setting':
      return SETTING_NAMES[a.setting];
    case 'fit':
      return FIT_FORM_NAMES[a.fitForm];
  }
}

/** The loss a reference line reaches under the analysis' loss model, or null where it reaches none. */
function referenceLoss(analysis: Analysis, id: string): number | null {
  const found = analysis.referenceLosses.find((r) => r.reference.id === id);
  if (!found) throw new QuantityError(`no reference line "${id}"`);
  return found.loss;
}


export const WHEN_FIELDS = ['in5Years', 'in10Years', 'year-1e9', 'year-1e10', 'verdict', 'sentence'] as const;
type WhenField = (typeof WHEN_FIELDS)[number];

/** The seed's time clause (METHOD §9): the cost after five to ten years falls within $1B–$10B. */
export const CLAIMED_BUDGETS = { low: 1e9, high: 1e10 } as const;

function crossingCost(crossing: Crossing | undefined): { dollars: number } | { word: string; why: string } {
  if (!crossing || crossing.status === 'no-fit') return { word: 'no fit', why: 'there is no fit to place it' };
  if (crossing.status === 'never') return { word: 'never', why: 'the fit never reaches it' };
  if (!crossing.resources.ok) return { word: 'unreachable', why: 'its loss lies where the loss model says no compute reaches' };
  return { dollars: crossing.resources.dollars };
}

/** §14 for one crossing, under the reader's halving times or (`ho`) with Ho et al.'s 8 months for algorithms. */
function whenQuantity(analysis: Analysis, series: Series, form: FitForm, threshold: number, field: WhenField, ho: boolean): Quantity {
  const [crossing] = crossings(form, series[form], [threshold], Math.min(...analysis.losses), (loss) => resourcesAt(analysis, loss), analysis.axis);
  const percent = `${Math.round(threshold * 100)} %`;
  const cost = crossingCost(crossing);
  // Without a cost there is nothing to bring down: the sentence and the verdict say why.
  if ('why' in cost) {
    if (field === 'sentence') return none(`The ${percent} crossing has no cost to bring down: ${cost.why}.`);
    if (field === 'verdict') return none(`undecided, since ${cost.why}`);
    return none(cost.word);
  }
  const halvings = ho ? { ...analysis.assumptions, algorithmHalving: HO_ALGORITHM_HALVING } : analysis.assumptions;
  const { dollars } = cost;
  const in5 = costInYear(dollars, BASE_YEAR + 5, halvings);
  const in10 = costInYear(dollars, BASE_YEAR + 10, halvings);
  const yearAt = (budget: number) => {
    const year = yearAtBudget(dollars, budget, halvings);
    return year === 'already' ? 'already in 2020' : `in ${Math.round(year)}`;
  };
  switch (field) {
    case 'sentence':
      return {
        value: dollars,
        text:
          `The ${percent} crossing costs ${formatDollars(dollars)} at 2020 prices, ${formatDollars(in5)} in ${BASE_YEAR + 5} and ` +
          `${formatDollars(in10)} in ${BASE_YEAR + 10}; it falls to $1 billion ${yearAt(1e9)} and to $10 billion ${yearAt(1e10)}.`,
      };
    case 'in5Years':
      return { value: in5, text: formatDollars(in5) };
    case 'in10Years':
      return { value: in10, text: formatDollars(in10) };
    case 'year-1e9':
    case 'year-1e10': {
      const year = yearAtBudget(dollars, field === 'year-1e9' ? 1e9 : 1e10, halvings);
      return year === 'already' ? { value: BASE_YEAR, text: 'already in 2020' } : { value: year, text: `in ${Math.round(year)}` };
    }
    case 'verdict': {
      // The claim holds where the five-to-ten-year window [in10, in5] meets [$1B, $10B].
      if (in5 < CLAIMED_BUDGETS.low) return { value: -1, text: 'cheaper than the claim: below $1 billion within five years' };
      if (in10 > CLAIMED_BUDGETS.high) return { value: 1, text: 'dearer than the claim: still above $10 billion after ten years' };
      return { value: 0, text: 'inside the claim: within $1–10 billion between five and ten years on' };
    }
  }
}

/**
 * The §12 backtest of an analysis' chosen setting for one level, computed once per analysis and
 * level (several sentences quote it). Per level, because a sentence about the overall score then
 * fits a dozen aggregate series rather than all 64; its numbers are the same (backtestByHorizon).
 */
const horizonOf = new WeakMap<Analysis, Partial<Record<HorizonLevel, BacktestHorizonResult>>>();
function horizon(analysis: Analysis, dataset: Dataset, level: HorizonLevel): BacktestHorizonResult {
  let byLevel = horizonOf.get(analysis);
  if (byLevel === undefined) horizonOf.set(analysis, (byLevel = {}));
  return (byLevel[level] ??= backtestByHorizon(dataset, analysis, { settings: [analysis.assumptions.setting], levels: [level] }));
}

/** §12 beside a crossing: the farthest horizon tested for its level and form, the error there, and the ratio. */
function testedQuantity(analysis: Analysis, dataset: Dataset, series: Series, form: FitForm, threshold: number): Quantity {
  const level = levelOf(series.kind);
  const tested = largestTestedHorizon(horizon(analysis, dataset, level), level, form);
  if (tested === null) return none('no backtest horizon with enough predictions');
  const testedText =
    `the backtest tested horizons up to ${significant(tested.largest, 2)} orders of magnitude, where the ${form} fit's median error ` +
    `for ${level === 'task' ? 'single tasks' : 'aggregates'} was ${significant(tested.median * 100, 2)} points`;
  const [crossing] = crossings(form, series[form], [threshold], Math.min(...analysis.losses), (loss) => resourcesAt(analysis, loss), analysis.axis);
  const orders = crossing && 'resources' in crossing && crossing.resources.ok ? crossing.resources.ordersBeyondGpt3 : null;
  const ratio = orders === null ? null : timesFarther(orders, tested);
  if (ratio === null) return { value: null, text: `${testedText}; this crossing has no distance to compare` };
  return { value: ratio, text: `${testedText}; this crossing lies ${significant(ratio, 2)} times farther out` };
}

const none = (text: string): Quantity => ({ value: null, text });
const points = (difference: number): string => `${formatPoints(difference)} points`;

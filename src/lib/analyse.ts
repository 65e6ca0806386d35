// The one entry point: `analyse(dataset, assumptions)` turns the validated data and a reader's
// assumptions into every series, fit, crossing, backtest and band the pages show, and (§11) the
// forecast checked against later models and the Pythia suites fitted by the same method. A pure
// function: same inputs, same output (the bootstrap is seeded). No NaN leaves it: a fit that cannot
// be made is a typed failure with its reason (fits.ts), an unreachable loss a typed `Resources` failure.
import { parseAssumptions, type AssumptionError } from './assumptions';
import { backtest } from './backtest';
import { bootstrap, resamplePoints, type BootstrapFormResult } from './bootstrap';
import { crossings } from './crossings';
import { fitLinear, fitLogistic } from './fits';
import { CHINCHILLA, modelLosses } from './loss-models';
import { categoryMean, ceilingFor, meanSeries, normalized, overallMean, sotaFromRows } from './normalise';
import { referenceLosses } from './references';
import { gpt3TrainingFlop, resourcesAt, yardstick } from './yardstick';
import { randomIndex } from './random';
import { primaryRow } from './tasks';
import { fitAxis, minMidpoint, toAxis, type FitAxis } from './axis';
import { seriesRefText, type SeriesRef } from './series-ref';
import { BoundedCache, numbersKey } from './memo';
import { forecast, type ForecastContext } from './forecast';
import { suitePoints } from './suites';
import {
  FIT_FORMS,
  SETTINGS,
  type Analysis,
  type Assumptions,
  type Backtest,
  type Crossing,
  type Dataset,
  type FitForm,
  type Forecast,
  type LinearFit,
  type LogisticFit,
  type Range,
  type Resources,
  type Series,
  type SeriesKind,
  type Setting,
  type Suite,
  type Task,
} from './types';

/** Id of the overall series. */
export const OVERALL_ID = 'overall';

/** Points on the loss grid where the extrapolation charts and bands evaluate the curves. */
export const GRID_POINTS = 161;
/** Nats added above the smallest model's loss, so the chart starts just before the data. */
const GRID_TOP_MARGIN = 0.05;
/** Share of the grid's span left below the lowest crossing or reference it must show. */
const GRID_BOTTOM_MARGIN = 0.05;
/**
 * Kaplan readings: the grid never goes below this share of GPT-3 175B's loss (a crossing at a
 * tiny loss, e.g. a nearly flat line's, would otherwise squash the chart).
 */
const KAPLAN_FLOOR_SHARE = 0.15;
/** Chinchilla: the grid stops this far above the irreducible loss E (at E every cost is infinite). */
const CHINCHILLA_FLOOR_GAP = 0.002;

/** Thrown by `analyse` for assumptions `parseAssumptions` rejects (they would make NaN, e.g. ceiling = chance). */
export class AssumptionsError extends Error {
  override name = 'AssumptionsError';
  constructor(readonly errors: AssumptionError[]) {
    super(`invalid assumptions: ${errors.map((e) => `${e.field}: ${e.message}`).join(' ')}`);
  }
}

/** The series `ref` names, in `setting`. */
export function findSeries(analysis: Analysis, ref: SeriesRef, setting: Setting): Series {
  const found = analysis.series.find((s) => s.kind === ref.kind && s.id === ref.id && s.setting === setting);
  if (!found) throw new Error(`no series ${seriesRefText(ref)} for the ${setting}-shot setting`);
  return found;
}

export function analyse(dataset: Dataset, assumptions: Assumptions): Analysis {
  const checked = parseAssumptions(assumptions, dataset);
  if (!checked.ok) throw new AssumptionsError(checked.errors);
  const losses = modelLosses(dataset.models, assumptions.lossModel);
  const prices = { flopPerDollar: assumptions.flopPerDollar, tokensPerWord: assumptions.tokensPerWord };
  // The largest model has the lowest loss; losses are smallest model first.
  const largestModelLoss = Math.min(...losses);
  const context = { assumptions, yardstick: yardstick(largestModelLoss, assumptions.lossModel, prices, gpt3TrainingFlop(dataset)) };
  const toResources = (loss: number): Resources => resourcesAt(context, loss);
  const axis = fitAxis(assumptions.axis, assumptions.lossModel);
  const fitX = losses.map((loss) => {
    const x = toAxis(loss, axis);
    if (x === null) throw new RangeError(`a GPT-3 model's loss ${loss} lies at or below E = ${axis.E}: it has no place on the ${axis.kind} axis`);
    return x;
  });

  const scores = SETTINGS.map((setting) => ({ setting, ...cachedScores(dataset, assumptions, setting) }));
  const points = { fitXKey: `${axis.kind}:${numbersKey(fitX)}`, conversionKey: conversionKey(assumptions, context.yardstick, largestModelLoss, axis) };
  const series: Series[] = [];
  for (const { setting, byTask, byCategory, overall } of scores) {
    const fitted = (kind: SeriesKind, id: string, name: string, y: number[]) =>
      fitSeries({ kind, id, name, setting, x: losses, y }, fitX, axis, assumptions.thresholds, largestModelLoss, toResources, points);
    for (const task of dataset.tasks) series.push(fitted('task', task.id, task.name, byTask.get(task.id)!));
    for (const category of dataset.categories) {
      series.push(fitted('category', category.id, category.name, byCategory.get(category.id)!));
    }
    series.push(fitted('overall', OVERALL_ID, 'Overall', overall));
  }

  const references = referenceLosses(dataset.references, assumptions.lossModel, prices, largestModelLoss);
  const grid = lossGrid(assumptions, losses, series, references.map((r) => r.loss));

  if (assumptions.bootstrap > 0) {
    const chosen = scores.find((s) => s.setting === assumptions.setting)!;
    for (const s of series) {
      if (s.setting !== assumptions.setting || s.kind === 'task') continue;
      const plan =
        s.kind === 'category'
          ? categoryPlan(dataset.tasks, s.id, chosen.byTask, fitX)
          : overallPlan(dataset, assumptions, chosen, fitX);
      attachBootstrap(s, assumptions, axis, grid, plan);
    }
  }

  const suites = fitSuites(dataset, assumptions, axis, toResources, context.yardstick);
  const later = forecastFor(dataset, { assumptions, series, axis, yardstick: context.yardstick });
  return { assumptions, losses, grid, series, referenceLosses: references, yardstick: context.yardstick, axis, forecast: later, suites };
}

// ---- §11: the later suites, fitted as GPT-3 is ------------------------------------------------

/**
 * Each suite's series through fitSeries, as GPT-3's (both fits, crossings, backtests; no bootstrap).
 * "Already" crossings are judged against the suite's own largest model; distances use GPT-3's yardstick.
 */
function fitSuites(dataset: Dataset, assumptions: Assumptions, axis: FitAxis, toResources: (loss: number) => Resources, yardstick: Analysis['yardstick']): Suite[] {
  return suitePoints(dataset, assumptions).map((points) => {
    const fitX = points.losses.map((loss) => {
      const x = toAxis(loss, axis);
      if (x === null) throw new RangeError(`a ${points.name} model's loss ${loss} lies at or below E = ${axis.E}: it has no place on the ${axis.kind} axis`);
      return x;
    });
    const largestModelLoss = Math.min(...points.losses);
    const keys = { fitXKey: `${axis.kind}:${numbersKey(fitX)}`, conversionKey: conversionKey(assumptions, yardstick, largestModelLoss, axis) };
    const series = points.tasks.map((t) => ({
      ...fitSeries(
        { kind: 'task', id: t.task.id, name: t.task.name, setting: t.setting, x: points.losses, y: t.y },
        fitX,
        axis,
        assumptions.thresholds,
        largestModelLoss,
        toResources,
        keys,
      ),
      comparable: t.comparable,
      notes: t.notes,
    }));
    return {
      id: points.id,
      name: points.name,
      family: points.family,
      models: points.models.map((m) => m.name),
      params: points.models.map((m) => m.params!),
      tokens: points.tokens,
      losses: points.losses,
      series,
    };
  });
}

// ---- normalised scores (§2, §4) ---------------------------------------------------------------

interface SettingScores {
  /** Task id → normalised score per model (primary metric). */
  byTask: Map<string, number[]>;
  /** Category id → mean of its aggregated tasks. */
  byCategory: Map<string, number[]>;
  overall: number[];
}

/**
 * Normalised scores by what they depend on (the setting, ceilings and aggregation), per dataset: most
 * edits (prices, loss model, thresholds, fit axis) leave them as they were. Shared between analyses:
 * never mutate them.
 */
let scoresCache = new WeakMap<Dataset, BoundedCache<SettingScores>>();
function cachedScores(dataset: Dataset, assumptions: Assumptions, setting: Setting): SettingScores {
  let cache = scoresCache.get(dataset);
  if (cache === undefined) scoresCache.set(dataset, (cache = new BoundedCache<SettingScores>(64)));
  const { ceilingPreset, customCeilings, aggregation } = assumptions;
  const key = JSON.stringify([setting, ceilingPreset, ceilingPreset === 'custom' ? customCeilings : null, aggregation]);
  return cache.get(key, () => normalisedScores(dataset, assumptions, setting));
}

function normalisedScores(dataset: Dataset, assumptions: Assumptions, setting: Setting): SettingScores {
  const labels = dataset.models.map((m) => m.label);
  const byTask = new Map<string, number[]>();
  for (const task of dataset.tasks) {
    const row = primaryRow(dataset, task, setting);
    const ceiling = ceilingFor(task, assumptions.ceilingPreset, assumptions.customCeilings, sotaFromRows(task, dataset.rows));
    byTask.set(
      task.id,
      labels.map((label) => normalized(row.scores[label]!, task.chance, ceiling)),
    );
  }
  const byCategory = new Map(dataset.categories.map((c) => [c.id, categoryMean(c.id, dataset.tasks, byTask)]));
  const overall = overallMean(
    assumptions.aggregation,
    [...byCategory.values()],
    dataset.tasks.filter((t) => t.aggregated).map((t) => byTask.get(t.id)!),
  );
  return { byTask, byCategory, overall };
}

// ---- fits, crossings, backtests (§5, §8) ------------------------------------------------------

/** The parts of a series' cache keys that one analysis shares: its fit axis and x values, its §6 conversion. */
interface AnalysisKeys {
  fitXKey: string;
  conversionKey: string;
}

/**
 * Everything a crossing depends on besides its fit: the thresholds, the axis, 175B's loss and what §6
 * converts a loss with (the yardstick, which holds the dataset's GPT-3 compute, and the assumptions
 * of the conversion and its cost over time). That is every input of `crossings` but the fit; of the
 * assumptions, all but the chosen setting and headline form (which only pick among series) and the
 * bootstrap (whose ranges are attached afterwards, onto copies).
 */
function conversionKey(assumptions: Assumptions, yardstick: Analysis['yardstick'], largestModelLoss: number, axis: FitAxis): string {
  const { setting: _setting, fitForm: _fitForm, bootstrap: _bootstrap, seed: _seed, ...rest } = assumptions;
  return JSON.stringify([rest, yardstick, largestModelLoss, axis]);
}

/** A score array's part of a fit key, once per array (the score arrays are shared, see `cachedScores`). */
const yKeys = new WeakMap<readonly number[], string>();
function yKey(y: readonly number[]): string {
  let key = yKeys.get(y);
  if (key === undefined) yKeys.set(y, (key = numbersKey(y)));
  return key;
}

/**
 * Crossings by fit (the fit cache's shared objects, so the same points) and by `conversionKey`: a
 * change of setting or headline form re-reads them instead of converting 1,920 losses again. Kept per
 * fit for a few states (a reader typing a price makes a new state per keystroke).
 */
const crossingsCache = new WeakMap<LinearFit | LogisticFit, BoundedCache<Crossing[]>>();
function cachedCrossings(fit: LinearFit | LogisticFit, key: string, compute: () => Crossing[]): Crossing[] {
  let cache = crossingsCache.get(fit);
  if (cache === undefined) crossingsCache.set(fit, (cache = new BoundedCache<Crossing[]>(8)));
  return cache.get(key, compute);
}

function fitSeries(
  base: { kind: SeriesKind; id: string; name: string; setting: Setting; x: number[]; y: number[] },
  fitX: number[],
  axis: FitAxis,
  thresholds: readonly number[],
  largestModelLoss: number,
  toResources: (loss: number) => Resources,
  keys: AnalysisKeys,
): Series {
  const minL50 = minMidpoint(axis);
  // The same key as `${axis.kind}:${numbersKey(fitX, base.y)}`, from parts computed once.
  const { linear, logistic, backtests } = fitCache.get(`${keys.fitXKey}|${yKey(base.y)}`, () => {
    const logistic = fitLogistic(fitX, base.y, undefined, { minL50 });
    return {
      linear: fitLinear(fitX, base.y),
      logistic,
      backtests: {
        linear: backtest('linear', fitX, base.y),
        // Warm-started from the eight-point fit (the backtest drops one point); cold if that fails.
        logistic: backtest('logistic', fitX, base.y, warmStart(logistic), minL50),
      },
    };
  });
  return {
    ...base,
    linear,
    logistic,
    crossings: {
      linear: cachedCrossings(linear, keys.conversionKey, () => crossings('linear', linear, thresholds, largestModelLoss, toResources, axis)),
      logistic: cachedCrossings(logistic, keys.conversionKey, () => crossings('logistic', logistic, thresholds, largestModelLoss, toResources, axis)),
    },
    backtest: { ...backtests },
  };
}

/** Fits and backtests by their eight points (the objects are shared between analyses: never mutate them). */
const fitCache = new BoundedCache<{ linear: LinearFit; logistic: LogisticFit; backtests: Record<FitForm, Backtest> }>();
/** Bootstrap results by everything they depend on (see `attachBootstrap`). */
const bootstrapCache = new BoundedCache<Record<FitForm, BootstrapFormResult>>(256);

/** Empties the caches (for benchmarks that want to time the work itself). */
export function clearAnalysisCaches(): void {
  fitCache.clear();
  bootstrapCache.clear();
  forecastCaches = new WeakMap();
  // The crossings are kept per fit object and go with the fits; the scores are kept per dataset.
  scoresCache = new WeakMap();
}

/**
 * The §11 forecast depends on the dataset and on what places models and scores (loss model, axis,
 * ceilings, aggregation, caveats), not on prices, thresholds or the headline setting: a reader's
 * price edit reuses it. Keyed by dataset object, so an edited dataset (tests) is never served another's.
 */
let forecastCaches = new WeakMap<Dataset, BoundedCache<Forecast>>();

function forecastFor(dataset: Dataset, context: ForecastContext): Forecast {
  const { lossModel, axis, ceilingPreset, customCeilings, aggregation, includeCaveats } = context.assumptions;
  const ceilings = ceilingPreset === 'custom' ? JSON.stringify(Object.entries(customCeilings).sort()) : '';
  const key = [lossModel, axis, ceilingPreset, ceilings, aggregation, includeCaveats, context.yardstick.convertedFlop].join('#');
  let cache = forecastCaches.get(dataset);
  if (cache === undefined) forecastCaches.set(dataset, (cache = new BoundedCache<Forecast>(32)));
  return cache.get(key, () => forecast(dataset, context));
}

// ---- the loss grid ----------------------------------------------------------------------------

/**
 * From just above the smallest model's loss down to the lowest loss the headline chart must show:
 * the reference lines (e.g. 1e15 parameters) and the overall series' crossings (chosen setting, both
 * forms), with a margin. Category crossings are not targets: a single odd category (arithmetic, a
 * nearly flat line) would stretch every chart. Bounded below so that one far-off crossing cannot
 * squash the chart: chinchilla stops just above E, the Kaplan readings at a share of 175B's loss.
 */
function lossGrid(
  assumptions: Assumptions,
  losses: readonly number[],
  series: readonly Series[],
  referenceLossValues: readonly (number | null)[],
): number[] {
  const top = Math.max(...losses) + GRID_TOP_MARGIN;
  const lowestModel = Math.min(...losses);
  const floor =
    assumptions.lossModel === 'chinchilla' ? CHINCHILLA.E + CHINCHILLA_FLOOR_GAP : KAPLAN_FLOOR_SHARE * lowestModel;
  const targets: number[] = referenceLossValues.filter((l): l is number => l !== null);
  for (const s of series) {
    if (s.setting !== assumptions.setting || s.kind !== 'overall') continue;
    for (const form of FIT_FORMS) {
      for (const c of s.crossings[form]) if (c.status === 'reached') targets.push(c.loss);
    }
  }
  const lowestTarget = Math.min(lowestModel, ...targets);
  const bottom = Math.max(floor, lowestTarget - GRID_BOTTOM_MARGIN * (top - lowestTarget));
  const step = (top - bottom) / (GRID_POINTS - 1);
  // Descending, like the charts' x-axis (loss falls as models grow).
  return Array.from({ length: GRID_POINTS }, (_, i) => (i === GRID_POINTS - 1 ? bottom : top - i * step));
}

// ---- bootstrap (§8) ---------------------------------------------------------------------------

/**
 * What one bootstrap resamples: `points` draws the eight (loss, score) points with replacement (a
 * task); `members` draws member series with replacement and averages them at the fixed losses (the
 * tasks of a category, or the categories or tasks of the overall score).
 */
type ResamplePlan = { mode: 'points'; x: number[]; y: number[] } | { mode: 'members'; x: number[]; members: number[][] };

/** A category of one task has nothing to resample between tasks, so its eight points are resampled. */
function membersPlan(members: number[][], x: number[]): ResamplePlan {
  const only = members[0];
  if (members.length === 1 && only !== undefined) return { mode: 'points', x, y: only };
  return { mode: 'members', x, members };
}

function categoryPlan(tasks: readonly Task[], categoryId: string, byTask: Map<string, number[]>, x: number[]): ResamplePlan {
  return membersPlan(
    tasks.filter((t) => t.category === categoryId && t.aggregated).map((t) => byTask.get(t.id)!),
    x,
  );
}

function overallPlan(dataset: Dataset, assumptions: Assumptions, scores: SettingScores, x: number[]): ResamplePlan {
  return assumptions.aggregation === 'categories'
    ? membersPlan([...scores.byCategory.values()], x)
    : membersPlan(
        dataset.tasks.filter((t) => t.aggregated).map((t) => scores.byTask.get(t.id)!),
        x,
      );
}

function resampler(plan: ResamplePlan): (rng: () => number) => { x: number[]; y: number[] } {
  if (plan.mode === 'points') return resamplePoints(plan.x, plan.y);
  const { x, members } = plan;
  const drawn: number[][] = new Array<number[]>(members.length);
  return (rng) => {
    for (let i = 0; i < members.length; i++) drawn[i] = members[randomIndex(rng, members.length)]!;
    return { x, y: meanSeries(drawn) };
  };
}

function planKey(plan: ResamplePlan): string {
  return plan.mode === 'points' ? `points:${numbersKey(plan.x, plan.y)}` : `members:${numbersKey(plan.x, ...plan.members)}`;
}

/** Bands of both forms and crossing ranges on `series` (the crossings' `lossRange` and `crossingRanges`). */
function attachBootstrap(series: Series, assumptions: Assumptions, axis: FitAxis, grid: number[], plan: ResamplePlan): void {
  const logisticStart = warmStart(series.logistic);
  const key = [
    axis.kind,
    planKey(plan),
    numbersKey(grid, assumptions.thresholds),
    assumptions.bootstrap,
    assumptions.seed,
    logisticStart ? `${logisticStart.k},${logisticStart.L50}` : '',
  ].join('#');
  const result = bootstrapCache.get(key, () =>
    bootstrap({
      resamples: assumptions.bootstrap,
      seed: assumptions.seed,
      axis,
      resample: resampler(plan),
      grid,
      thresholds: assumptions.thresholds,
      forms: FIT_FORMS,
      ...(logisticStart === undefined ? {} : { logisticStart }),
    }),
  );
  series.bands = {};
  series.crossingRanges = {};
  for (const form of FIT_FORMS) {
    const { bands, crossingRanges } = result[form];
    if (bands !== null) series.bands[form] = bands;
    series.crossingRanges[form] = crossingRanges;
    series.crossings[form] = series.crossings[form].map((c, i) => withRange(c, crossingRanges[i] ?? null));
  }
}

function withRange(crossing: Crossing, range: Range | null): Crossing {
  return crossing.status === 'reached' && range !== null ? { ...crossing, lossRange: range } : crossing;
}

function warmStart(fit: LogisticFit): { k: number; L50: number } | undefined {
  return fit.ok ? { k: fit.k, L50: fit.L50 } : undefined;
}

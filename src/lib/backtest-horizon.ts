// METHOD §12: the backtest by horizon. For k = 3 … 7, fit on the smallest k GPT-3 models and predict
// every larger one, for every task, category and overall series, both fit forms and two baselines:
// `flat` (the k-th model's score carried forward) and `linear-in-log-compute` (a straight line of
// score against log10 C(L), C the §6 conversion of each model's loss). Each prediction has a horizon,
// log10(C(L_predicted) / C(L_k)), the same conversion at both ends (§6's one yardstick). Absolute
// errors (normalised units) are then summarised by horizon bin per level (tasks; aggregates =
// categories and the overall score) and form. Pure: a function of the dataset and the analysis (its
// loss model, axis, ceilings and aggregation are already in its losses and series' scores).
import { minMidpoint, toAxis, type FitAxis } from './axis';
import { fitLinear, fitLogistic, predict } from './fits';
import { BoundedCache, numbersKey } from './memo';
import { lossToResources } from './resources';
import { mean, quantile } from './stats';
import { significant } from './format';
import { SETTING_NAMES } from './names';
import { SETTINGS, type Analysis, type Dataset, type SeriesKind, type Setting } from './types';

/** Sizes of the fitting set: the smallest k models. */
export const HORIZON_KS = [3, 4, 5, 6, 7] as const;
/** The two fit forms of §5 and the two baselines any method must beat. */
export const HORIZON_FORMS = ['linear', 'logistic', 'flat', 'linear-in-log-compute'] as const;
export type HorizonForm = (typeof HORIZON_FORMS)[number];
export const HORIZON_BASELINES = ['flat', 'linear-in-log-compute'] as const satisfies readonly HorizonForm[];
/** `task`: single tasks; `aggregate`: the categories and the overall score. */
export const HORIZON_LEVELS = ['task', 'aggregate'] as const;
export type HorizonLevel = (typeof HORIZON_LEVELS)[number];

/** A horizon bin in orders of magnitude of C, [lo, hi); the last may be open (hi = Infinity). */
export interface HorizonBin {
  label: string;
  lo: number;
  hi: number;
}
/** §12's bins; `3+` is added only when some prediction lies 3 or more orders out. */
export const HORIZON_BINS: readonly HorizonBin[] = [
  { label: '0–0.5', lo: 0, hi: 0.5 },
  { label: '0.5–1', lo: 0.5, hi: 1 },
  { label: '1–1.5', lo: 1, hi: 1.5 },
  { label: '1.5–2', lo: 1.5, hi: 2 },
  { label: '2–3', lo: 2, hi: 3 },
];
export const OPEN_BIN: HorizonBin = { label: '3+', lo: 3, hi: Infinity };

/** Fewest predictions a bin needs to count as tested (`largestTestedHorizon`). */
export const MIN_TESTED_COUNT = 5;

export interface HorizonPrediction {
  kind: SeriesKind;
  id: string;
  setting: Setting;
  /** Models fitted: the smallest k. */
  k: number;
  /** Label of the predicted model (e.g. `175B`). */
  model: string;
  /** log10(C(L_predicted) / C(L_k-th model)); null where a loss converts to no compute. */
  horizon_orders: number | null;
  /** The predicted model's normalised score. */
  observed: number;
  /** Normalised predictions; null where the fit failed. Error = observed − predicted. */
  predicted: Record<HorizonForm, number | null>;
}

export interface HorizonBinStats {
  level: HorizonLevel;
  form: HorizonForm;
  bin: string;
  lo: number;
  hi: number;
  /** Mean horizon (orders of magnitude) of the level's predictions in the bin; null when none. */
  horizon: number | null;
  /** Predictions in the bin with a prediction of this form. */
  count: number;
  /** Of the absolute errors (normalised units); null when count is 0. */
  median: number | null;
  mean: number | null;
  p10: number | null;
  p90: number | null;
}

export interface BacktestHorizonResult {
  settings: Setting[];
  bins: HorizonBin[];
  predictions: HorizonPrediction[];
  stats: HorizonBinStats[];
}

export const levelOf = (kind: SeriesKind): HorizonLevel => (kind === 'task' ? 'task' : 'aggregate');

/** The predictions of one series, by (x on the fit axis, scores, log10 C): shared between analyses, never mutate. */
type SeriesPredictions = { k: number; j: number; predicted: Record<HorizonForm, number | null> }[];
const cache = new BoundedCache<SeriesPredictions>(1024);

/** Empties the cache (for benchmarks that time the work itself). */
export function clearBacktestHorizonCache(): void {
  cache.clear();
}

function seriesPredictions(
  fitX: readonly number[],
  y: readonly number[],
  logC: readonly (number | null)[],
  axis: FitAxis,
  start: { k: number; L50: number } | undefined,
): SeriesPredictions {
  const minL50 = minMidpoint(axis);
  const out: SeriesPredictions = [];
  const n = y.length;
  const cOk = logC.every((c): c is number => c !== null);
  for (const k of HORIZON_KS) {
    if (k >= n) continue;
    const xs = fitX.slice(0, k);
    const ys = y.slice(0, k);
    const lin = fitLinear(xs, ys);
    const logi = fitLogistic(xs, ys, start, { coldFallback: true, minL50 });
    const lc = cOk ? fitLinear(logC.slice(0, k) as number[], ys) : null;
    for (let j = k; j < n; j++) {
      const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
      out.push({
        k,
        j,
        predicted: {
          linear: finite(predict('linear', lin, fitX[j]!)),
          logistic: finite(predict('logistic', logi, fitX[j]!)),
          flat: ys[k - 1]!,
          'linear-in-log-compute': lc ? finite(predict('linear', lc, logC[j] as number)) : null,
        },
      });
    }
  }
  return out;
}

/**
 * Every prediction of §12 and its summary by horizon bin, under the analysis' assumptions.
 * `settings` defaults to all three; the stats pool the settings given. `levels` (default: both)
 * limits the work to the series of those levels: a sentence about the aggregates need not fit the 52
 * tasks. The stats of a level given are the same either way: each level's errors come from its own
 * series, and the bins from the horizons, which every series shares (they depend on the losses only).
 */
export function backtestByHorizon(
  dataset: Dataset,
  analysis: Analysis,
  options: { settings?: readonly Setting[]; levels?: readonly HorizonLevel[] } = {},
): BacktestHorizonResult {
  const settings = [...(options.settings ?? SETTINGS)];
  const levels = options.levels ?? HORIZON_LEVELS;
  const { assumptions, losses } = analysis;
  const axis: FitAxis = analysis.axis;
  const prices = { flopPerDollar: assumptions.flopPerDollar, tokensPerWord: assumptions.tokensPerWord };
  const logC = losses.map((loss) => {
    const r = lossToResources(loss, assumptions.lossModel, prices);
    return r.ok ? Math.log10(r.flop) : null;
  });
  const fitX = losses.map((loss) => toAxis(loss, axis));
  if (fitX.some((x) => x === null)) throw new RangeError(`a GPT-3 model's loss has no place on the ${axis.kind} axis`);
  const x = fitX as number[];
  const labels = dataset.models.map((m) => m.label);

  const predictions: HorizonPrediction[] = [];
  for (const s of analysis.series) {
    if (!settings.includes(s.setting) || !levels.includes(levelOf(s.kind))) continue;
    const start = s.logistic.ok ? { k: s.logistic.k, L50: s.logistic.L50 } : undefined;
    const key = [axis.kind, axis.E, numbersKey(x, s.y, logC.map((c) => c ?? NaN)), start ? `${start.k},${start.L50}` : ''].join('#');
    const list = cache.get(key, () => seriesPredictions(x, s.y, logC, axis, start));
    for (const p of list) {
      const cj = logC[p.j];
      const ck = logC[p.k - 1];
      predictions.push({
        kind: s.kind,
        id: s.id,
        setting: s.setting,
        k: p.k,
        model: labels[p.j]!,
        horizon_orders: cj != null && ck != null ? cj - ck : null,
        observed: s.y[p.j]!,
        predicted: { ...p.predicted },
      });
    }
  }
  return { settings, ...horizonStats(predictions) };
}

/** The bins that the horizons need (`3+` only if some horizon reaches 3) and the stats per level × form × bin. */
export function horizonStats(predictions: readonly HorizonPrediction[]): { bins: HorizonBin[]; predictions: HorizonPrediction[]; stats: HorizonBinStats[] } {
  const needsOpen = predictions.some((p) => p.horizon_orders !== null && p.horizon_orders >= OPEN_BIN.lo);
  const bins = needsOpen ? [...HORIZON_BINS, OPEN_BIN] : [...HORIZON_BINS];
  const errors = new Map<string, number[]>();
  const horizons = new Map<string, number[]>();
  const keyOf = (level: HorizonLevel, form: HorizonForm, bin: string) => `${level}|${form}|${bin}`;
  for (const p of predictions) {
    const h = p.horizon_orders;
    if (h === null) continue;
    const bin = bins.find((b) => h >= b.lo && h < b.hi);
    if (!bin) continue;
    const hKey = `${levelOf(p.kind)}|${bin.label}`;
    const hs = horizons.get(hKey) ?? [];
    hs.push(h);
    horizons.set(hKey, hs);
    for (const form of HORIZON_FORMS) {
      const v = p.predicted[form];
      if (v === null) continue;
      const key = keyOf(levelOf(p.kind), form, bin.label);
      const list = errors.get(key) ?? [];
      list.push(Math.abs(p.observed - v));
      errors.set(key, list);
    }
  }
  const stats: HorizonBinStats[] = [];
  for (const level of HORIZON_LEVELS) {
    for (const form of HORIZON_FORMS) {
      for (const bin of bins) {
        const e = errors.get(keyOf(level, form, bin.label)) ?? [];
        const has = e.length > 0;
        const hs = horizons.get(`${level}|${bin.label}`) ?? [];
        stats.push({
          level,
          form,
          bin: bin.label,
          lo: bin.lo,
          hi: bin.hi,
          horizon: hs.length > 0 ? mean(hs) : null,
          count: e.length,
          median: has ? quantile(e, 0.5) : null,
          mean: has ? mean(e) : null,
          p10: has ? quantile(e, 0.1) : null,
          p90: has ? quantile(e, 0.9) : null,
        });
      }
    }
  }
  return { bins, predictions: [...predictions], stats };
}

/** Absolute error of a prediction of `form` (normalised units), or null. */
export function absoluteError(p: HorizonPrediction, form: HorizonForm): number | null {
  const v = p.predicted[form];
  return v === null ? null : Math.abs(p.observed - v);
}

export interface TestedHorizon {
  bin: string;
  /** Upper edge of the bin, orders of magnitude (Infinity for an open last bin). */
  upper: number;
  /** Largest horizon of a prediction in the bin, orders of magnitude. */
  largest: number;
  count: number;
  /** Median absolute error in the bin (normalised units). */
  median: number;
}

/**
 * The farthest horizon bin that the backtest tested for `level` and `form`: the last bin with at
 * least `minCount` predictions, with its upper edge, the largest horizon in it and its median error.
 * null when no bin has that many.
 */
export function largestTestedHorizon(
  result: BacktestHorizonResult,
  level: HorizonLevel,
  form: HorizonForm,
  minCount = MIN_TESTED_COUNT,
): TestedHorizon | null {
  const tested = result.stats.filter((s) => s.level === level && s.form === form && s.count >= minCount && s.median !== null);
  const last = tested[tested.length - 1];
  if (!last) return null;
  const inBin = result.predictions.flatMap((p) =>
    levelOf(p.kind) === level && p.predicted[form] !== null && p.horizon_orders !== null && p.horizon_orders >= last.lo && p.horizon_orders < last.hi
      ? [p.horizon_orders]
      : [],
  );
  return { bin: last.bin, upper: last.hi, largest: Math.max(...inBin), count: last.count, median: last.median! };
}

/**
 * §12: how many times farther than the largest tested horizon a distance lies, e.g. a crossing's
 * orders of magnitude beyond GPT-3 175B (the largest model of its own fit, so the same yardstick as a
 * horizon). null when nothing was tested or the distance is not positive.
 */
export function timesFarther(orders: number, tested: TestedHorizon | null): number | null {
  if (tested === null || !(orders > 0) || !(tested.largest > 0)) return null;
  return orders / tested.largest;
}

/** The stats of one level × form × bin, or undefined. */
export function binStats(result: BacktestHorizonResult, level: HorizonLevel, form: HorizonForm, bin: string): HorizonBinStats | undefined {
  return result.stats.find((s) => s.level === level && s.form === form && s.bin === bin);
}

/**
 * Which fit forms beat both baselines, bin by bin, for a level, compared on the same predictions:
 * those that every form makes (a fit that fails, e.g. on a flat series, would otherwise leave the
 * baselines its easiest cases). For each bin with at least `minCount` such predictions: the medians
 * of their absolute errors per form, the better baseline, and whether each fit form is below it.
 */
export function beatsBaselines(
  result: BacktestHorizonResult,
  level: HorizonLevel,
  minCount = MIN_TESTED_COUNT,
): { bin: string; lo: number; hi: number; count: number; linear: boolean; logistic: boolean; bestBaseline: HorizonForm; medians: Record<HorizonForm, number> }[] {
  const paired = result.predictions.filter(
    (p) => levelOf(p.kind) === level && p.horizon_orders !== null && HORIZON_FORMS.every((f) => p.predicted[f] !== null),
  );
  return result.bins.flatMap((bin) => {
    const inBin = paired.filter((p) => p.horizon_orders! >= bin.lo && p.horizon_orders! < bin.hi);
    if (inBin.length < minCount) return [];
    const medians = Object.fromEntries(
      HORIZON_FORMS.map((f) => [f, quantile(inBin.map((p) => absoluteError(p, f)!), 0.5)]),
    ) as Record<HorizonForm, number>;
    const bestBaseline: HorizonForm = medians.flat <= medians['linear-in-log-compute'] ? 'flat' : 'linear-in-log-compute';
    const bar = medians[bestBaseline];
    return [{ bin: bin.label, lo: bin.lo, hi: bin.hi, count: inBin.length, linear: medians.linear < bar, logistic: medians.logistic < bar, bestBaseline, medians }];
  });
}

/**
 * `data/backtest.json` (§10, §12): every prediction and the bins, pooled over the three settings
 * (`bins`) and per setting (`bins_by_setting`); null where a fit failed (and `hi` of an open last bin).
 */
export function backtestHorizonJson(dataset: Dataset, analysis: Analysis) {
  const all = backtestByHorizon(dataset, analysis);
  const plain = (stats: readonly HorizonBinStats[]) => stats.map((s) => ({ ...s, hi: Number.isFinite(s.hi) ? s.hi : null }));
  return {
    assumptions: analysis.assumptions,
    axis: analysis.axis,
    ks: [...HORIZON_KS],
    forms: [...HORIZON_FORMS],
    error: 'observed − predicted, normalised units (0.01 = 1 point); bins summarise absolute errors',
    horizon: 'log10(C(L_predicted) / C(L_k-th model)), C the §6 conversion of each loss',
    predictions: all.predictions,
    bins: plain(all.stats),
    bins_by_setting: Object.fromEntries(
      SETTINGS.map((setting) => [setting, plain(horizonStats(all.predictions.filter((p) => p.setting === setting)).stats)]),
    ),
  };
}

/** How each form is named in sentences. */
export const HORIZON_FORM_NAMES: Record<HorizonForm, string> = {
  linear: 'linear fit',
  logistic: 'logistic fit',
  flat: 'flat baseline',
  'linear-in-log-compute': 'linear-in-log-compute baseline',
};

const pts = (v: number) => `${significant(v * 100, 2)} points`;
const list = (items: string[], conjunction = 'and') =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;

/**
 * A computed sentence for one level: in which horizon bins each fit form's median absolute error is
 * below both baselines', and the four medians at the farthest tested bin.
 */
export function horizonVerdict(result: BacktestHorizonResult, level: HorizonLevel): string {
  const rows = beatsBaselines(result, level);
  const who = `${level === 'task' ? 'single tasks' : 'the categories and the overall score'} (${SETTING_NAMES[result.settings[0] ?? 'few']}${result.settings.length > 1 ? ' and other settings' : ''})`;
  if (rows.length === 0) return `For ${who}, no horizon bin has enough predictions of every form to compare them.`;
  const forms = (['linear', 'logistic'] as const).map((form, i) => {
    const won = rows.filter((r) => r[form]).map((r) => r.bin);
    const lost = rows.filter((r) => !r[form]).map((r) => r.bin);
    const where =
      won.length === 0 ? 'in none of the horizon bins' : lost.length === 0 ? 'in every horizon bin' : `at ${list(won)} orders of magnitude, not at ${list(lost, 'or')}`;
    return i === 0 ? `the linear fit's median error is below both baselines' ${where}` : `the logistic fit's ${where}`;
  });
  const total = rows.reduce((n, r) => n + r.count, 0);
  const far = rows[rows.length - 1]!;
  const medians =
    ` At ${far.bin} orders of magnitude, the farthest bin tested (${far.count} of them), the median absolute errors are ` +
    `${list(HORIZON_FORMS.map((f) => `${pts(far.medians[f])} (${HORIZON_FORM_NAMES[f]})`))}.`;
  return `For ${who}, compared on the ${total} predictions that all four forms make, ${forms.join('; ')}.${medians}`;
}

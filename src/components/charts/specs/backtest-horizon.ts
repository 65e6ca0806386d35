// METHOD §12: how the backtest error grows with distance. Fit on the smallest k GPT-3 models
// (k = 3 … 7), predict every larger one, and plot the absolute error against the horizon (orders of
// magnitude of C, the §6 conversion) by bin: median line and 80 % band (p10–p90) per form, the two
// fit forms solid, the two baselines dashed; one panel for single tasks, one for aggregates.
//
// Performance: the full grid (three settings) takes well over 30 ms in Node, so the figure computes
// the setting it shows only (the analysis' chosen one, or `setting`); fits are cached by their points.
import * as Plot from '@observablehq/plot';
import {
  HORIZON_BASELINES,
  HORIZON_FORMS,
  HORIZON_LEVELS,
  backtestByHorizon,
  HORIZON_FORM_NAMES as FORM_NAMES,
  horizonVerdict,
  type BacktestHorizonResult,
  type HorizonForm,
  type HorizonLevel,
} from '../../../lib/backtest-horizon';
import { significant } from '../../../lib/format';
import type { Analysis, Dataset, Setting } from '../../../lib/types';
import { INK, type ChartModel, type Row } from '../chart-model';
import { FONT_PX, REGULAR, type ChartLayout } from '../layout';
import { absPointsColumn, textColumn } from '../../tables/columns';
import { EPOCH_ANCHOR } from './backtest';
import { paletteColour } from './labels';
import { assumptionsLine, SETTING_NAMES } from './words';

export interface BacktestHorizonChartOptions {
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
}

export const FORM_COLOURS: Record<HorizonForm, string> = {
  linear: INK.linear,
  logistic: INK.logistic,
  flat: paletteColour(9),
  'linear-in-log-compute': paletteColour(2),
};
export const LEVEL_NAMES: Record<HorizonLevel, string> = { task: 'Single tasks', aggregate: 'Categories and overall' };
const isBaseline = (form: HorizonForm) => (HORIZON_BASELINES as readonly HorizonForm[]).includes(form);


/** The backtest by horizon for one setting (the figure's and the /backtest/ sentences'). */
export function horizonResult(analysis: Analysis, dataset: Dataset, setting?: Setting): BacktestHorizonResult {
  return backtestByHorizon(dataset, analysis, { settings: [setting ?? analysis.assumptions.setting] });
}


/** Pixels between legend lines, and above each panel for its title. */
const LINE_PX = FONT_PX + 3;
const TITLE_PX = 24;

export function backtestHorizonSpec(analysis: Analysis, dataset: Dataset, options: BacktestHorizonChartOptions, layout: ChartLayout = REGULAR): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const result = horizonResult(analysis, dataset, setting);
  const points = result.stats.flatMap((s) =>
    s.count > 0 && s.horizon !== null
      ? [{ level: LEVEL_NAMES[s.level], form: s.form, bin: s.bin, horizon: s.horizon, count: s.count, median: s.median! * 100, p10: s.p10! * 100, p90: s.p90! * 100 }]
      : [],
  );
  const k7 = result.predictions.find((p) => p.k === 7 && p.horizon_orders !== null)?.horizon_orders ?? null;
  const k3Far = Math.max(...result.predictions.filter((p) => p.k === 3).map((p) => p.horizon_orders ?? 0));
  const anchors = (['task', 'aggregate'] as const).map((level) => ({
    level: LEVEL_NAMES[level],
    horizon: 1,
    error: EPOCH_ANCHOR[level === 'task' ? 'task' : 'category'],
  }));
  const xMax = Math.max(3, ...points.map((p) => p.horizon)) + 0.1;
  const levels = HORIZON_LEVELS.map((l) => LEVEL_NAMES[l]);
  // The legend sits in the top panel's upper left, where short horizons keep the errors small.
  const legend = HORIZON_FORMS.map((form, i) => ({
    level: levels[0]!,
    dy: 8 + i * LINE_PX,
    text: `${isBaseline(form) ? '- - ' : '—— '}${FORM_NAMES[form]}`,
    colour: FORM_COLOURS[form],
  }));
  const { width } = layout;
  const height = width < 480 ? 560 : 520;
  // A band scale's inner padding is a share of its step: the share that leaves TITLE_PX + 8 between panels.
  const gap = TITLE_PX + 8;
  const paddingInner = (gap * levels.length) / (height - TITLE_PX - 40 + gap);
  const setLine = (form: HorizonForm) => (isBaseline(form) ? { strokeDasharray: '5,4' } : {});

  return {
    title: `Backtest error against horizon (${SETTING_NAMES[setting]})`,
    description:
      `Absolute error of predictions from fits to the smallest k GPT-3 models (k = 3 to 7), by how many orders of magnitude of compute ` +
      `separate the predicted model from the largest fitted one, ${SETTING_NAMES[setting]}. ` +
      HORIZON_LEVELS.map((level) => horizonVerdict(result, level)).join(' '),
    caption:
      `Absolute error of the predicted normalised ${SETTING_NAMES[setting]} score (points of the chance-to-ceiling range) against the horizon: ` +
      `log10 of the ratio of the predicted model's compute C(L) to the largest fitted model's, the same conversion of loss to compute as everywhere on the site. ` +
      `Fits on the smallest k = 3 to 7 models predict every larger model; predictions are binned by horizon (0–0.5, 0.5–1, 1–1.5, 1.5–2, 2–3 orders${result.bins.length > 5 ? ', 3+' : ''}) ` +
      `and each bin is drawn at its predictions' mean horizon: lines the median, shading the 80 % range (10th to 90th percentile). ` +
      `Solid: linear and logistic fits; dashed: the flat baseline (the largest fitted model's score carried forward) and a straight line of score against log10 C. ` +
      `Top: ${levels[0]!.toLowerCase()}; bottom: ${levels[1]!.toLowerCase()}. ` +
      `The k = 7 predictions (fit on the seven smaller models, predict 175B${k7 === null ? '' : `, ${significant(k7, 2)} orders`}) are the site's existing 175B backtest; ` +
      `k = 3 reaches ${significant(k3Far, 2)} orders. Dots: Owen (Epoch, 2024)'s typical errors at one order of magnitude, ≈${EPOCH_ANCHOR.category} points for aggregates and ≈${EPOCH_ANCHOR.task} for single tasks. ` +
      assumptionsLine(analysis.assumptions),
    plot: {
      width,
      height,
      marginTop: TITLE_PX,
      marginLeft: 44,
      marginRight: 14,
      marginBottom: 40,
      x: {
        domain: [0, xMax],
        label: width < 480 ? 'Horizon (orders of magnitude) →' : 'Horizon (orders of magnitude of compute beyond the largest fitted model) →',
        grid: true,
      },
      y: { label: null, grid: true, zero: true },
      // Room between the panels for the lower one's title.
      fy: { domain: levels, axis: null, paddingInner, paddingOuter: 0, round: false },
      marks: [
        Plot.frame({ stroke: INK.muted, strokeOpacity: 0.3 }),
        // Each panel's title says what it holds and in what unit, above its frame.
        Plot.text(levels, { fy: (d: string) => d, text: (d: string) => (width < 480 ? `${d} (points)` : `${d}: absolute error (points)`), frameAnchor: 'top-left', dy: -6, lineAnchor: 'bottom', textAnchor: 'start', fontWeight: 600 }),
        ...HORIZON_FORMS.flatMap((form) => {
          const data = points.filter((p) => p.form === form);
          return [
            Plot.areaY(data, { x: 'horizon', y1: 'p10', y2: 'p90', fy: 'level', fill: FORM_COLOURS[form], fillOpacity: isBaseline(form) ? 0.06 : 0.12 }),
            Plot.line(data, { x: 'horizon', y: 'median', fy: 'level', stroke: FORM_COLOURS[form], strokeWidth: 2, ...setLine(form) }),
            Plot.dot(data, {
              x: 'horizon',
              y: 'median',
              fy: 'level',
              fill: FORM_COLOURS[form],
              r: 2.5,
              tip: true,
              channels: { Form: 'form', Bin: 'bin', Count: 'count', 'p10 (points)': 'p10', 'p90 (points)': 'p90' },
            }),
          ];
        }),
        ...legend.map((item) =>
          Plot.text([item], { fy: 'level', text: 'text', fill: item.colour, frameAnchor: 'top-left', textAnchor: 'start', lineAnchor: 'top', dx: 6, dy: item.dy }),
        ),
        Plot.dot(anchors, { x: 'horizon', y: 'error', fy: 'level', stroke: INK.reference, r: 5, strokeWidth: 1.5 }),
        Plot.text(anchors, { x: 'horizon', y: 'error', fy: 'level', text: (a: (typeof anchors)[number]) => `Owen 2024: ≈${a.error}`, dy: -12, fill: INK.reference }),
      ],
    },
    columns: [
      textColumn('level', 'Level'),
      textColumn('form', 'Form'),
      textColumn('bin', 'Horizon bin (orders of magnitude)'),
      { key: 'horizon', label: 'Mean horizon', unit: 'orders of magnitude', format: 'significant' },
      { key: 'count', label: 'Predictions', format: 'integer' },
      absPointsColumn('median', 'Median absolute error'),
      absPointsColumn('mean', 'Mean absolute error'),
      absPointsColumn('p10', 'Absolute error, 10th percentile'),
      absPointsColumn('p90', 'Absolute error, 90th percentile'),
    ],
    rows: result.stats.map(
      (s): Row => ({
        level: LEVEL_NAMES[s.level],
        form: s.form,
        bin: s.bin,
        horizon: s.horizon,
        count: s.count,
        median: s.median,
        mean: s.mean,
        p10: s.p10,
        p90: s.p90,
      }),
    ),
    download: { what: 'backtest-by-horizon', setting, state: analysis.assumptions },
  };
}

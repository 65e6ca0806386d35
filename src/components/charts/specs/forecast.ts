// METHOD §11 as figures: every later comparison's observed score against what GPT-3's fit predicted
// at its loss (both forms, the diagonal is a perfect forecast), its error against its horizon, and
// the Pythia suites' own curves beside GPT-3's on the tasks they share.
import * as Plot from '@observablehq/plot';
import { findSeries } from '../../../lib/analyse';
import { curveOn } from '../../../lib/suites';
import { formatOrders, formatPoints } from '../../../lib/format';
import { FIT_FORMS, type Analysis, type Dataset, type FitForm, type Setting } from '../../../lib/types';
import { INK, type ChartModel } from '../chart-model';
import { absPointsColumn, lossColumn, pointsColumn, scoreColumn, textColumn } from '../../tables/columns';
import { paletteColour } from './labels';
import { span } from './span';
import { dotPaths } from './dot-paths';
import { isPhoneWidth, REGULAR, type ChartLayout } from '../layout';
import { assumptionsLine, SETTING_NAMES } from './words';

export type ForecastChartOptions = Record<string, never>;

const FORM_NAMES: Record<FitForm, string> = { linear: 'Line', logistic: 'S-curve' };

/** One dot per comparison and form that has a prediction. */
function dots(analysis: Analysis) {
  return analysis.forecast.comparisons.flatMap((c) =>
    FIT_FORMS.flatMap((form) =>
      c.predicted[form] === null || c.horizon_orders === null
        ? []
        : [{ ...c, setting: SETTING_NAMES[c.setting as Setting], form: FORM_NAMES[form], predictedScore: c.predicted[form]!, errorValue: c.error[form]!, caveat: c.comparable === 'caveat' }],
    ),
  );
}

function familyScale(analysis: Analysis): Plot.ScaleOptions {
  const families = [...new Set(analysis.forecast.comparisons.filter((c) => c.loss !== null).map((c) => c.family))];
  return { domain: families, range: families.map((_, i) => paletteColour(i)), legend: false };
}

/** A tooltip drawn on hover (Plot's tip), not a <title> per dot: 1,000 of those would weigh the page down. */
const tip = { tip: true, channels: { Model: 'model', Task: 'task', Setting: 'setting' } } as const;

function familyCaption(analysis: Analysis): string {
  const families = familyScale(analysis).domain as string[];
  return `Colours by family, in this order: ${families.join(', ')} (the table view names every point).`;
}

const comparisonColumns = [
  textColumn('model', 'Model'),
  textColumn('family', 'Family'),
  textColumn('task', 'Task'),
  textColumn('setting', 'Setting'),
  lossColumn(),
  { key: 'horizon', label: 'Horizon', unit: 'orders of magnitude beyond GPT-3 175B', format: 'orders' as const },
  scoreColumn('observed', 'Observed'),
  ...FIT_FORMS.flatMap((form) => [scoreColumn(`predicted-${form}`, `Predicted, ${FORM_NAMES[form].toLowerCase()}`), pointsColumn(`error-${form}`, `Error, ${FORM_NAMES[form].toLowerCase()}`)]),
  { key: 'caveat', label: 'Caveat', format: 'yes-no' as const },
  textColumn('note', 'Note'),
];

/** What the scatter draws, a row per comparison: its table view prints these (the CSV holds every column). */
const PRINTED = ['model', 'task', 'setting', 'observed', ...FIT_FORMS.map((form) => `predicted-${form}`), 'caveat'];
const printedColumns = comparisonColumns.filter((c) => PRINTED.includes(c.key));

/** One row per comparison with a loss, both forms side by side (the table view and the CSV). */
function comparisonRows(analysis: Analysis) {
  return analysis.forecast.comparisons
    .filter((c) => c.horizon_orders !== null)
    .map((c) => ({
      model: c.model,
      family: c.family,
      task: c.task,
      setting: SETTING_NAMES[c.setting as Setting],
      loss: c.loss,
      horizon: c.horizon_orders,
      observed: c.observed,
      ...Object.fromEntries(FIT_FORMS.flatMap((form) => [[`predicted-${form}`, c.predicted[form]], [`error-${form}`, c.error[form]]])),
      caveat: c.comparable === 'caveat',
      note: c.note || null,
    }));
}

export function forecastScatterSpec(analysis: Analysis, _dataset: Dataset, _options: ForecastChartOptions = {}, layout: ChartLayout = REGULAR): ChartModel {
  const data = dots(analysis);
  const n = new Set(data.map((d) => `${d.model}|${d.taskId}|${d.setting}`)).size;
  return {
    title: 'Later models: observed against predicted normalised score',
    description: `${n} comparisons of later models with GPT-3's fits at their losses, for the line and the s-curve; points on the diagonal were predicted exactly.`,
    caption:
      `Each later model's normalised score on a task (up) against what GPT-3's fit of that task predicted at the model's loss (across), ` +
      `for the line and the s-curve; ${n} model × task × setting comparisons. On the diagonal the forecast was exact; above it the model did ` +
      `better than GPT-3's trend. Hollow: comparisons with a caveat. ${familyCaption(analysis)} ${assumptionsLine(analysis.assumptions)}`,
    plot: {
      width: layout.width,
      height: Math.round(Math.max(300, layout.width * 0.56)),
      marginLeft: 48,
      // Room for the x label below the tick labels (Plot's default margin sets it on them).
      marginBottom: 40,
      fx: { label: null },
      x: { domain: [-0.2, 1.1], tickFormat: '.0%', label: 'Predicted by GPT-3’s fit →', ticks: isPhoneWidth(layout.width) ? 3 : 5 },
      y: { domain: [-0.2, 1.1], tickFormat: '.0%', label: '↑ Observed', grid: true },
      color: familyScale(analysis),
      marks: [
        Plot.line([[-0.2, -0.2], [1.1, 1.1]], { stroke: INK.muted, strokeDasharray: '4,3' }),
        Plot.dot(data, { fx: 'form', x: 'predictedScore', y: 'observed', stroke: 'family', fill: 'family', r: 2.5, ...tip, render: dotPaths({ r: 2.5, fillOpacity: 0.7, strokeWidth: 1.5, hollow: (i) => data[i]!.caveat }) }),
      ],
    },
    columns: comparisonColumns,
    printed: printedColumns,
    rows: comparisonRows(analysis),
    download: { what: 'forecast-comparisons', state: analysis.assumptions },
  };
}

export function forecastHorizonSpec(analysis: Analysis, _dataset: Dataset, _options: ForecastChartOptions = {}, layout: ChartLayout = REGULAR): ChartModel {
  const data = dots(analysis);
  const horizons = data.map((d) => d.horizon_orders!);
  const errors = data.map((d) => d.errorValue);
  const extent = Math.max(0.3, ...errors.map(Math.abs)) * 1.05;
  return {
    title: 'Later models: forecast error against horizon',
    description: `Errors of GPT-3's fits on later models, from ${formatOrders(Math.min(...horizons))} to ${formatOrders(Math.max(...horizons))} orders of magnitude beyond GPT-3 175B.`,
    caption:
      `Each comparison's error (observed − predicted, in points of the chance-to-ceiling range; positive: better than GPT-3's trend) ` +
      `against its horizon, the later model's distance beyond GPT-3 175B in orders of magnitude of training compute on the site's one ` +
      `yardstick (negative: a smaller model than 175B on that yardstick). ${familyCaption(analysis)} ${assumptionsLine(analysis.assumptions)}`,
    plot: {
      width: layout.width,
      height: Math.round(Math.max(280, layout.width * 0.5)),
      marginLeft: 48,
      marginBottom: 40,
      fx: { label: null },
      x: { label: 'Orders of magnitude beyond GPT-3 175B →', ticks: isPhoneWidth(layout.width) ? 3 : 5 },
      y: { domain: [-extent, extent], label: '↑ Error, points', grid: true, tickFormat: (v: number) => formatPoints(v) },
      color: familyScale(analysis),
      marks: [
        Plot.ruleY([0], { stroke: INK.muted }),
        Plot.ruleX([0], { stroke: INK.muted, strokeDasharray: '2,3' }),
        Plot.dot(data, { fx: 'form', x: 'horizon_orders', y: 'errorValue', stroke: 'family', fill: 'family', r: 2.5, ...tip, render: dotPaths({ r: 2.5, fillOpacity: 0.7, strokeWidth: 1.5, hollow: (i) => data[i]!.caveat }) }),
      ],
    },
    // Per model (every comparison is in the first figure's table, its CSV and data/forecast.json).
    columns: [
      textColumn('model', 'Model'),
      textColumn('family', 'Family'),
      { key: 'horizon', label: 'Horizon', unit: 'orders of magnitude beyond GPT-3 175B', format: 'orders' as const },
      { key: 'n', label: 'Comparisons', format: 'integer' as const },
      ...FIT_FORMS.flatMap((form) => [absPointsColumn(`mae-${form}`, `${FORM_NAMES[form]}: mean absolute error`), pointsColumn(`bias-${form}`, `${FORM_NAMES[form]}: bias`)]),
    ],
    rows: analysis.forecast.summary
      .filter((s) => s.by === 'model')
      .map((s) => {
        const first = analysis.forecast.comparisons.find((c) => c.model === s.id && c.horizon_orders !== null);
        return {
          model: s.id,
          family: first?.family ?? '',
          horizon: first?.horizon_orders ?? null,
          n: Math.max(s.n.linear, s.n.logistic),
          ...Object.fromEntries(FIT_FORMS.flatMap((form) => [[`mae-${form}`, s.mae[form]], [`bias-${form}`, s.bias[form]]])),
        };
      }),
    download: { what: 'forecast-by-model', state: analysis.assumptions },
  };
}

export interface SuitesChartOptions {
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
}

/** §11's second suite: on each task GPT-3 and Pythia share, each suite's points and its own fit of the chosen form. */
export function suitesSpec(analysis: Analysis, dataset: Dataset, options: SuitesChartOptions = {}, layout: ChartLayout = REGULAR): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const form = analysis.assumptions.fitForm;
  const tasks = dataset.tasks.filter((t) => analysis.suites.some((s) => s.series.some((x) => x.id === t.id && x.setting === setting && x.comparable !== 'no')));
  const suites = [
    { name: 'GPT-3', colour: INK.points, models: dataset.models.map((m) => m.label), losses: analysis.losses, seriesOf: (id: string) => findSeries(analysis, { kind: 'task', id }, setting) },
    ...analysis.suites.map((s, i) => ({
      name: s.name,
      colour: INK.suites[i % INK.suites.length]!,
      models: s.models,
      losses: s.losses,
      seriesOf: (id: string) => s.series.find((x) => x.id === id && x.setting === setting && x.comparable !== 'no'),
    })),
  ];
  const points = tasks.flatMap((t) =>
    suites.flatMap((s) => {
      const series = s.seriesOf(t.id);
      return series ? s.models.map((model, i) => ({ task: t.name, suite: s.name, model, loss: s.losses[i]!, score: series.y[i]! })) : [];
    }),
  );
  const curves = tasks.flatMap((t) =>
    suites.flatMap((s) => {
      const series = s.seriesOf(t.id);
      if (!series) return [];
      const grid = span(Math.min(...s.losses), Math.max(...s.losses), 40);
      return curveOn(series, form, grid, analysis.axis).map((p) => ({ task: t.name, suite: s.name, ...p }));
    }),
  );
  const colour = { domain: suites.map((s) => s.name), range: suites.map((s) => s.colour) };
  return {
    title: `GPT-3 and the Pythia suites: normalised ${SETTING_NAMES[setting]} score against loss`,
    description: `On the ${tasks.length} tasks GPT-3 and Pythia share, each suite's eight models and its own ${form} fit.`,
    caption:
      `On each task GPT-3 and Pythia share, the normalised ${SETTING_NAMES[setting]} score of each suite's eight models against the loss the ` +
      `loss model gives them, with each suite's own ${form} fit (the same method as GPT-3's). GPT-3 in the points' colour, ` +
      `${analysis.suites.map((s) => s.name).join(' and ')} in lighter colours. Pythia was evaluated with another harness (and few-shot with k = 5), ` +
      `so levels differ; the comparison is of shape. ${assumptionsLine(analysis.assumptions)}`,
    plot: {
      width: layout.width,
      height: Math.round(Math.max(420, layout.width * 0.66)),
      marginLeft: 44,
      fx: { axis: null },
      fy: { axis: null },
      x: { reverse: true, label: 'Loss, falling →', ticks: 3 },
      y: { tickFormat: '.0%', grid: true, label: '↑ Normalised score', ticks: 4 },
      color: colour,
      marks: [
        Plot.line(curves, { fx: (d: { task: string }) => tasks.findIndex((t) => t.name === d.task) % 3, fy: (d: { task: string }) => Math.floor(tasks.findIndex((t) => t.name === d.task) / 3), x: 'loss', y: 'score', stroke: 'suite', z: 'suite', strokeWidth: 1.5 }),
        Plot.dot(points, { fx: (d: { task: string }) => tasks.findIndex((t) => t.name === d.task) % 3, fy: (d: { task: string }) => Math.floor(tasks.findIndex((t) => t.name === d.task) / 3), x: 'loss', y: 'score', stroke: 'suite', r: 2.5, title: (d: { model: string; task: string }) => `${d.model}: ${d.task}` }),
        Plot.text(tasks.map((t, i) => ({ name: t.name, i })), { fx: (d: { i: number }) => d.i % 3, fy: (d: { i: number }) => Math.floor(d.i / 3), text: 'name', frameAnchor: 'top-left', dx: 4, dy: 4, fontWeight: 'bold' }),
      ],
    },
    columns: [textColumn('task', 'Task'), textColumn('suite', 'Suite'), textColumn('model', 'Model'), lossColumn(), scoreColumn('score', 'Normalised score')],
    rows: points,
    download: { what: 'suites', setting, state: analysis.assumptions },
  };
}


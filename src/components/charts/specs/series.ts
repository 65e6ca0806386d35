// Normalised score against loss for one series (a task, a category or the overall mean), with the
// eight GPT-3 models as points and the linear and logistic fits as curves (METHOD §4, §5).
import type { FitFailure } from '../../../lib/types';
import { noFitText } from '../../../lib/fit-sentences';
import * as Plot from '@observablehq/plot';
import { findSeries } from '../../../lib/analyse';
import { findTask, primaryRow } from '../../../lib/tasks';
import type { SeriesRef } from '../../../lib/series-ref';
import { curveAt, type FitAxis } from '../../../lib/axis';
import { capitalise, formatLoss, formatPercent } from '../../../lib/format';
import type { Analysis, Dataset, FitForm, Series, Setting } from '../../../lib/types';
import { INK, type ChartModel } from '../chart-model';
import { FONT_PX, REGULAR, type ChartLayout } from '../layout';
import { lossColumn, scoreColumn, textColumn } from '../../tables/columns';
import { assumptionsLine, fitSummary, SETTING_NAMES } from './words';

/** Which fits a chart draws: one form, both, or `chosen` (the form the reader picked). */
export type FitChoice = FitForm | 'both' | 'chosen';

export function formsOf(choice: FitChoice, analysis: Analysis): FitForm[] {
  if (choice === 'both') return ['linear', 'logistic'];
  return [choice === 'chosen' ? analysis.assumptions.fitForm : choice];
}

export interface SeriesChartOptions {
  series: SeriesRef;
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
  fit: FitChoice;
}

/** Losses spanning [lo, hi] in `count` steps, for drawing a fitted curve. */
export function span(lo: number, hi: number, count = 80): number[] {
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

/** The plotted loss range: the models' losses, padded by 4 % of their spread on each side. */
export function lossRange(losses: readonly number[]): [lo: number, hi: number] {
  const pad = 0.04 * (Math.max(...losses) - Math.min(...losses));
  return [Math.min(...losses) - pad, Math.max(...losses) + pad];
}

export interface CurvePoint {
  form: FitForm;
  loss: number;
  score: number;
}

/** The fitted curves of `series` across [lo, hi], for each of `forms` that fitted. */
export function fitCurves(series: Series, forms: readonly FitForm[], [lo, hi]: [number, number], axis: FitAxis): CurvePoint[] {
  return forms.flatMap((form) =>
    span(lo, hi).flatMap((loss) => {
      const score = curveAt(form, series[form], loss, axis);
      return score === null ? [] : [{ form, loss, score }];
    }),
  );
}

/** The sentences saying which forms failed to fit, and why. */
export const fitFailures = (series: Series, forms: readonly FitForm[]): string[] =>
  forms.flatMap((form) => (series[form].ok ? [] : [noFitText(form, series[form] as FitFailure)]));

/** How the fits are drawn, for a caption. */
export const fitsDrawn = (forms: readonly FitForm[]): string =>
  forms.length === 2 ? 'linear (dashed) and logistic (solid) fits' : `${forms[0]} fit`;

export function seriesSpec(analysis: Analysis, dataset: Dataset, options: SeriesChartOptions, layout: ChartLayout = REGULAR): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const series = findSeries(analysis, options.series, setting);
  const forms = formsOf(options.fit, analysis);
  const task = series.kind === 'task' ? findTask(dataset, series.id) : undefined;
  const raw = task ? primaryRow(dataset, task, setting) : undefined;

  const points = dataset.models.map((model, i) => ({
    model: model.label,
    params: model.params,
    loss: series.x[i]!,
    score: series.y[i]!,
    raw: raw?.scores[model.label] ?? null,
  }));
  const [lo, hi] = lossRange(series.x);
  const curves = fitCurves(series, forms, [lo, hi], analysis.axis);
  const failures = fitFailures(series, forms);
  const scores = [...series.y, ...curves.map((c) => c.score)];
  const yDomain = [Math.min(-0.05, ...scores), Math.max(1.05, ...scores)];
  const { width } = layout;
  const marginLeft = 48;

  const name = series.kind === 'overall' ? 'all benchmarks' : series.name;
  const settingName = SETTING_NAMES[setting];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const description =
    `Normalised ${settingName} score of ${name} against cross-entropy loss for the eight GPT-3 models: ` +
    `${formatPercent(first.score)} for ${first.model} (loss ${formatLoss(first.loss)}) to ` +
    `${formatPercent(last.score)} for ${last.model} (loss ${formatLoss(last.loss)}). ` +
    forms.map((form) => fitSummary(form, series[form])).join(' ');

  return {
    title: `${capitalise(name)}: normalised ${settingName} score against loss`,
    description,
    caption:
      `Normalised ${settingName} score of ${name} (0 = chance, 1 = ceiling) against each GPT-3 model's loss, ` +
      `lower loss to the right; ${fitsDrawn(forms)}. ` +
      assumptionsLine(analysis.assumptions),
    plot: {
      width,
      // A phone's drawing is relatively taller: the same vertical room for the scores.
      height: Math.round(Math.min(380, Math.max(250, width * 0.6))),
      marginLeft,
      marginBottom: 36,
      x: { domain: [hi, lo], label: width < 400 ? 'Loss (nats/token), falling →' : 'Loss (nats per token), falling →', ticks: Math.max(3, Math.floor(width / 80)) },
      y: { domain: yDomain, grid: true, tickFormat: '.0%', label: '↑ Normalised score' },
      marks: [
        Plot.ruleY([0, 1], { stroke: INK.muted, strokeDasharray: '2,3' }),
        ...forms.map((form) =>
          Plot.line(
            curves.filter((c) => c.form === form),
            {
              x: 'loss',
              y: 'score',
              stroke: INK[form],
              strokeWidth: 2,
              ...(form === 'linear' ? { strokeDasharray: '6,4' } : {}),
            },
          ),
        ),
        Plot.dot(points, {
          x: 'loss',
          y: 'score',
          fill: INK.points,
          r: 4,
          tip: true,
          channels: { Model: 'model', ...(raw ? { 'Raw score': 'raw' } : {}) },
        }),
        // Wrapped to the frame: lineWidth is in ems of the text's own size.
        ...(failures.length
          ? [Plot.text([failures.join('\n')], { frameAnchor: 'top-left', dx: 6, dy: 6, fill: INK.muted, lineWidth: (width - marginLeft - 40) / FONT_PX })]
          : []),
      ],
    },
    columns: [
      textColumn('model', 'Model'),
      { key: 'params', label: 'Parameters', unit: 'count', format: 'size' },
      lossColumn(),
      ...(raw ? [{ key: 'raw', label: `Raw score (${task!.metric})`, format: 'as-printed' } as const] : []),
      scoreColumn('score', 'Normalised score'),
      ...forms.map((form) => scoreColumn(form, `${capitalise(form)} fit`)),
    ],
    rows: points.map((p) => ({
      model: p.model,
      params: p.params,
      loss: p.loss,
      ...(raw ? { raw: p.raw } : {}),
      score: p.score,
      ...Object.fromEntries(forms.map((form) => [form, curveAt(form, series[form], p.loss, analysis.axis)])),
    })),
    download: { what: series.kind === 'overall' ? 'overall' : `${series.kind}-${series.id}`, setting, state: analysis.assumptions },
  };
}

export { capitalise } from '../../../lib/format';

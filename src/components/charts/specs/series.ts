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
import { laterForSeries } from '../../../lib/later-for-series';
import { familySymbolScale, laterCaption, laterMarks, suiteCurves, suiteMarks } from './later-marks';

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

import { span } from './span';
export { span };

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
  // §11: the later models and, on a task's page, the Pythia suites beside GPT-3's points; the x axis
  // reaches them, and GPT-3's fits extend to them (that is the forecast being checked).
  const later = laterForSeries(analysis, dataset, series, setting, series.kind === 'task');
  const suites = series.kind === 'task' ? suiteCurves(analysis, series.id, setting, forms) : [];
  const [lo, hi] = lossRange([...series.x, ...later.placed.map((m) => m.loss!), ...suites.flatMap((c) => c.points.map((p) => p.loss))]);
  const curves = fitCurves(series, forms, [lo, hi], analysis.axis);
  const failures = fitFailures(series, forms);
  const scores = [
    ...series.y,
    ...curves.map((c) => c.score),
    ...[...later.placed, ...later.undisclosed].map((m) => m.observed!),
    ...suites.flatMap((c) => [...c.points, ...c.curves].map((p) => p.score)),
  ];
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
      assumptionsLine(analysis.assumptions) +
      ` ${laterCaption(later, series.kind === 'task')}` +
      (suites.length > 0
        ? ` ${suites.map((c) => c.suite).join(' and ')}: ${suites.length > 1 ? 'each suite' : 'the suite'}'s own eight models and fits, in lighter lines (shape, not level, is comparable).`
        : ''),
    plot: {
      symbol: familySymbolScale(later),
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
        ...suiteMarks(suites),
        ...laterMarks(later, width < 400),
        // Wrapped to the frame: lineWidth is in ems of the text's own size.
        ...(failures.length
          ? [Plot.text([failures.join('\n')], { frameAnchor: 'top-left', dx: 6, dy: 6, fill: INK.muted, lineWidth: (width - marginLeft - 40) / FONT_PX })]
          : []),
      ],
    },
    columns: [
      textColumn('model', 'Model'),
      textColumn('who', 'Models'),
      { key: 'params', label: 'Parameters', unit: 'count', format: 'size' },
      lossColumn(),
      ...(raw ? [{ key: 'raw', label: `Raw score (${task!.metric})`, format: 'as-printed' } as const] : []),
      scoreColumn('score', 'Normalised score'),
      ...forms.map((form) => scoreColumn(form, `${capitalise(form)} fit`)),
      textColumn('note', 'Note'),
    ],
    rows: [
      ...points.map((p) => ({
        model: p.model,
        who: 'GPT-3, fitted',
        params: p.params,
        loss: p.loss,
        ...(raw ? { raw: p.raw } : {}),
        score: p.score,
        ...Object.fromEntries(forms.map((form) => [form, curveAt(form, series[form], p.loss, analysis.axis)])),
        note: '',
      })),
      ...[...later.placed, ...later.undisclosed, ...later.excluded].map((m) => ({
        model: m.model,
        who: `${m.family}, later, never fitted`,
        params: dataset.later.models.find((l) => l.name === m.model)?.params ?? null,
        loss: m.loss,
        ...(raw ? { raw: m.printed } : {}),
        score: m.observed,
        ...Object.fromEntries(forms.map((form) => [form, m.predicted[form]])),
        note: [m.comparable === 'no' ? 'not comparable' : m.comparable === 'caveat' ? 'caveat' : '', m.note, m.loss === null && m.comparable !== 'no' ? 'size not disclosed' : '']
          .filter(Boolean)
          .join(': '),
      })),
      ...suites.flatMap((c) =>
        c.points.map((p) => ({
          model: p.model,
          who: `${c.suite}, its own fit`,
          params: dataset.later.models.find((l) => l.name === p.model)?.params ?? null,
          loss: p.loss,
          ...(raw ? { raw: null } : {}),
          score: p.score,
          ...Object.fromEntries(forms.map((form) => [form, curveAt(form, c.series[form], p.loss, analysis.axis)])),
          note: c.series.notes.join('; '),
        })),
      ),
    ],
    download: { what: series.kind === 'overall' ? 'overall' : `${series.kind}-${series.id}`, setting, state: analysis.assumptions },
  };
}

export { capitalise } from '../../../lib/format';

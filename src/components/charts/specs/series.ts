// Normalised score against loss for one series (a task, a category or the overall mean), with the
// eight GPT-3 models as points and the linear and logistic fits as curves (METHOD §4, §5).
import type { FitFailure } from '../../../lib/types';
import { noFitText } from '../../../lib/fit-sentences';
import * as Plot from '@observablehq/plot';
import { findSeries } from '../../../lib/analyse';
import { findTask, primaryRow } from '../../../lib/tasks';
import type { SeriesRef } from '../../../lib/series-ref';
import { curveAt } from '../../../lib/axis';
import { capitalise, formatLoss, formatPercent } from '../../../lib/format';
import type { Analysis, Dataset, FitForm, Setting } from '../../../lib/types';
import { INK, type ChartModel } from '../chart-model';
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
  /** Smaller, unlabelled version for small multiples. */
  compact?: boolean;
}

import { span } from './span';
export { span };

export function seriesSpec(analysis: Analysis, dataset: Dataset, options: SeriesChartOptions): ChartModel {
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
  const suites = series.kind === 'task' && !options.compact ? suiteCurves(analysis, series.id, setting, forms) : [];
  const losses = [...series.x, ...later.placed.map((m) => m.loss!), ...suites.flatMap((c) => c.points.map((p) => p.loss))];
  const pad = 0.04 * (Math.max(...losses) - Math.min(...losses));
  const [lo, hi] = [Math.min(...losses) - pad, Math.max(...losses) + pad];
  const curves = forms.flatMap((form) => {
    const fit = series[form];
    return span(lo, hi).flatMap((loss) => {
      const score = curveAt(form, fit, loss, analysis.axis);
      return score === null ? [] : [{ form, loss, score }];
    });
  });
  const failures = forms.flatMap((form) => (series[form].ok ? [] : [noFitText(form, series[form] as FitFailure)]));
  const scores = [
    ...series.y,
    ...curves.map((c) => c.score),
    ...[...later.placed, ...later.undisclosed].map((m) => m.observed!),
    ...suites.flatMap((c) => [...c.points, ...c.curves].map((p) => p.score)),
  ];
  const yDomain = [Math.min(-0.05, ...scores), Math.max(1.05, ...scores)];

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
      `lower loss to the right; ${forms.length === 2 ? 'linear (dashed) and logistic (solid) fits' : `${forms[0]} fit`}. ` +
      assumptionsLine(analysis.assumptions) +
      ` ${laterCaption(later, series.kind === 'task')}` +
      (suites.length > 0
        ? ` ${suites.map((c) => c.suite).join(' and ')}: ${suites.length > 1 ? 'each suite' : 'the suite'}'s own eight models and fits, in lighter lines (shape, not level, is comparable).`
        : ''),
    plot: {
      symbol: familySymbolScale(later),
      width: options.compact ? 320 : 640,
      height: options.compact ? 220 : 380,
      marginLeft: 48,
      x: { domain: [hi, lo], label: options.compact ? 'Loss →' : 'Loss (nats per token), falling →', ticks: options.compact ? 4 : 8 },
      y: { domain: yDomain, grid: true, tickFormat: '.0%', label: options.compact ? null : '↑ Normalised score' },
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
          r: options.compact ? 3 : 4,
          tip: true,
          channels: { Model: 'model', ...(raw ? { 'Raw score': 'raw' } : {}) },
        }),
        ...suiteMarks(suites),
        ...laterMarks(later, options.compact ?? false),
        ...(failures.length ? [Plot.text([failures.join('\n')], { frameAnchor: 'top-left', dx: 6, dy: 6, fill: INK.muted, lineWidth: 40 })] : []),
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

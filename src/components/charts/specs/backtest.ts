// The backtest chart (METHOD §8): fit on the seven smaller GPT-3 models, predict 175B, and plot the
// error in percentage points for the linear and logistic fits side by side, one row per series.
import { noFitText } from '../../../lib/fit-sentences';
import * as Plot from '@observablehq/plot';
import { significant } from '../../../lib/format';
import { FIT_FORMS, type Analysis, type Dataset, type FitForm, type Series, type Setting } from '../../../lib/types';
import { INK, type ChartModel, type Row } from '../chart-model';
import { noteColumn, pointsColumn, scoreColumn, textColumn } from '../../tables/columns';
import { formatPoints } from '../../../lib/format';
import { seriesName } from './labels';
import { capitalise } from './series';
import { assumptionsLine, SETTING_NAMES } from './words';

export type BacktestKind = 'category' | 'task';
export const BACKTEST_KINDS = ['category', 'task'] as const;

export interface BacktestChartOptions {
  /** `category`: the 11 categories and the overall score; `task`: the 52 tasks. */
  kind: BacktestKind;
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
}

/** Owen (Epoch, 2024): typical backtest error over one order of magnitude of compute, in points. */
export const EPOCH_ANCHOR: Record<BacktestKind, number> = { category: 6, task: 18 };

/** The series a backtest chart or table lists, in dataset order (categories, then overall). */
export function backtestSeries(analysis: Analysis, kind: BacktestKind, setting: Setting): Series[] {
  return analysis.series.filter(
    (s) => s.setting === setting && (kind === 'task' ? s.kind === 'task' : s.kind === 'category' || s.kind === 'overall'),
  );
}

/** Mean absolute error (normalised units) over the successful backtests, or null if none. */
export function meanAbsoluteError(list: readonly Series[], form: FitForm): { value: number; count: number } | null {
  const errors = list.flatMap((s) => (s.backtest[form].ok ? [Math.abs(s.backtest[form].error)] : []));
  return errors.length ? { value: errors.reduce((a, b) => a + b, 0) / errors.length, count: errors.length } : null;
}

export function backtestSpec(analysis: Analysis, _dataset: Dataset, options: BacktestChartOptions): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const list = backtestSeries(analysis, options.kind, setting);
  const names = list.map(seriesName);
  const dots = list.flatMap((s) =>
    FIT_FORMS.flatMap((form) => {
      const b = s.backtest[form];
      return b.ok ? [{ series: seriesName(s), form, error: b.error * 100, predicted: b.predicted, actual: b.actual }] : [];
    }),
  );
  const failed = list.flatMap((s) =>
    FIT_FORMS.flatMap((form) => {
      const b = s.backtest[form];
      return b.ok ? [] : [{ series: seriesName(s), form, reason: noFitText(form, b) }];
    }),
  );
  const anchor = EPOCH_ANCHOR[options.kind];
  const extent = Math.max(anchor * 1.2, ...dots.map((d) => Math.abs(d.error))) * 1.05;
  const rowHeight = options.kind === 'task' ? 15 : 24;
  const height = 80 + rowHeight * list.length;

  const mae = Object.fromEntries(FIT_FORMS.map((form) => [form, meanAbsoluteError(list, form)])) as Record<FitForm, ReturnType<typeof meanAbsoluteError>>;
  const maeText = FIT_FORMS.map((form) => {
    const m = mae[form];
    return m ? `${form} ${significant(m.value * 100, 2)} points (${m.count} series)` : `${form}: no successful backtest`;
  }).join(', ');
  const what = options.kind === 'task' ? 'each task' : 'each category and the overall score';
  const failedBySeries = names.flatMap((name) => {
    const forms = failed.filter((f) => f.series === name).map((f) => f.form);
    return forms.length ? [{ series: name, text: `no ${forms.length === 2 ? 'linear or logistic' : forms[0]} fit` }] : [];
  });
  const failedText = failedBySeries.length
    ? ` No backtest (the fit on seven models failed; reasons in the table): ${failedBySeries.map((f) => `${f.series} (${f.text})`).join(', ')}.`
    : '';

  return {
    title: `Backtest of the ${SETTING_NAMES[setting]} fits: error at 175B for ${what}`,
    description:
      `Fitting the seven smaller GPT-3 models and predicting 175B gives a mean absolute error of ${maeText}. ` +
      `Largest errors: ${[...dots].sort((a, b) => Math.abs(b.error) - Math.abs(a.error)).slice(0, 3).map((d) => `${d.series} ${d.form} ${formatPoints(d.error / 100)} points`).join('; ')}.` +
      failedText,
    caption:
      `Error of the prediction of GPT-3 175B's normalised ${SETTING_NAMES[setting]} score from fits to the seven smaller models ` +
      `(predicted − actual, in percentage points of the chance-to-ceiling range; right of zero = over-predicted), ` +
      `for ${what}: linear fit (open squares) and logistic fit (dots). Dotted lines at ±${anchor} points: ` +
      `Owen (Epoch, 2024)'s typical error for ${options.kind === 'task' ? 'single tasks' : 'aggregates'} over an order of magnitude of compute.` +
      failedText +
      ' ' +
      assumptionsLine(analysis.assumptions),
    plot: {
      width: 640,
      height,
      marginLeft: options.kind === 'task' ? 150 : 170,
      marginRight: 24,
      // Room for the x label below the tick labels (Plot's default margin sets it on them).
      marginBottom: 40,
      x: { domain: [-extent, extent], label: 'Error at 175B (percentage points) →', grid: true },
      y: { domain: names, label: null },
      marks: [
        Plot.ruleX([0], { stroke: 'currentColor' }),
        Plot.ruleX([-anchor, anchor], { stroke: INK.muted, strokeDasharray: '1,3' }),
        Plot.ruleY(names, { stroke: INK.muted, strokeOpacity: 0.2 }),
        Plot.link(
          list.flatMap((s) => {
            const [a, b] = [s.backtest.linear, s.backtest.logistic];
            return a.ok && b.ok ? [{ series: seriesName(s), x1: a.error * 100, x2: b.error * 100 }] : [];
          }),
          { x1: 'x1', x2: 'x2', y: 'series', stroke: INK.muted, strokeOpacity: 0.6 },
        ),
        Plot.dot(dots.filter((d) => d.form === 'linear'), {
          x: 'error',
          y: 'series',
          symbol: 'square',
          stroke: INK.linear,
          strokeWidth: 1.8,
          r: 4,
          tip: true,
          channels: { Fit: 'form', Predicted: 'predicted', Actual: 'actual' },
        }),
        Plot.dot(dots.filter((d) => d.form === 'logistic'), {
          x: 'error',
          y: 'series',
          fill: INK.logistic,
          r: 4,
          tip: true,
          channels: { Fit: 'form', Predicted: 'predicted', Actual: 'actual' },
        }),
        Plot.text(failedBySeries, { x: -extent, y: 'series', text: 'text', textAnchor: 'start', dx: 4, fill: INK.muted }),
      ],
    },
    columns: [
      textColumn('series', options.kind === 'task' ? 'Task' : 'Series'),
      ...FIT_FORMS.flatMap((form) => [
        scoreColumn(`${form}Predicted`, `${capitalise(form)}: predicted`),
        pointsColumn(`${form}Error`, `${capitalise(form)}: error`),
      ]),
      scoreColumn('actual', 'Actual (175B)'),
      noteColumn,
    ],
    rows: list.map((s) => {
      const row: Row = { series: seriesName(s), actual: s.y[s.y.length - 1]! };
      const notes: string[] = [];
      for (const form of FIT_FORMS) {
        const b = s.backtest[form];
        row[`${form}Predicted`] = b.ok ? b.predicted : null;
        row[`${form}Error`] = b.ok ? b.error : null;
        if (!b.ok) notes.push(noFitText(form, b));
      }
      row.note = notes.length ? notes.join('; ') : null;
      return row;
    }),
    download: { what: `backtest-${options.kind}`, setting, state: analysis.assumptions },
  };
}

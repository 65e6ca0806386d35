// METHOD §11 as tables: the forecast's errors per family and overall (both forms) beside GPT-3's
// own 175B backtest and Owen's anchors, and the comparisons it missed most, with their caveats.
import { largestMisses } from '../../../lib/forecast';
import { FIT_FORMS, type Analysis, type Dataset, type FitForm, type Series, type Setting } from '../../../lib/types';
import { backtestSeries, EPOCH_ANCHOR, meanAbsoluteError } from '../../charts/specs/backtest';
import { capitalise } from '../../charts/specs/series';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import { absPointsColumn, noteColumn, pointsColumn, scoreColumn, textColumn } from '../columns';
import type { Row, TableModel } from '../table-model';

export function forecastSummaryTable(analysis: Analysis, _dataset: Dataset): TableModel {
  const { summary } = analysis.forecast;
  const rows: Row[] = summary
    .filter((s) => s.by === 'overall' || s.by === 'family')
    .map((s) => ({
      group: s.by === 'overall' ? 'All later models' : s.id,
      n: Math.max(s.n.linear, s.n.logistic),
      ...Object.fromEntries(FIT_FORMS.flatMap((form) => [[`mae-${form}`, s.mae[form]], [`bias-${form}`, s.bias[form]]])),
      note: s.n.linear !== s.n.logistic ? `${s.n.linear} comparisons with a line, ${s.n.logistic} with an s-curve` : null,
    }));
  // GPT-3's own test at one horizon (the 175B backtest, in the chosen setting) and Owen's anchors.
  const setting = analysis.assumptions.setting;
  for (const kind of ['task', 'category'] as const) {
    const list = backtestSeries(analysis, kind, setting).filter((s) => kind === 'task' || s.kind === 'category');
    const row: Row = { group: `GPT-3's 175B backtest, ${kind === 'task' ? 'single tasks' : 'categories'} (${SETTING_NAMES[setting]})`, n: list.length, note: `Owen (Epoch, 2024): ~${EPOCH_ANCHOR[kind]} points at one order of magnitude` };
    for (const form of FIT_FORMS) {
      row[`mae-${form}`] = meanAbsoluteError(list, form)?.value ?? null;
      row[`bias-${form}`] = null;
    }
    rows.push(row);
  }
  return {
    caption:
      `How well GPT-3's fits predicted the later models: for each family and overall, the number of comparisons (model × task × setting ` +
      `with a disclosed size), the mean absolute error and the bias (mean of observed − predicted; positive: the model did better than ` +
      `GPT-3's trend) in points of the chance-to-ceiling range, for both forms. ${analysis.assumptions.includeCaveats ? 'Caveated comparisons are included.' : 'Caveated comparisons are left out.'} ` +
      `Beside them, the mean absolute error of GPT-3's own 175B backtest and Owen's (2024) anchors. ${assumptionsLine(analysis.assumptions)}`,
    columns: [
      textColumn('group', 'Models'),
      { key: 'n', label: 'Comparisons', format: 'integer' },
      ...FIT_FORMS.map((form) => absPointsColumn(`mae-${form}`, `${capitalise(form)}: mean absolute error`)),
      ...FIT_FORMS.map((form) => pointsColumn(`bias-${form}`, `${capitalise(form)}: bias`)),
      noteColumn,
    ],
    rows,
    download: { what: 'forecast-summary', state: analysis.assumptions },
  };
}

export interface ForecastMissesOptions {
  /** Defaults to the reader's chosen form. */
  fit?: FitForm;
  count?: number;
}

export function forecastMissesTable(analysis: Analysis, dataset: Dataset, options: ForecastMissesOptions = {}): TableModel {
  const form = options.fit ?? analysis.assumptions.fitForm;
  const misses = largestMisses(analysis.forecast, form, options.count ?? 10);
  const taskName = new Map(dataset.tasks.map((t) => [t.id, t.name]));
  return {
    caption:
      `The ${misses.length} comparisons GPT-3's ${form} fits missed most, by absolute error (observed − predicted, in points; ` +
      `positive: the later model did better than the trend). ${assumptionsLine(analysis.assumptions)}`,
    columns: [
      textColumn('model', 'Model'),
      textColumn('task', 'Task'),
      textColumn('setting', 'Setting'),
      scoreColumn('observed', 'Observed'),
      scoreColumn('predicted', 'Predicted'),
      pointsColumn('error', 'Error'),
      { key: 'horizon', label: 'Horizon', unit: 'orders of magnitude beyond GPT-3 175B', format: 'orders' },
      textColumn('comparable', 'Comparable'),
      noteColumn,
    ],
    rows: misses.map((c) => ({
      model: c.model,
      task: taskName.get(c.taskId) ?? c.task,
      setting: SETTING_NAMES[c.setting as Setting],
      observed: c.observed,
      predicted: c.predicted[form],
      error: c.error[form],
      horizon: c.horizon_orders,
      comparable: c.comparable,
      note: c.note || null,
    })),
    download: { what: `forecast-misses-${form}`, state: analysis.assumptions },
  };
}

export interface SuiteSlopesOptions {
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
}

/**
 * §11's second suite, in one number per curve: the slope of each suite's line on each task GPT-3 and
 * Pythia share (score per unit of the fit axis), and its ratio to GPT-3's. Equal slopes: the same shape.
 */
export function suiteSlopesTable(analysis: Analysis, dataset: Dataset, options: SuiteSlopesOptions = {}): TableModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const rows: Row[] = dataset.tasks.flatMap((task) => {
    const gpt3 = analysis.series.find((s) => s.kind === 'task' && s.id === task.id && s.setting === setting);
    const suites = analysis.suites.map((suite) => suite.series.find((s) => s.id === task.id && s.setting === setting && s.comparable !== 'no'));
    if (!gpt3 || suites.every((s) => s === undefined)) return [];
    const slope = (s: Series | undefined) => (s && s.linear.ok ? s.linear.b : null);
    const base = slope(gpt3);
    const row: Row = { task: task.name, gpt3: base };
    analysis.suites.forEach((suite, i) => {
      const b = slope(suites[i]);
      row[`slope-${suite.id}`] = b;
      row[`ratio-${suite.id}`] = b !== null && base !== null && base !== 0 ? b / base : null;
    });
    return [row];
  });
  const axisUnit = analysis.assumptions.axis === 'loss' ? 'per nat of loss (negative: rises as loss falls)' : 'per unit of ln(L − E)';
  return {
    caption:
      `The slope of each suite's straight-line fit, ${SETTING_NAMES[setting]}, on the tasks GPT-3 and Pythia share, ${axisUnit}, and its ratio ` +
      `to GPT-3's: a ratio near 1 is the same shape, above 1 a steeper rise. ${assumptionsLine(analysis.assumptions)}`,
    columns: [
      textColumn('task', 'Task'),
      { key: 'gpt3', label: 'GPT-3 slope', format: 'significant' },
      ...analysis.suites.flatMap((suite) => [
        { key: `slope-${suite.id}`, label: `${suite.name} slope`, format: 'significant' as const },
        { key: `ratio-${suite.id}`, label: `${suite.name} ÷ GPT-3`, format: 'significant' as const },
      ]),
    ],
    rows,
    download: { what: 'suite-slopes', setting, state: analysis.assumptions },
  };
}

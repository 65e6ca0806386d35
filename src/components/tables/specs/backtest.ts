// The backtest table (METHOD §8): per category and overall, the error of predicting GPT-3 175B from fits
// to the seven smaller models, for both forms; then the mean absolute error over all tasks and over
// all categories, to set beside Owen (Epoch, 2024)'s ~6 points for aggregates and ~18 for single tasks.
import { noFitText } from '../../../lib/fit-sentences';
import { FIT_FORMS, type Analysis, type Dataset, type Setting } from '../../../lib/types';
import { backtestSeries, EPOCH_ANCHOR, meanAbsoluteError } from '../../charts/specs/backtest';
import { seriesName } from '../../charts/specs/labels';
import { capitalise } from '../../charts/specs/series';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import { noteColumn, pointsColumn, scoreColumn, textColumn } from '../columns';
import type { Row, TableModel } from '../table-model';

export interface BacktestTableOptions {
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
}

export function backtestTable(analysis: Analysis, _dataset: Dataset, options: BacktestTableOptions = {}): TableModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const aggregates = backtestSeries(analysis, 'category', setting);
  const tasks = backtestSeries(analysis, 'task', setting);
  const categories = aggregates.filter((s) => s.kind === 'category');
  const rows: Row[] = aggregates.map((s) => {
    const row: Row = { series: seriesName(s), actual: s.y[s.y.length - 1]! };
    const notes: string[] = [];
    for (const form of FIT_FORMS) {
      const b = s.backtest[form];
      row[form] = b.ok ? b.error : null;
      if (!b.ok) notes.push(noFitText(form, b));
    }
    row.note = notes.length ? notes.join('; ') : null;
    return row;
  });
  for (const [label, list, anchor] of [
    [`Mean absolute error, ${tasks.length} tasks`, tasks, EPOCH_ANCHOR.task],
    [`Mean absolute error, ${categories.length} categories`, categories, EPOCH_ANCHOR.category],
  ] as const) {
    const row: Row = { series: label, actual: null };
    const notes = [`Owen (Epoch, 2024): ~${anchor} points`];
    for (const form of FIT_FORMS) {
      const m = meanAbsoluteError(list, form);
      row[form] = m ? m.value : null;
      if (!m) notes.push(`${form}: no fit`);
      else if (m.count < list.length) notes.push(`${form}: ${m.count} of ${list.length} fits`);
    }
    row.note = notes.join('; ');
    rows.push(row);
  }
  return {
    caption:
      `Backtest of the ${SETTING_NAMES[setting]} fits: each is fitted to the seven smaller GPT-3 models and predicts 175B; the error is ` +
      `predicted − actual in percentage points of the chance-to-ceiling range (positive = over-predicted). The last rows give the mean ` +
      `absolute error over all tasks and over all categories, beside Owen (Epoch, 2024)'s ~${EPOCH_ANCHOR.category} points for aggregates ` +
      `and ~${EPOCH_ANCHOR.task} for single tasks over an order of magnitude of compute. ${assumptionsLine(analysis.assumptions)}`,
    columns: [
      textColumn('series', 'Series'),
      ...FIT_FORMS.map((form) => pointsColumn(form, `${capitalise(form)} error`)),
      scoreColumn('actual', 'Actual 175B score (normalised)'),
      noteColumn,
    ],
    rows,
    download: { what: 'backtest', setting, state: analysis.assumptions },
  };
}

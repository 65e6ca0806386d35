// All of a task's Table H.1 rows (every metric and setting) for its page: shots K, the eight model
// sizes, the fine-tuned SOTA and the 175B test-server value, as the paper prints them. At a glance:
// which row, every model's score and the SOTA; the split, K and the test server under "All columns".
import type { Analysis, Dataset } from '../../../lib/types';
import { findTask, taskRows } from '../../../lib/tasks';
import { pickGlance, textColumn } from '../columns';
import type { Column, Row, TableModel } from '../table-model';

export interface RawTableOptions {
  /** Task id. */
  task: string;
}

const printed = (key: string, label: string): Column => ({ key, label, format: 'as-printed' });

export function rawTable(_analysis: Analysis, dataset: Dataset, options: RawTableOptions): TableModel {
  const task = findTask(dataset, options.task);
  const labels = dataset.models.map((m) => m.label);
  const rows = taskRows(dataset, task);
  const columns: Column[] = [
    textColumn('metric', 'Metric'),
    textColumn('split', 'Split'),
    textColumn('setting', 'Setting'),
    { key: 'shots', label: 'K', format: 'integer' },
    ...labels.map((label) => printed(`m:${label}`, label)),
    printed('sota', 'Fine-tuned SOTA'),
    printed('testServer', '175B test server'),
  ];
  return {
    caption:
      `${task.name} in Table H.1 of Brown et al. 2020: every metric and setting, the eight GPT-3 models and the 2020 fine-tuned state of the art (SOTA); ` +
      `"All columns" adds the split, the number of examples in the prompt (K) and GPT-3 175B's test-server score where printed. ` +
      `The primary metric (${task.metric}) is the one the analysis uses; the test-server column is a different evaluation and never enters a fit.`,
    columns,
    glance: pickGlance(columns, ['metric', 'setting', ...labels.map((label) => `m:${label}`), { key: 'sota', label: 'SOTA' }]),
    rows: rows.map((r) => {
      const row: Row = {
        metric: r.metric === task.metric ? `${r.metric} (primary)` : r.metric,
        split: r.split,
        setting: r.setting,
        shots: r.shotsK,
        sota: r.finetuneSota,
        testServer: r.testServer175B,
      };
      for (const label of labels) row[`m:${label}`] = r.scores[label] ?? null;
      return row;
    }),
    download: { what: `${task.id}-table-h1`, state: null },
  };
}

// All of a task's Table H.1 rows (every metric and setting) for its page: shots K, the eight model
// sizes, the fine-tuned SOTA and the 175B test-server value, as the paper prints them.
import type { Analysis, Dataset } from '../../../lib/types';
import { findTask, taskRows } from '../../charts/specs/raw';
import type { Cell, TableModel } from '../table-model';

export interface RawTableOptions {
  /** Task id. */
  task: string;
}

export function rawTable(_analysis: Analysis, dataset: Dataset, options: RawTableOptions): TableModel {
  const task = findTask(dataset, options.task);
  const labels = dataset.models.map((m) => m.label);
  const rows = taskRows(dataset, task);
  return {
    caption:
      `${task.name} in Table H.1 of Brown et al. 2020: every metric and setting, with the number of examples in the prompt (K), ` +
      `the eight GPT-3 models, the 2020 fine-tuned state of the art and GPT-3 175B's test-server score where printed. ` +
      `The primary metric (${task.metric}) is the one the analysis uses; the test-server column is a different evaluation and never enters a fit.`,
    columns: [
      { key: 'metric', label: 'Metric' },
      { key: 'split', label: 'Split' },
      { key: 'setting', label: 'Setting' },
      { key: 'shots', label: 'K' },
      ...labels.map((label) => ({ key: `m:${label}`, label })),
      { key: 'sota', label: 'Fine-tuned SOTA' },
      { key: 'testServer', label: '175B test server' },
    ],
    rows: rows.map((r) => {
      const row: Record<string, Cell> = {
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
    csvName: `${task.id}-table-h1.csv`,
  };
}

// The task table of the method page (METHOD §2): each task's primary metric, chance level and why,
// its ceiling under the chosen preset, and the 2020 fine-tuned state of the art where printed. At a
// glance: the task, its metric, chance, ceiling and the reason for the chance level; its category and
// the SOTA under "All columns".
import { ceilingFor, sotaFromRows } from '../../../lib/normalise';
import { categoryOf } from '../../../lib/tasks';
import type { Analysis, Dataset } from '../../../lib/types';
import { CEILING_NAMES } from '../../charts/specs/words';
import { pickGlance, textColumn } from '../columns';
import type { Column, TableModel } from '../table-model';

export type NoParams = Record<string, never>;

/** A value in the task's own metric (its Table H.1 units). */
export const metricColumn = (key: string, label: string): Column => ({ key, label, unit: "the task's metric", format: 'significant' });

export function taskTable(analysis: Analysis, dataset: Dataset, _params: NoParams = {}): TableModel {
  const { ceilingPreset, customCeilings } = analysis.assumptions;
  const columns: Column[] = [
    textColumn('task', 'Task'),
    textColumn('metric', 'Metric'),
    metricColumn('chance', 'Chance'),
    metricColumn('ceiling', 'Ceiling'),
    { ...textColumn('chanceReason', 'Why this chance level'), prose: true },
    textColumn('category', 'Category'),
    metricColumn('sota', 'Fine-tuned SOTA 2020'),
  ];
  return {
    caption:
      `The ${dataset.tasks.length} tasks: primary metric, chance level (the score of random guessing) and why, and the ceiling under the ` +
      `current preset (${CEILING_NAMES[ceilingPreset]}), both in the metric's units; "All columns" adds the category and the 2020 fine-tuned state of the art where the paper prints one. ` +
      `Tasks marked "not averaged" have their own page but are left out of their category's mean.`,
    columns,
    // The caption says once that chance and ceiling are in each task's own metric.
    glance: pickGlance(columns, ['task', 'metric', { key: 'chance', unit: undefined }, { key: 'ceiling', unit: undefined }, 'chanceReason']),
    rows: dataset.tasks.map((task) => {
      const sota = sotaFromRows(task, dataset.rows);
      return {
        task: task.aggregated ? task.name : `${task.name} (not averaged)`,
        category: categoryOf(dataset, task).name,
        metric: task.metric,
        chance: task.chance,
        chanceReason: task.chanceReason,
        ceiling: ceilingFor(task, ceilingPreset, customCeilings, sota),
        sota,
      };
    }),
    // Only the ceilings move with the assumptions; the name records them all, as every download's does.
    download: { what: 'tasks', state: analysis.assumptions },
  };
}

// The task table of the method page (METHOD §2): each task's primary metric, chance level and why,
// its ceiling under the chosen preset, and the 2020 fine-tuned state of the art where printed.
import { significant } from '../../../lib/format';
import { ceilingFor, sotaFromRows } from '../../../lib/normalise';
import type { Analysis, Dataset } from '../../../lib/types';
import { CEILING_NAMES } from '../../charts/specs/words';
import type { TableModel } from '../table-model';

export type NoParams = Record<string, never>;

export function taskTable(analysis: Analysis, dataset: Dataset, _params: NoParams = {}): TableModel {
  const { ceilingPreset, customCeilings } = analysis.assumptions;
  const categoryName = (id: string) => dataset.categories.find((c) => c.id === id)?.name ?? id;
  return {
    caption:
      `The ${dataset.tasks.length} tasks: primary metric, chance level (the score of random guessing, in the metric's units) and why, ` +
      `the ceiling under the current preset (${CEILING_NAMES[ceilingPreset]}), and the 2020 fine-tuned state of the art where the paper prints one. ` +
      `Tasks marked "not averaged" have their own page but are left out of their category's mean.`,
    columns: [
      { key: 'task', label: 'Task' },
      { key: 'category', label: 'Category' },
      { key: 'metric', label: 'Metric' },
      { key: 'chance', label: 'Chance' },
      { key: 'ceiling', label: 'Ceiling' },
      { key: 'sota', label: 'Fine-tuned SOTA 2020' },
      { key: 'chanceReason', label: 'Why this chance level' },
    ],
    rows: dataset.tasks.map((task) => {
      const sota = sotaFromRows(task, dataset.rows);
      return {
        task: task.aggregated ? task.name : `${task.name} (not averaged)`,
        category: categoryName(task.category),
        metric: task.metric,
        chance: significant(task.chance, 3),
        chanceReason: task.chanceReason,
        ceiling: significant(ceilingFor(task, ceilingPreset, customCeilings, sota), 3),
        sota: sota === null ? null : significant(sota, 3),
      };
    }),
    csvName: 'tasks.csv',
  };
}

// The index of benchmark pages: each task linked to its page, with its category, metric, chance,
// GPT-3 175B's raw score and the loss where the fitted logistic is half-way (L50).
import { noFitText } from '../../../lib/fit-sentences';
import type { Analysis, Dataset, Setting } from '../../../lib/types';
import { findSeries } from '../../../lib/analyse';
import { categoryOf, primaryRow } from '../../../lib/tasks';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import { lossColumn, noteColumn, pickGlance, textColumn } from '../columns';
import type { Column, TableModel } from '../table-model';
import { metricColumn } from './tasks';

export interface BenchmarkIndexOptions {
  /** Defaults to few-shot. */
  setting?: Setting;
}

export function benchmarkIndex(analysis: Analysis, dataset: Dataset, options: BenchmarkIndexOptions = {}): TableModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const largest = dataset.models[dataset.models.length - 1]!;
  const columns: Column[] = [
    { ...textColumn('task', 'Task'), hrefKey: 'href' },
    textColumn('category', 'Category'),
    textColumn('metric', 'Metric'),
    metricColumn('chance', 'Chance'),
    { key: 'raw175', label: `${largest.label} ${SETTING_NAMES[setting]}`, unit: "the task's metric", format: 'as-printed' },
    lossColumn('L50', 'Logistic L50'),
    noteColumn,
  ];
  return {
    caption:
      `Every task, linked to its page: category, primary metric, chance level and GPT-3 ${largest.label}'s raw ${SETTING_NAMES[setting]} score (Table H.1), both in the metric's units, ` +
      `and L50, the loss at which the logistic fit of the normalised ${SETTING_NAMES[setting]} score is half-way from chance to ceiling ` +
      `(lower loss = later); "All columns" adds why a task has no fit. ${assumptionsLine(analysis.assumptions)}`,
    columns,
    // The caption says once that chance and the score are in the task's own metric; a failed fit's reason is under "All columns".
    glance: pickGlance(columns, ['task', 'category', 'metric', { key: 'chance', unit: undefined }, { key: 'raw175', unit: undefined }, 'L50']),
    rows: dataset.tasks.map((task) => {
      const row = primaryRow(dataset, task, setting);
      const fit = findSeries(analysis, { kind: 'task', id: task.id }, setting).logistic;
      return {
        task: task.name,
        href: `benchmarks/${task.id}/`,
        category: categoryOf(dataset, task).name,
        metric: task.metric,
        chance: task.chance,
        raw175: row?.scores[largest.label] ?? null,
        L50: fit.ok ? fit.L50 : null,
        note: fit.ok ? null : noFitText('logistic', fit),
      };
    }),
    download: { what: 'benchmarks', setting, state: analysis.assumptions },
  };
}

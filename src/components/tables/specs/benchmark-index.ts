// The index of benchmark pages: each task linked to its page, with its category, metric, chance,
// GPT-3 175B's raw score and the loss where the fitted logistic is half-way (L50).
import { formatLoss, significant } from '../../../lib/format';
import type { Analysis, Dataset, Setting } from '../../../lib/types';
import { findSeries } from '../../../lib/analyse';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import type { TableModel } from '../table-model';

export interface BenchmarkIndexOptions {
  /** Defaults to few-shot. */
  setting?: Setting;
}

export function benchmarkIndex(analysis: Analysis, dataset: Dataset, options: BenchmarkIndexOptions = {}): TableModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const largest = dataset.models[dataset.models.length - 1]!;
  const categoryName = (id: string) => dataset.categories.find((c) => c.id === id)?.name ?? id;
  return {
    caption:
      `Every task, linked to its page: category, primary metric, chance level, GPT-3 ${largest.label}'s raw ${SETTING_NAMES[setting]} score (Table H.1), ` +
      `and L50, the loss at which the logistic fit of the normalised ${SETTING_NAMES[setting]} score is half-way from chance to ceiling ` +
      `(lower loss = later). ${assumptionsLine(analysis.assumptions)}`,
    columns: [
      { key: 'task', label: 'Task', hrefKey: 'href' },
      { key: 'category', label: 'Category' },
      { key: 'metric', label: 'Metric' },
      { key: 'chance', label: 'Chance' },
      { key: 'raw175', label: `${largest.label} ${SETTING_NAMES[setting]}` },
      { key: 'L50', label: 'Logistic L50 (nats/token)' },
    ],
    rows: dataset.tasks.map((task) => {
      const row = dataset.rows.find((r) => r.task === task.name && r.metric === task.metric && r.setting === setting);
      const fit = findSeries(analysis, { kind: 'task', id: task.id }, setting).logistic;
      return {
        task: task.name,
        href: `benchmarks/${task.id}/`,
        category: categoryName(task.category),
        metric: task.metric,
        chance: significant(task.chance, 3),
        raw175: row?.scores[largest.label] ?? null,
        L50: fit.ok ? formatLoss(fit.L50) : `no fit: ${fit.reason}`,
      };
    }),
    csvName: `benchmarks-${setting}-shot.csv`,
  };
}

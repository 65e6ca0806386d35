// Series are named by (kind, id): a task and a category may share an id (Winograd, SAT analogies).
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { normalized } from '../../src/lib/normalise';
import { parseSeriesList, parseSeriesRef } from '../../src/lib/series-ref';
import { buildChart } from '../../src/components/charts/registry';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const labels = dataset.models.map((m) => m.label);

/** A category's few-shot mean, computed here from Table H.1 rows (ceiling 100, chance from tasks.csv). */
function categoryMeanByHand(categoryId: string): number[] {
  const members = dataset.tasks.filter((t) => t.category === categoryId && t.aggregated);
  return labels.map((label) => {
    const values = members.map((t) => {
      const row = dataset.rows.find((r) => r.task === t.name && r.metric === t.metric && r.setting === 'few')!;
      return normalized(row.scores[label]!, t.chance, 100);
    });
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
}

describe('series identity', () => {
  it('ids shared by a task and a category are ambiguous when bare, and resolve when qualified', () => {
    const shared = dataset.categories.map((c) => c.id).filter((id) => dataset.tasks.some((t) => t.id === id));
    expect(shared.sort()).toEqual(['sat-analogies', 'winograd']);
    for (const id of shared) {
      expect(() => parseSeriesRef(id, dataset)).toThrow(/names both category:.* and task:/);
      expect(parseSeriesRef(`category:${id}`, dataset)).toEqual({ kind: 'category', id });
      expect(parseSeriesRef(`task:${id}`, dataset)).toEqual({ kind: 'task', id });
    }
    expect(parseSeriesRef('nli', dataset)).toEqual({ kind: 'category', id: 'nli' });
    expect(() => parseSeriesRef('nope', dataset)).toThrow(/"nope" is not a series/);
  });

  it('lists expand `categories` and drop duplicates', () => {
    expect(parseSeriesList('categories', dataset)).toHaveLength(dataset.categories.length);
    expect(parseSeriesList('overall, nli,overall', dataset)).toEqual([
      { kind: 'overall', id: 'overall' },
      { kind: 'category', id: 'nli' },
    ]);
  });

  it('the Winograd-style category series is the mean of Winograd and Winogrande, not the Winograd task', () => {
    const category = findSeries(analysis, { kind: 'category', id: 'winograd' }, 'few');
    const task = findSeries(analysis, { kind: 'task', id: 'winograd' }, 'few');
    const byHand = categoryMeanByHand('winograd');
    category.y.forEach((v, i) => expect(v).toBeCloseTo(byHand[i]!, 12));
    expect(task.y).not.toEqual(category.y);
  });

  it('every category chart draws its category mean', () => {
    for (const c of dataset.categories) {
      const model = buildChart('series', analysis, dataset, { series: { kind: 'category', id: c.id }, fit: 'both', setting: 'few' });
      const byHand = categoryMeanByHand(c.id);
      // GPT-3's eight models; the later models' rows (METHOD §11) follow them in the table view.
      const gpt3 = model.rows.filter((r) => r.who === 'GPT-3, fitted');
      expect(gpt3.map((r) => Number(r.score)), c.id).toEqual(byHand.map((v) => expect.closeTo(v, 2)));
    }
  });
});

// METHOD §11 on one chart: the later models beside a GPT-3 series, read from the data independently.
import { describe, expect, it } from 'vitest';
import { analyse, findSeries } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { laterForSeries } from '../../src/lib/later-for-series';
import { dataset } from '../../src/lib/load-dataset';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });

describe('later models beside a series', () => {
  it('a task: placed models have a size, undisclosed ones do not, and `no` rows are only listed', () => {
    for (const task of dataset.tasks) {
      for (const setting of ['zero', 'one', 'few'] as const) {
        const later = laterForSeries(analysis, dataset, findSeries(analysis, { kind: 'task', id: task.id }, setting), setting);
        const rows = dataset.later.scores.filter((r) => r.task === task.name && r.metric === task.metric && r.setting === setting);
        const sized = new Set(dataset.later.models.filter((m) => m.params !== null).map((m) => m.name));
        expect(later.placed.every((m) => sized.has(m.model) && m.loss !== null)).toBe(true);
        expect(later.undisclosed.every((m) => !sized.has(m.model))).toBe(true);
        // Every `no` row is listed with its reason, and none is drawn.
        const no = rows.filter((r) => r.comparable === 'no');
        expect(later.excluded.map((m) => m.model).sort()).toEqual(no.map((r) => r.model).sort());
        expect(later.excluded.every((m) => m.note !== '' && m.observed === null)).toBe(true);
        const drawn = new Set([...later.placed, ...later.undisclosed].map((m) => m.model));
        for (const r of no) if (!rows.some((x) => x.model === r.model && x.comparable !== 'no')) expect(drawn.has(r.model)).toBe(false);
      }
    }
  });

  it('a category: only models with every task of the category qualify', () => {
    for (const category of dataset.categories) {
      const members = dataset.tasks.filter((t) => t.category === category.id && t.aggregated);
      const later = laterForSeries(analysis, dataset, findSeries(analysis, { kind: 'category', id: category.id }, 'few'), 'few');
      for (const model of later.qualified) {
        for (const t of members) {
          const has = dataset.later.scores.some((r) => r.model === model && r.task === t.name && r.metric === t.metric && r.setting === 'few' && r.comparable !== 'no');
          expect(has, `${model} ${t.name}`).toBe(true);
        }
      }
    }
  });
});

// The columns a reader sees first: every glance column is one of the table's own (so the screen can
// show nothing the full table and the CSV lack), the CSV still holds every column, and each wide
// table leads with what a reader needs: which crossing, its threshold, the orders and the dollars.
import { TABLE_SAMPLES } from './table-samples';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { HEADLINE_THRESHOLDS } from '../../src/lib/sensitivity';
import { chartCsv } from '../../src/components/charts/csv';
import { thresholdText } from '../../src/components/charts/specs/labels';
import { pickGlance } from '../../src/components/tables/columns';
import { buildTable, TABLE_KINDS } from '../../src/components/tables/registry';
import { csvHeading } from '../../src/components/tables/cell-format';

const noBootstrap = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const withBootstrap = analyse(dataset, DEFAULT_ASSUMPTIONS);
const PARAMS = TABLE_SAMPLES;
const keys = (columns: { key: string }[]) => columns.map((c) => c.key);

describe('glance columns', () => {
  it('are columns of their table, fewer than all of them, and the CSV keeps every column', () => {
    for (const analysis of [noBootstrap, withBootstrap]) {
      for (const kind of TABLE_KINDS) {
        const model = buildTable(kind, analysis, dataset, PARAMS[kind] as never);
        const header = Papa.parse<string[]>(chartCsv(model).split('\n').slice(1).join('\n')).data[0];
        expect(header, kind).toEqual(model.columns.map(csvHeading));
        if (!model.glance) continue;
        expect(model.glance.length, kind).toBeLessThan(model.columns.length);
        for (const column of model.glance) expect(keys(model.columns), `${kind} ${column.key}`).toContain(column.key);
      }
    }
  });

  it('crossings: threshold, status, orders and dollars; series and fit only where they vary', () => {
    const both = buildTable('crossings', noBootstrap, dataset, { series: 'overall,categories' });
    expect(keys(both.glance!)).toEqual(['series', 'threshold', 'fit', 'status', 'orders', 'dollars']);
    const one = buildTable('crossings', noBootstrap, dataset, { series: 'overall', fit: 'logistic' });
    expect(keys(one.glance!)).toEqual(['threshold', 'status', 'orders', 'dollars']);
    // The full table and the CSV lead with the same columns.
    expect(keys(both.columns).slice(0, 6)).toEqual(keys(both.glance!));
  });

  it('sensitivity: each headline threshold\'s orders and their change, under the threshold\'s heading', () => {
    const model = buildTable('sensitivity', noBootstrap, dataset, {});
    const [first, ...rest] = model.glance!;
    expect(first!.key).toBe('alternative');
    expect(rest.map((c) => [c.group, c.key])).toEqual(
      HEADLINE_THRESHOLDS.flatMap((t) => [
        [thresholdText(t), `${Math.round(t * 100)}:orders`],
        [thresholdText(t), `${Math.round(t * 100)}:delta`],
      ]),
    );
  });

  it('raw: every model\'s score, the largest ones included, beside the SOTA', () => {
    for (const task of ['lambada', 'triviaqa']) {
      const model = buildTable('raw', noBootstrap, dataset, { task });
      const shown = keys(model.glance!);
      for (const m of dataset.models) expect(shown, `${task} ${m.label}`).toContain(`m:${m.label}`);
      expect(shown).toContain('sota');
    }
  });

  it('a glance column that is not a column of the table is an error', () => {
    const columns = [{ key: 'a', label: 'A', format: 'text' as const }];
    expect(pickGlance(columns, ['a', { key: 'a', label: 'Short', group: 'G' }])).toEqual([columns[0], { ...columns[0], label: 'Short', group: 'G' }]);
    expect(() => pickGlance(columns, ['b'])).toThrow(/glance column "b" is not a column of the table/);
  });
});

// src/lib/sensitivity.ts reruns `analyse` once per alternative: its base row must be analyse's own
// headline, and each alternative must move the way its change implies.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { lossToResources } from '../../src/lib/resources';
import { modelLoss } from '../../src/lib/loss-models';
import { alternatives, HEADLINE_THRESHOLDS, sensitivity, type SensitivityRow } from '../../src/lib/sensitivity';
import { buildTable } from '../../src/components/tables/registry';

const base = DEFAULT_ASSUMPTIONS;
const result = sensitivity(dataset, base);
const row = (id: string): SensitivityRow => {
  const found = result.alternatives.find((r) => r.id === id);
  if (!found) throw new Error(`no alternative ${id}`);
  return found;
};
/** §6's yardstick: the conversion of GPT-3 175B's own loss under the same assumptions. */
function yardstickFlop(assumptions: typeof base): number {
  const largest = dataset.models[dataset.models.length - 1]!;
  const r = lossToResources(modelLoss(largest, assumptions.lossModel), assumptions.lossModel, assumptions);
  if (!r.ok) throw new Error('GPT-3 175B converts to no compute');
  return r.flop;
}

describe('sensitivity', () => {
  it('base row: the overall crossings of analyse under the default assumptions', () => {
    const a = analyse(dataset, base);
    const overall = a.series.find((s) => s.kind === 'overall' && s.setting === base.setting)!;
    expect(result.base.headline.map((h) => h.threshold)).toEqual([...HEADLINE_THRESHOLDS]);
    for (const h of result.base.headline) {
      const c = overall.crossings[base.fitForm].find((x) => x.threshold === h.threshold)!;
      expect(h.status).toBe(c.status);
      if (c.status === 'reached' || c.status === 'already') {
        expect(h.loss).toBeCloseTo(c.loss, 12);
        const r = lossToResources(c.loss, base.lossModel, base);
        if (r.ok) {
          expect(h.flop).toBeCloseTo(r.flop, -Math.floor(Math.log10(r.flop)) + 9);
          expect(h.orders).toBeCloseTo(Math.log10(r.flop / yardstickFlop(base)), 9);
          expect(h.dollars! * base.flopPerDollar).toBeCloseTo(h.flop!, -Math.floor(Math.log10(h.flop!)) + 9);
        }
      }
    }
    expect(result.base.delta.every((d) => d.orders === 0 || d.orders === null)).toBe(true);
  });

  it('lists every other loss model, ceiling preset but custom, fit form, aggregation, two prices the other settings and axis, and the 2023 reading', () => {
    const ids = alternatives(base).map((a) => a.id);
    // In the descriptors' order (assumptions.ts), then the 2023 reading.
    expect(ids).toEqual([
      'setting=zero',
      'setting=one',
      'fitForm=linear',
      'lossModel=kaplan-nd',
      'lossModel=chinchilla',
      'axis=log-reducible',
      'ceilingPreset=sota-2020',
      'aggregation=tasks',
      'flopPerDollar×10',
      'flopPerDollar÷10',
      'hardwareHalving×2',
      'algorithmHalving=0.67',
      'lossModel=chinchilla&axis=log-reducible',
    ]);
    expect(result.alternatives.map((r) => r.id)).toEqual(ids);
    const custom = alternatives({ ...base, ceilingPreset: 'custom' }).map((a) => a.id);
    expect(custom).toContain('ceilingPreset=perfect');
    expect(custom).toContain('ceilingPreset=sota-2020');
  });

  it('a price change moves only the dollars, by the same factor', () => {
    for (const [id, factor] of [['flopPerDollar×10', 10], ['flopPerDollar÷10', 0.1]] as const) {
      const alt = row(id);
      alt.headline.forEach((h, i) => {
        const b = result.base.headline[i]!;
        expect(h.loss).toBe(b.loss);
        expect(h.flop).toBe(b.flop);
        if (h.dollars !== null && b.dollars !== null) expect((h.dollars * factor) / b.dollars).toBeCloseTo(1, 12);
        expect(alt.delta[i]!.orders).toBe(b.orders === null ? null : 0);
      });
    }
  });

  it('each alternative equals analyse under the changed assumptions, and its delta is the difference from the base', () => {
    for (const alt of result.alternatives) {
      const assumptions = { ...base, ...alt.changed, bootstrap: 0 };
      const a = analyse(dataset, assumptions);
      const overall = a.series.find((s) => s.kind === 'overall' && s.setting === assumptions.setting)!;
      alt.headline.forEach((h, i) => {
        const c = overall.crossings[assumptions.fitForm].find((x) => x.threshold === h.threshold)!;
        expect(h.status, alt.id).toBe(c.status);
        if (h.loss !== null && 'loss' in c) expect(h.loss).toBeCloseTo(c.loss, 12);
        const b = result.base.headline[i]!;
        const d = alt.delta[i]!;
        expect(d.loss).toBe(h.loss !== null && b.loss !== null ? h.loss - b.loss : null);
        expect(d.orders).toBe(h.orders !== null && b.orders !== null ? h.orders - b.orders : null);
        if (h.flop !== null) expect(h.orders).toBeCloseTo(Math.log10(h.flop / yardstickFlop(assumptions)), 12);
      });
    }
  });

  it('the table prints the base row first with the base losses, then one row per alternative', () => {
    const table = buildTable('sensitivity', analyse(dataset, { ...base, bootstrap: 0 }), dataset, {});
    expect(table.rows).toHaveLength(1 + result.alternatives.length);
    const h90 = result.base.headline.find((h) => h.threshold === 0.9)!;
    expect(table.rows[0]!['90:loss']).toBe(h90.loss);
    expect(table.rows[0]!['90:orders']).toBe(h90.orders);
    expect(table.rows[0]!['90:flop']).toBe(h90.flop);
  });
});

describe('sensitivity and time (METHOD §14)', () => {
  it('the 8-month row moves the year at the first budget, and the table prints it', () => {
    const ho = result.alternatives.find((r) => r.id === 'algorithmHalving=0.67')!;
    const h90 = ho.headline.find((h) => h.threshold === 0.9)!;
    const b90 = result.base.headline.find((h) => h.threshold === 0.9)!;
    expect(h90.dollars).toBe(b90.dollars);
    // year = 2020 + log2(cost / $1B) / (1/h + 1/a), by hand for both rows
    expect(b90.yearAt!['1e9']).toBeCloseTo(2020 + Math.log2(b90.dollars! / 1e9) / (1 / 2.5 + 1 / 2.5), 9);
    expect(h90.yearAt!['1e9']).toBeCloseTo(2020 + Math.log2(h90.dollars! / 1e9) / (1 / 2.5 + 1 / 0.67), 9);
    const table = buildTable('sensitivity', analyse(dataset, { ...base, bootstrap: 0 }), dataset, {});
    const row = table.rows.find((r) => String(r.alternative).startsWith('Algorithms halve'))!;
    expect(row['90:year']).toBe(h90.yearAt!['1e9']);
  });
});

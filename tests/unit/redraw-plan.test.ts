// The browser redraws a figure's or table's parts only where redraw-plan.ts says: after the bands
// arrive, only the charts that show bands; after a state change, everything; never data that no
// assumption changes.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { encodeAssumptions } from '../../src/lib/permalink';
import type { Analysis, Assumptions } from '../../src/lib/types';
import { buildChart, type ChartKind, type ChartParams } from '../../src/components/charts/registry';
import { buildTable, type TableKind, type TableParams } from '../../src/components/tables/registry';
import { figureTableOptions, tableOptions } from '../../src/components/tables/table-options';
import { planRedraw } from '../../src/components/live/redraw-plan';
import type { ChartModel } from '../../src/components/charts/chart-model';
import type { TableModel } from '../../src/components/tables/table-model';

const one: Assumptions = { ...DEFAULT_ASSUMPTIONS, setting: 'one' };
const stateOf = (a: Assumptions) => encodeAssumptions(a).toString();
// What the browser draws at once (no bootstrap), and what the worker sends later (bands, cloned).
const immediate = analyse(dataset, { ...one, bootstrap: 0 });
const withBands: Analysis = structuredClone(analyse(dataset, one));
const chinchilla: Assumptions = { ...one, lossModel: 'chinchilla' };
const other = analyse(dataset, { ...chinchilla, bootstrap: 0 });

/** Plans the redraws of one chart through a sequence of (analysis, state). */
function chartPlans<K extends ChartKind>(kind: K, params: ChartParams[K], steps: [Analysis, Assumptions][]) {
  const element = {} as Element;
  const build = (from: Analysis) => buildChart(kind, from, dataset, params);
  const options = (model: ChartModel) => figureTableOptions(model, '/');
  return steps.map(([analysis, state]) => planRedraw(element, analysis, stateOf(state), build(analysis), build, options));
}

function tablePlans<K extends TableKind>(kind: K, params: TableParams[K], steps: [Analysis, Assumptions][]) {
  const element = {} as Element;
  const build = (from: Analysis) => buildTable(kind, from, dataset, params);
  const options = (model: TableModel) => tableOptions(model, '/');
  return steps.map(([analysis, state]) => planRedraw(element, analysis, stateOf(state), build(analysis), build, options));
}

const everything = { chart: true, table: true, download: true };
const nothing = { chart: false, table: false, download: false };

describe('redraw plan', () => {
  it('draws everything the first time, nothing again for the same analysis, everything for another state', () => {
    const plans = chartPlans('extrapolation', { series: 'categories', fit: 'chosen' }, [[immediate, one], [immediate, one], [other, chinchilla]]);
    expect(plans).toEqual([everything, nothing, everything]);
  });

  it("after the bands arrive, redraws the chart that shows them, and only the download of one that does not", () => {
    const steps: [Analysis, Assumptions][] = [[immediate, one], [withBands, one]];
    expect(chartPlans('extrapolation', { series: 'overall', fit: 'both' }, steps)[1]).toEqual(everything);
    expect(chartPlans('extrapolation', { series: 'categories', fit: 'chosen' }, steps)[1]).toEqual({ chart: false, table: false, download: true });
    expect(chartPlans('costByYear', {}, steps)[1]).toEqual({ chart: false, table: false, download: true });
    // A table with bootstrap ranges gains them.
    expect(tablePlans('crossings', { series: 'overall' }, steps)[1]).toEqual({ chart: false, table: true, download: true });
  });

  it('never redraws data that no assumption changes once drawn', () => {
    const plans = chartPlans('raw', { task: 'lambada' }, [[immediate, one], [other, chinchilla], [withBands, one]]);
    expect(plans).toEqual([everything, nothing, nothing]);
  });
});

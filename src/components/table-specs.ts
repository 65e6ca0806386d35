// What each table component draws, from its props: the table (kind, params, anchor id …) it hands to
// DataTable.astro. One mapping for the components themselves and for the build's list of every table
// on the site (table-catalogue.ts), which names the tables' CSV files, so the two cannot disagree.
import { z } from 'zod';
import type { TableKind, TableParams } from './tables/registry';
import { anchorIdProp, checkProps, settingProp, taskIdProp } from './props';
import { seriesParams, seriesPropsSchema } from './series-prop';

/** One table, as DataTable.astro takes it. */
export interface TableSpec {
  kind: TableKind;
  params: TableParams[TableKind];
  /** Anchor id, unique on the page. */
  id: string;
  /** Sentences printed under the table (the caption itself is computed, and redrawn live). */
  note?: string;
}

const settingAndId = z.object({ setting: settingProp, id: anchorIdProp });
const idOnly = z.object({ id: anchorIdProp });
const withSetting = <S extends string>(setting: S | undefined) => (setting ? { setting } : {});

/** Each table component's table from its props (as checked by `checkProps`, naming `page` when wrong). */
const COMPONENTS = {
  CrossingsTable: (page, props) => {
    const checked = checkProps('CrossingsTable', page, seriesPropsSchema, props);
    const { params, slug } = seriesParams(checked);
    return { kind: 'crossings', id: checked.id ?? `table-crossings-${slug}`, params, note: checked.note };
  },
  TaskTable: (page, props) => ({ kind: 'tasks', id: checkProps('TaskTable', page, idOnly, props).id ?? 'table-tasks', params: {} }),
  BenchmarkIndex: (page, props) => {
    const { setting, id } = checkProps('BenchmarkIndex', page, settingAndId, props);
    return { kind: 'benchmarks', id: id ?? 'table-benchmarks', params: withSetting(setting) };
  },
  BacktestTable: (page, props) => {
    const { setting, id } = checkProps('BacktestTable', page, settingAndId, props);
    return { kind: 'backtest', id: id ?? 'table-backtest', params: withSetting(setting) };
  },
  SensitivityTable: (page, props) => ({ kind: 'sensitivity', id: checkProps('SensitivityTable', page, idOnly, props).id ?? 'table-sensitivity', params: {} }),
  RawTable: (page, props) => {
    const { task, id } = checkProps('RawTable', page, z.object({ task: taskIdProp, id: anchorIdProp }), props);
    return { kind: 'raw', id: id ?? `table-${task}-raw`, params: { task } };
  },
  ForecastTable: (page, props) => {
    const { kind, count, setting, id } = checkProps(
      'ForecastTable',
      page,
      z.object({ kind: z.enum(['summary', 'misses', 'slopes']).default('summary'), setting: settingProp, count: z.number().int().min(1).max(50).optional(), id: anchorIdProp }),
      props,
    );
    if (kind === 'misses') return { kind: 'forecastMisses', id: id ?? 'table-forecast-misses', params: count ? { count } : {} };
    if (kind === 'slopes') return { kind: 'suiteSlopes', id: id ?? 'table-suite-slopes', params: withSetting(setting) };
    return { kind: 'forecastSummary', id: id ?? 'table-forecast-summary', params: {} };
  },
} satisfies Record<string, (page: string, props: unknown) => TableSpec>;

export type TableComponent = keyof typeof COMPONENTS;
export const TABLE_COMPONENTS = Object.keys(COMPONENTS) as TableComponent[];

export const isTableComponent = (name: string): name is TableComponent => Object.hasOwn(COMPONENTS, name);

/** The table `component` draws with `props` on the page at `page` (a URL path). */
export function tableOf(component: TableComponent, page: string, props: unknown): TableSpec {
  return COMPONENTS[component](page, props) as TableSpec;
}

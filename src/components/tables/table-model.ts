// What every non-chart table is made of: the same shape as a chart's table (chart-model.ts), built by a
// pure spec function from an Analysis, so the build and the browser print the same numbers.
import type { Cell, Column } from '../charts/chart-model';

export type { Cell };

/**
 * A column. `hrefKey` names a row field holding a path relative to the site's base (e.g.
 * `benchmarks/lambada/`): the cell's text is then a link to it. A key, not a function, so the
 * model stays plain data in the browser too.
 */
export interface TableColumn extends Column {
  hrefKey?: string;
}

export interface TableModel {
  /** What the table shows and under which assumptions (its <caption>). */
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
  /** File name of the CSV download. */
  csvName: string;
}

/** `path` (relative to the site's base) under `base` (import.meta.env.BASE_URL), with one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

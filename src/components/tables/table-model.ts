// What every non-chart table is made of: the same view as a chart's table (view-model.ts), built by a
// pure spec function from an Analysis, so the build and the browser print the same numbers.
import type { DataView } from './view-model';

export type { Cell, Column, Row } from './view-model';
export { withBase } from './view-model';

export interface TableModel extends DataView {
  /** What the table shows and under which assumptions (its <caption>). */
  caption: string;
}

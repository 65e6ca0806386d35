// How a figure's table view and a standalone table are labelled: one function each, used by the
// build (Figure.astro, DataTable.astro) and by the browser's redraw alike.
import type { ChartModel } from '../charts/chart-model';
import type { TableRenderOptions } from './render-table';
import type { TableModel } from './table-model';

/** A figure's table sits under the figure's caption: no caption of its own. */
export const figureTableOptions = (model: ChartModel, base: string): TableRenderOptions => ({ label: `Data of: ${model.title}`, base });

/** A standalone table: its caption, and the caption's first sentence as the region's name. */
export const tableOptions = (model: TableModel, base: string): TableRenderOptions => ({
  label: model.caption.split('. ')[0]!,
  base,
  caption: model.caption,
});

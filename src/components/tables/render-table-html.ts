// Renders a view's table to HTML markup at build time, into linkedom's DOM, with the same function
// the browser uses to redraw it.
import { buildDocument } from '../charts/build-document';
import { renderTable, type TableRenderOptions } from './render-table';
import type { DataView } from './view-model';

export function renderTableHtml(view: Pick<DataView, 'columns' | 'rows' | 'glance' | 'printed'>, options: TableRenderOptions): string {
  return renderTable(view, buildDocument(), options).outerHTML;
}

// Draws a view's table in the given document: linkedom's at build time, the page's in the browser.
// One function for both (as drawChart is for charts), so the static table and the live one match.
import { formatCell, screenHeading } from './cell-format';
import { withBase, type DataView } from './view-model';

export interface TableRenderOptions {
  /** The scroll region's accessible name. */
  label: string;
  /** The site's base (import.meta.env.BASE_URL), for cells linked with `hrefKey`. */
  base: string;
  /** A <caption> for the table, where the table stands on its own (not under a figure's caption). */
  caption?: string;
}

/**
 * The keyboard-scrollable region (`[data-table]`, tabindex 0, role region) holding the table:
 * a header row of column headings with their units, one row per view row, "–" for empty cells.
 */
export function renderTable(view: Pick<DataView, 'columns' | 'rows'>, document: Document, options: TableRenderOptions): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const table = element('table');
  if (options.caption !== undefined) table.append(element('caption', options.caption));
  const headerRow = element('tr');
  for (const column of view.columns) {
    const th = element('th', screenHeading(column));
    th.setAttribute('scope', 'col');
    headerRow.append(th);
  }
  const head = element('thead');
  head.append(headerRow);
  const body = element('tbody');
  for (const row of view.rows) {
    const tr = element('tr');
    for (const column of view.columns) {
      const td = element('td');
      const text = formatCell(row[column.key], column.format);
      const href = column.hrefKey ? row[column.hrefKey] : undefined;
      if (typeof href === 'string') {
        const link = element('a', text);
        link.setAttribute('href', withBase(options.base, href));
        td.append(link);
      } else td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);

  const region = element('div');
  region.className = 'chart-table-scroll';
  region.setAttribute('data-table', '');
  region.setAttribute('tabindex', '0');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', options.label);
  region.append(table);
  return region;
}

// Draws a view's table in the given document: linkedom's at build time, the page's in the browser.
// One function for both (as drawChart is for charts), so the static table and the live one match,
// and both work without JavaScript: the "All columns" disclosure is a plain <details>.
import { tableElement } from './table-element';
import type { Column, DataView } from './view-model';

export interface TableRenderOptions {
  /** The scroll region's accessible name. */
  label: string;
  /** The site's base (import.meta.env.BASE_URL), for cells linked with `hrefKey`. */
  base: string;
  /** A <caption> for the table, where the table stands on its own (not under a figure's caption). */
  caption?: string;
  /** Whether the "All columns" disclosure starts open (the browser's redraw keeps the reader's choice). */
  allOpen?: boolean;
  /**
   * In the browser: when to draw the "All columns" table into its disclosure (redraw-data.ts's
   * drawWhenOpen: at once if open, else when the reader opens it). Without it, at once.
   */
  whenOpened?: (details: HTMLDetailsElement, draw: () => void) => void;
}

/**
 * A keyboard-scrollable region (tabindex 0, role region, named) holding a table. `data-scroll-cue`
 * marks it for the CSS that shades an edge the table scrolls past (src/styles/tables.css).
 */
function scrollRegion(table: HTMLTableElement, label: string, document: Document): HTMLElement {
  const region = document.createElement('div');
  region.className = 'table-scroll';
  region.setAttribute('data-scroll-cue', '');
  region.setAttribute('tabindex', '0');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', label);
  region.append(table);
  return region;
}

/** "The CSV download also holds: Family; Loss; …": the columns a `printed` table leaves out. */
function csvOnlyNote(columns: readonly Column[], printed: readonly Column[], document: Document): HTMLElement {
  const shown = new Set(printed.map((c) => c.key));
  const note = document.createElement('p');
  note.className = 'table-note';
  note.textContent = `The CSV download also holds: ${columns.filter((c) => !shown.has(c.key)).map((c) => c.label).join('; ')}.`;
  return note;
}

/**
 * The view's table (`[data-table]`, the element the browser's redraw replaces). A view with
 * `glance` columns shows those, captioned, and every column in a second table behind an
 * "All N columns" disclosure (kept out of search: it repeats the first table's cells).
 */
export function renderTable(view: Pick<DataView, 'columns' | 'rows' | 'glance' | 'printed'>, document: Document, options: TableRenderOptions): HTMLElement {
  const root = document.createElement('div');
  root.className = 'table-view';
  root.setAttribute('data-table', '');
  const { base, caption } = options;
  root.append(scrollRegion(tableElement(view.glance ?? view.printed ?? view.columns, view.rows, document, { base, caption }), options.label, document));
  if (view.printed && !view.glance) root.append(csvOnlyNote(view.columns, view.printed, document));
  if (!view.glance) return root;

  const details = document.createElement('details');
  details.className = 'table-all';
  details.setAttribute('data-table-all', '');
  details.setAttribute('data-pagefind-ignore', '');
  if (options.allOpen) details.setAttribute('open', '');
  const summary = document.createElement('summary');
  summary.textContent = `All ${view.columns.length} columns`;
  details.append(summary);
  const drawAll = () => details.append(scrollRegion(tableElement(view.columns, view.rows, document, { base }), `${options.label}: all columns`, document));
  if (options.whenOpened) options.whenOpened(details as HTMLDetailsElement, drawAll);
  else drawAll();
  root.append(details);
  return root;
}

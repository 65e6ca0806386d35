// The browser's redraw of a figure's or table's numbers: the table drawn again by the build's own
// renderer (columns can change with the assumptions: band columns come and go with the bootstrap),
// and the download pointed at the new numbers, its file name as well as its data, since the name
// says which state the numbers are of. The two parts can be redrawn on their own (live/redraw-plan.ts).
import { csvDownload } from '../charts/csv';
import { renderTable, type TableRenderOptions } from './render-table';
import type { DataView } from './view-model';

export function redrawData(element: Element, view: DataView, options: TableRenderOptions, document: Document): void {
  redrawTableView(element, view, options, document);
  redrawDownload(element, view);
}

export function redrawTableView(element: Element, view: DataView, options: TableRenderOptions, document: Document): void {
  const table = element.querySelector('[data-table]');
  // A reader who opened "All columns" keeps it open through a change of assumptions.
  const allOpen = table?.querySelector('[data-table-all]')?.hasAttribute('open') ?? false;
  table?.replaceWith(renderTable(view, document, { ...options, allOpen, whenOpened: drawWhenOpen }));
}

const waiting = new WeakMap<HTMLDetailsElement, () => void>();
const listening = new WeakSet<HTMLDetailsElement>();

/**
 * Draws into `details` now if it is open (or there is none), else when the reader next opens it: a
 * figure's closed table view, or a table's closed "All columns", is not drawn again with every change
 * of assumptions. The last draw asked for is the one that waits.
 */
export function drawWhenOpen(details: HTMLDetailsElement | null, draw: () => void): void {
  if (!details || details.hasAttribute('open')) {
    if (details) waiting.delete(details);
    draw();
    return;
  }
  waiting.set(details, draw);
  if (listening.has(details)) return;
  listening.add(details);
  details.addEventListener('toggle', () => {
    const pending = waiting.get(details);
    if (!details.hasAttribute('open') || !pending) return;
    waiting.delete(details);
    pending();
  });
}

/** The figure's "Download CSV" link, made when a deferred figure (which has none until drawn) is first drawn. */
function downloadLink(element: Element): Element | null {
  const existing = element.querySelector('[data-download]');
  const row = element.querySelector('.chart-actions');
  if (existing || !row) return existing;
  const link = element.ownerDocument.createElement('a');
  link.className = 'chart-download';
  link.setAttribute('data-download', '');
  link.textContent = 'Download CSV';
  // First in the figure's row of downloads (Figure.astro), as the build places it.
  row.prepend(link);
  return link;
}

export function redrawDownload(element: Element, view: DataView): void {
  const link = downloadLink(element);
  if (!link) return;
  const { name, href } = csvDownload(view);
  link.setAttribute('download', name);
  link.setAttribute('href', href);
}

// One table renderer for the build and the browser: the markup contract the pages and the browser
// tests rely on, and the browser's redraw, which must rename the download with the state.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { buildChart } from '../../src/components/charts/registry';
import { csvDownload } from '../../src/components/charts/csv';
import { buildTable } from '../../src/components/tables/registry';
import { renderTable } from '../../src/components/tables/render-table';
import { renderTableHtml } from '../../src/components/tables/render-table-html';
import { drawWhenOpen, redrawData } from '../../src/components/tables/redraw-data';
import { figureTableOptions, tableOptions } from '../../src/components/tables/table-options';
import type { DataView } from '../../src/components/tables/view-model';

const fresh = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** What a reader's click on a disclosure's summary does: opens it, then fires toggle. */
const open = (details: Element) => {
  details.setAttribute('open', '');
  details.dispatchEvent(new details.ownerDocument.defaultView!.Event('toggle'));
};

const view: DataView = {
  columns: [
    { key: 'task', label: 'Task', format: 'text', hrefKey: 'href' },
    { key: 'loss', label: 'Loss', unit: 'nats/token', format: 'loss' },
    { key: 'score', label: 'Score', unit: 'fraction', format: 'percent' },
  ],
  rows: [
    { task: 'LAMBADA', href: 'benchmarks/lambada/', loss: 1.73380502, score: 0.862 },
    { task: 'CB', href: null, loss: null, score: Number.NaN },
  ],
  download: { what: 'example', state: null },
};

describe('renderTable', () => {
  it('draws the scroll region, caption, column headers with units, links under the base, and "–" for empty cells', () => {
    const root = renderTable(view, fresh(), { label: 'Example', base: '/gpt-n/', caption: 'An example table.' });
    expect(root.hasAttribute('data-table')).toBe(true);
    const regions = root.querySelectorAll('.table-scroll');
    expect(regions).toHaveLength(1);
    const region = regions[0]!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-label')).toBe('Example');
    expect(region.hasAttribute('data-scroll-cue')).toBe(true);
    expect(region.querySelector('table > caption')?.textContent).toBe('An example table.');
    const headers = [...region.querySelectorAll('thead tr th')];
    expect(headers.map((th) => th.textContent)).toEqual(['Task', 'Loss (nats/token)', 'Score']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const cells = [...region.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([
      ['LAMBADA', '1.734', '86.2%'],
      ['CB', '–', '–'],
    ]);
    expect(region.querySelector('tbody a')?.getAttribute('href')).toBe('/gpt-n/benchmarks/lambada/');
    // Numbers are marked for alignment, names are not; no view without glance columns has a disclosure.
    expect([...region.querySelectorAll('tbody tr:first-child td')].map((td) => td.className)).toEqual(['', 'cell-number', 'cell-number']);
    expect(root.querySelector('details')).toBeNull();
  });

  it('shows the glance columns first, captioned, and every column behind a closed "All columns" disclosure', () => {
    const withGlance: DataView = { ...view, columns: [...view.columns, { key: 'note', label: 'Note', format: 'text', prose: true }], glance: [view.columns[0]!, view.columns[2]!] };
    const rows = withGlance.rows.map((row, i) => ({ ...row, note: i === 0 ? 'A sentence that wraps.' : null }));
    const root = renderTable({ ...withGlance, rows }, fresh(), { label: 'Example', base: '/', caption: 'An example table.' });
    const [glance, all] = [...root.querySelectorAll('.table-scroll')];
    expect([...glance!.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Task', 'Score']);
    expect(glance!.querySelector('caption')?.textContent).toBe('An example table.');

    const details = root.querySelector('details[data-table-all]')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(details.querySelector('summary')?.textContent).toBe(`All ${withGlance.columns.length} columns`);
    expect(details.contains(all!)).toBe(true);
    expect(all!.getAttribute('aria-label')).toBe('Example: all columns');
    expect(all!.hasAttribute('data-scroll-cue')).toBe(true);
    expect(all!.querySelector('caption')).toBeNull();
    expect(all!.querySelectorAll('thead th')).toHaveLength(withGlance.columns.length);
    expect(all!.querySelector('tbody td.cell-prose')?.textContent).toBe('A sentence that wraps.');
  });

  it('puts grouped glance columns under one heading that spans them', () => {
    const grouped: DataView = {
      ...view,
      glance: [view.columns[0]!, { ...view.columns[1]!, group: '90%', label: 'Loss' }, { ...view.columns[2]!, group: '90%', label: 'Score' }],
    };
    const table = renderTable(grouped, fresh(), { label: 'Example', base: '/' }).querySelector('table')!;
    const [top, below] = [...table.querySelectorAll('thead tr')];
    expect([...top!.querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('scope'), th.getAttribute('colspan'), th.getAttribute('rowspan')])).toEqual([
      ['Task', 'col', null, '2'],
      ['90%', 'colgroup', '2', null],
    ]);
    expect([...below!.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Loss (nats/token)', 'Score']);
    // The column groups a "colgroup" heading refers to.
    expect([...table.querySelectorAll('colgroup')].map((c) => c.getAttribute('span'))).toEqual(['1', '2']);
    expect(table.querySelectorAll('tbody tr:first-child td')).toHaveLength(3);
  });

  it('draws a figure\'s table without a caption of its own', () => {
    const model = buildChart('extrapolation', analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 }), dataset, { series: 'overall', fit: 'both' });
    const html = renderTableHtml(model, figureTableOptions(model, '/'));
    expect(html).not.toContain('<caption');
    expect(html).toContain(`aria-label="Data of: ${model.title}"`);
  });

  it('the browser\'s redraw replaces the table and renames the download with the new state', () => {
    const document = fresh();
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    const built = buildTable('crossings', analysis, dataset, { series: 'overall' });
    const download = csvDownload(built);
    document.body.innerHTML =
      `<gpt-table>${renderTableHtml(built, tableOptions(built, '/'))}` +
      `<a data-download download="${download.name}" href="${download.href}">Download CSV</a></gpt-table>`;
    const element = document.querySelector('gpt-table')!;

    const oneShot = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0, setting: 'one' });
    const redrawn = buildTable('crossings', oneShot, dataset, { series: 'overall' });
    redrawData(element, redrawn, tableOptions(redrawn, '/'), document);

    const link = element.querySelector('[data-download]')!;
    expect(link.getAttribute('download')).toBe(csvDownload(redrawn).name);
    expect(link.getAttribute('download')).toMatch(/^crossings-overall-one-shot-/);
    expect(link.getAttribute('href')).toBe(csvDownload(redrawn).href);
    expect(element.querySelectorAll('[data-table]')).toHaveLength(1);
    expect(element.querySelector('caption')?.textContent).toBe(redrawn.caption);
    // The glance is drawn at once; the closed "All columns" when it is opened, as the build draws it.
    const asBuilt = fresh();
    asBuilt.body.innerHTML = renderTableHtml(redrawn, tableOptions(redrawn, '/'));
    const glance = (root: ParentNode) => root.querySelector('[data-table] > .table-scroll')!.outerHTML;
    const allColumns = (root: ParentNode) => root.querySelector('[data-table-all] > .table-scroll')?.outerHTML;
    expect(glance(element)).toBe(glance(asBuilt));
    expect(allColumns(element)).toBeUndefined();
    open(element.querySelector('[data-table-all]')!);
    expect(allColumns(element)).toBe(allColumns(asBuilt));
  });

  it('draws a figure\'s closed table view when it is opened, the last draw asked for, once', () => {
    const document = fresh();
    document.body.innerHTML = '<details><summary>Table of the data</summary></details>';
    const details = document.querySelector('details')!;
    const drawn: string[] = [];
    drawWhenOpen(details, () => drawn.push('first'));
    drawWhenOpen(details, () => drawn.push('second'));
    expect(drawn).toEqual([]);
    open(details);
    expect(drawn).toEqual(['second']);
    // Open: drawn at once; closed and opened again with nothing waiting: nothing more.
    drawWhenOpen(details, () => drawn.push('third'));
    details.removeAttribute('open');
    details.dispatchEvent(new document.defaultView!.Event('toggle'));
    open(details);
    expect(drawn).toEqual(['second', 'third']);
    drawWhenOpen(null, () => drawn.push('no disclosure'));
    expect(drawn.at(-1)).toBe('no disclosure');
  });

  it('the browser\'s redraw keeps "All columns" open where the reader opened it', () => {
    const document = fresh();
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    const built = buildTable('crossings', analysis, dataset, { series: 'overall' });
    document.body.innerHTML = `<gpt-table>${renderTableHtml(built, tableOptions(built, '/'))}</gpt-table>`;
    const element = document.querySelector('gpt-table')!;
    const isOpen = () => element.querySelector('[data-table-all]')!.hasAttribute('open');
    redrawData(element, built, tableOptions(built, '/'), document);
    expect(isOpen()).toBe(false);
    element.querySelector('[data-table-all]')!.setAttribute('open', '');
    redrawData(element, built, tableOptions(built, '/'), document);
    expect(isOpen()).toBe(true);
  });
});

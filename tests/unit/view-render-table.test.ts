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
import { redrawData } from '../../src/components/tables/redraw-data';
import { figureTableOptions, tableOptions } from '../../src/components/tables/table-options';
import type { DataView } from '../../src/components/tables/view-model';

const fresh = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

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
    const region = renderTable(view, fresh(), { label: 'Example', base: '/gpt-n/', caption: 'An example table.' });
    expect(region.getAttribute('data-table')).toBe('');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-label')).toBe('Example');
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
    expect(element.innerHTML).toContain(renderTableHtml(redrawn, tableOptions(redrawn, '/')));
  });
});

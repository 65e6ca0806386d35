import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ROOT_URL, builtPages } from './site';

const pages = builtPages('dist');
const ESSAYS = ['', 'method/', 'categories/', 'benchmarks/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'conclusions/', 'appendix/', 'sources/', 'authoring/'];

test('the site has the twelve essay pages and a page per benchmark', () => {
  for (const essay of ESSAYS) expect(pages).toContain(essay);
  expect(pages.filter((p) => /^benchmarks\/[^/]+\/$/.test(p))).toHaveLength(52);
});

const BATCHES = 4;
const batches = Array.from({ length: BATCHES }, (_, b) => pages.filter((_, i) => i % BATCHES === b));
const ESSAYS_WITH_FIGURES = ['', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'authoring/'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  batches.forEach((batch, b) => {
    test(`pages batch ${b + 1}/${BATCHES} draw their figures as accessible SVG`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of batch) {
        await page.goto(path);
        const figures = page.locator('gpt-figure');
        const count = await figures.count();
        const isBenchmark = path.startsWith('benchmarks/') && path !== 'benchmarks/';
        if (ESSAYS_WITH_FIGURES.includes(path) || isBenchmark) expect(count, `/${path} has figures`).toBeGreaterThan(0);
        const problems = await figures.evaluateAll((elements) =>
          elements.flatMap((figure) => {
            // A deferred figure is drawn by the browser when its tab opens; without JavaScript no tab opens.
            if (figure.hasAttribute('data-deferred')) {
              return figure.closest('[role="tabpanel"][hidden]') ? [] : [`${figure.dataset.id}: deferred, but not in a closed tab`];
            }
            const svg = figure.querySelector('[data-plot] > svg');
            const name = svg?.getAttribute('aria-label')?.trim();
            const description = svg?.querySelector(':scope > desc')?.textContent?.trim();
            if (!svg) return [`${figure.dataset.id}: no SVG`];
            if (svg.getAttribute('role') !== 'img' || !name || !description) return [`${figure.dataset.id}: no accessible name or description`];
            // A failed fit is said in words, never drawn from NaN.
            return svg.outerHTML.includes('NaN') ? [`${figure.dataset.id}: NaN in the SVG`] : [];
          }),
        );
        expect(problems, `/${path}`).toEqual([]);
        expect(await page.locator('main').innerText(), `/${path}`).not.toMatch(/\bNaN\b|undefined/);
      }
    });
  });
});

// Every page with JavaScript on, in a few batches so the two workers share them: no axe violations,
// no console errors, and (the site must work offline from any static host) no request to another
// origin. The sub-path build's pages are checked for the last in same-origin.spec.ts.
batches.forEach((slice, batch) => {
  test(`pages batch ${batch + 1}/${BATCHES}: no axe violations, no console errors, nothing from another origin`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(ROOT_URL).origin) foreign.push(`${request.url()} (from ${page.url()})`);
    });
    for (const path of slice) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).exclude('.pagefind-ui').analyze();
      const violations = results.violations.map((v) => `/${path}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      expect(violations).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

test('a figure opens its table view and downloads its CSV', async ({ page }) => {
  await page.goto('categories/');
  const figure = page.locator('gpt-figure').first();
  const table = figure.locator('details.chart-table');
  await table.locator('summary').click();
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const rowCount = await rows.count();
  const headers = await table.locator('thead th').allInnerTexts();
  const downloaded = page.waitForEvent('download');
  await figure.locator('[data-download]').click();
  const download = await downloaded;
  const path = await download.path();
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  // A comment line recording the assumptions, then the header (units of the raw values), then the rows.
  expect(lines[0]).toMatch(/^# assumptions: .*lossModel=gpt3-frontier/);
  const csvHeaders = lines[1]!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  expect(csvHeaders).toHaveLength(headers.length);
  csvHeaders.forEach((h, i) => expect(h.replace(/^"|"$/g, '')).toContain(headers[i]!.replace(/ \(.*\)$/, '')));
  expect(lines).toHaveLength(rowCount + 2);
  expect(download.suggestedFilename()).toMatch(/few-shot-gpt3-frontier\.csv$/);
});

test('a table downloads its CSV, every column of its rows', async ({ page }) => {
  await page.goto('extrapolation/');
  const table = page.locator('gpt-table[data-kind="crossings"]').first();
  // The CSV holds what "All columns" shows: read the built table's header and rows.
  const all = table.locator('[data-table-all]');
  const headers = await all.locator('thead th').allTextContents();
  const rowCount = await all.locator('tbody tr').count();
  expect(rowCount).toBeGreaterThan(0);
  const link = table.locator('[data-download]');
  await expect(link).toHaveAttribute('href', '/tables/extrapolation--table-crossings-overall-both.csv');
  const downloaded = page.waitForEvent('download');
  await link.click();
  const download = await downloaded;
  const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^# assumptions: .*lossModel=gpt3-frontier/);
  const csvHeaders = lines[1]!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  expect(csvHeaders).toHaveLength(headers.length);
  expect(lines).toHaveLength(rowCount + 2);
  // Saved under the name the link gives (the file's own URL names the table, not the state).
  expect(download.suggestedFilename()).toBe(await link.getAttribute('download'));
  expect(download.suggestedFilename()).toMatch(/^crossings-overall-.*few-shot-gpt3-frontier\.csv$/);
});

test('dark mode restyles the charts', async ({ page }) => {
  await page.goto('categories/');
  const strokes = async () =>
    page.locator('gpt-figure svg').first().evaluate((svg) => {
      const line = svg.querySelector('path[stroke^="var("], g[stroke^="var("]')!;
      return [getComputedStyle(line).stroke, getComputedStyle(svg).color];
    });
  const light = await strokes();
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await strokes();
  expect(dark[0]).not.toBe(light[0]);
  expect(dark[1]).not.toBe(light[1]);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const pages = builtPages('dist');
const ESSAYS = ['', 'method/', 'categories/', 'benchmarks/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'conclusions/', 'appendix/', 'authoring/'];

test('the site has the eleven essays and a page per benchmark', () => {
  for (const essay of ESSAYS) expect(pages).toContain(essay);
  expect(pages.filter((p) => /^benchmarks\/[^/]+\/$/.test(p))).toHaveLength(52);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`/${path} draws its figures as accessible SVG`, async ({ page }) => {
      await page.goto(path);
      const figures = page.locator('gpt-figure');
      const count = await figures.count();
      const essaysWithFigures = ['', 'categories/', 'outliers/', 'extrapolation/', 'backtest/', 'authoring/'];
      if (essaysWithFigures.includes(path) || path.startsWith('benchmarks/') && path !== 'benchmarks/') {
        expect(count, 'an essay with figures').toBeGreaterThan(0);
      }
      for (let i = 0; i < count; i++) {
        const svg = figures.nth(i).locator('[data-plot] > svg');
        await expect(svg).toHaveAttribute('role', 'img');
        await expect(svg).toHaveAttribute('aria-label', /\S/);
        expect((await svg.locator(':scope > desc').textContent())?.trim()).toBeTruthy();
        // A failed fit is said in words, never drawn from NaN.
        expect(await svg.evaluate((el) => el.outerHTML.includes('NaN'))).toBe(false);
      }
      expect(await page.locator('main').innerText()).not.toMatch(/\bNaN\b|undefined/);
    });
  }
});

// Axe and console checks on every page, in a few batches so the two workers share them.
const BATCHES = 4;
for (let batch = 0; batch < BATCHES; batch++) {
  const slice = pages.filter((_, i) => i % BATCHES === batch);
  test(`pages batch ${batch + 1}/${BATCHES}: no axe violations, no console errors`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    for (const path of slice) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).exclude('.pagefind-ui').analyze();
      const violations = results.violations.map((v) => `/${path}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      expect(violations).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}

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
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe(headers.map((h) => (h.includes(',') ? `"${h}"` : h)).join(','));
  expect(lines).toHaveLength(rowCount + 1);
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

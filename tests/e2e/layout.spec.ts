// Tables and equations a reader can read on any screen and on paper (issue 10): at a phone's and a
// laptop's width, with JavaScript on and off, no table on an essay page is wider than its region
// unless the region scrolls and shows the scroll cue (`data-scroll-cue`, drawn by
// src/styles/tables.css), no table reaches past the content area into the table of contents, and no
// equation runs out of the text column. In print, /extrapolation/ has nothing to click and says the
// assumptions in force once, at the top.
import { expect, test, type Page } from '@playwright/test';

const ESSAYS = ['', 'method/', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'conclusions/', 'appendix/', 'sources/'];
const WIDTHS = [390, 1280];

/** Loads a page, with every disclosure outside the controls open (the figures' table views, "All columns") and the fonts in. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('main details')) if (!details.closest('gpt-controls')) details.open = true;
    await document.fonts.ready;
  });
}

/** The page's tables that overflow without a cue, are clipped, or reach past the content area. */
function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    document.querySelectorAll('main table').forEach((table, i) => {
      if (!table.checkVisibility()) return;
      const name = `table ${i + 1} (${table.querySelector('th')?.textContent?.trim() ?? 'no heading'})`;
      // The nearest box that scrolls or clips the table, if any, within the text column.
      let box: Element | null = table;
      while (box && !box.matches('.sl-markdown-content') && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      const region = box && !box.matches('.sl-markdown-content') ? box : null;
      const outer = region ?? table;
      if (region) {
        const style = getComputedStyle(region);
        const overflows = region.scrollWidth > region.clientWidth + 1;
        if (overflows && !['auto', 'scroll'].includes(style.overflowX)) problems.push(`${name}: clipped (overflow-x ${style.overflowX})`);
        if (overflows && !(region.hasAttribute('data-scroll-cue') && style.backgroundImage.includes('gradient')))
          problems.push(`${name}: scrolls (${region.scrollWidth} > ${region.clientWidth} px) without the scroll cue`);
      } else if (table.getBoundingClientRect().width > (table.parentElement?.clientWidth ?? 0) + 1) {
        problems.push(`${name}: wider than its container and not in a scroll region`);
      }
      const panel = table.closest('.content-panel')!.getBoundingClientRect();
      const rect = outer.getBoundingClientRect();
      if (rect.left < panel.left - 1 || rect.right > panel.right + 1)
        problems.push(`${name}: spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, past the content area ${Math.round(panel.left)}–${Math.round(panel.right)} px`);
    });
    return problems;
  });
}

/** The page's display equations that overflow without scrolling (with the cue) or lie outside the text column. */
function equationProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    document.querySelectorAll('.katex-display').forEach((equation, i) => {
      if (!equation.checkVisibility()) return;
      const name = `equation ${i + 1} (${equation.querySelector('annotation')?.textContent?.trim().slice(0, 40) ?? ''}…)`;
      const style = getComputedStyle(equation);
      if (equation.scrollWidth > equation.clientWidth + 1) {
        const scrolls = ['auto', 'scroll'].includes(style.overflowX);
        const cue = equation.hasAttribute('data-scroll-cue') && style.backgroundImage.includes('gradient');
        if (!scrolls || !cue) problems.push(`${name}: ${equation.scrollWidth} px in ${equation.clientWidth} px, ${scrolls ? 'no scroll cue' : `overflow-x ${style.overflowX}`}`);
        if (scrolls && equation.getAttribute('tabindex') !== '0') problems.push(`${name}: scrolls but cannot be reached from the keyboard`);
      }
      const column = equation.closest('.sl-markdown-content')!.getBoundingClientRect();
      const rect = equation.getBoundingClientRect();
      if (rect.right > column.right + 1 || rect.left < column.left - 1)
        problems.push(`${name}: spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, outside the text column ${Math.round(column.left)}–${Math.round(column.right)} px`);
    });
    return problems;
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const width of WIDTHS) {
      test.describe(`at ${width} px`, () => {
        test.use({ viewport: { width, height: 900 } });

        test('no essay table is wider than its region without a scroll cue, or reaches past the content area', async ({ page }) => {
          test.setTimeout(180_000);
          let seen = 0;
          for (const path of ESSAYS) {
            await open(page, path);
            seen += await page.locator('main table').count();
            expect(await tableProblems(page), `/${path}`).toEqual([]);
          }
          expect(seen).toBeGreaterThan(0);
        });

        test('no essay equation overflows the text column', async ({ page }) => {
          test.setTimeout(120_000);
          let seen = 0;
          for (const path of ESSAYS) {
            await open(page, path);
            seen += await page.locator('.katex-display').count();
            expect(await equationProblems(page), `/${path}`).toEqual([]);
          }
          expect(seen).toBeGreaterThan(0);
        });
      });
    }
  });
}

test.describe('in print', () => {
  test('/extrapolation/ has no form controls and states the assumptions once, at the top', async ({ page }) => {
    await page.goto('extrapolation/');
    const controls = page.locator('input, select, button, textarea');
    // On screen the page has its controls; on paper none of them shows.
    expect(await controls.count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const shown = await controls.evaluateAll((elements) =>
      elements.filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true })).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);

    const line = page.locator('main').getByText(/^\s*Assumptions:/);
    await expect(line).toHaveCount(1);
    await expect(line).toBeVisible();
    await expect(line).toHaveText(/^Assumptions: \S/);
    const top = (await line.boundingBox())!.y;
    expect(top).toBeLessThan((await page.locator('main h2').first().boundingBox())!.y);
  });

  test('/extrapolation/ prints its tables whole and its charts across the text', async ({ page }) => {
    await page.goto('extrapolation/');
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.locator('main .table-scroll').evaluateAll((regions) =>
      regions
        .filter((r) => r.checkVisibility())
        .filter((r) => getComputedStyle(r).overflowX !== 'visible' || r.scrollWidth > r.clientWidth + 1)
        .map((r) => r.getAttribute('aria-label')),
    );
    expect(clipped).toEqual([]);
    const widths = await page.locator('main figure.chart').evaluateAll((figures) =>
      figures.map((f) => {
        // The chart is the widest SVG shown in the plot (legend swatches and hidden variants aside).
        const shown = [...f.querySelectorAll('[data-plot] svg')].filter((svg) => svg.checkVisibility());
        return [Math.round(Math.max(0, ...shown.map((svg) => svg.getBoundingClientRect().width))), Math.round(f.getBoundingClientRect().width)];
      }),
    );
    expect(widths.length).toBeGreaterThan(0);
    for (const [svg, figure] of widths) expect(Math.abs(svg! - figure!)).toBeLessThanOrEqual(1);
  });
});

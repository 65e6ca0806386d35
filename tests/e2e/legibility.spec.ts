// Chart text a reader can read (issue 10): at 390 and 1280 px, with JavaScript off and on, the smallest
// text of every chart shown on every essay page is at least 11 CSS pixels. A text's size on screen is
// its computed font size times the scale its SVG is drawn at (the text's screen transform), so rotated
// labels count by their height too. Texts in drawings not shown are skipped: the other width's drawing
// (display: none), a closed tab's, and the build's while a permalink's state is being drawn.
import { expect, test, type Page } from '@playwright/test';

const ESSAYS = ['', 'method/', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'conclusions/', 'appendix/'];
const MIN_TEXT_PX = 11;
const WIDTHS = [390, 1280];

interface ChartText {
  px: number;
  figure: string;
  text: string;
}

/** Every chart text on screen, with its size in CSS pixels. */
const chartTexts = (page: Page): Promise<ChartText[]> =>
  page.evaluate(() => {
    const texts: ChartText[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('gpt-figure .chart-plot > svg')) {
      if (!svg.checkVisibility({ visibilityProperty: true })) continue;
      for (const text of svg.querySelectorAll('text')) {
        const label = text.textContent?.trim();
        const m = text.getScreenCTM();
        if (!label || !m || !text.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const px = Number.parseFloat(getComputedStyle(text).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
        texts.push({ px, figure: svg.closest('gpt-figure')?.getAttribute('data-id') ?? '', text: label.slice(0, 40) });
      }
    }
    return texts;
  });

/** Texts below the minimum, for the failure message. */
const tooSmall = (texts: ChartText[]) => texts.filter((t) => t.px < MIN_TEXT_PX).map((t) => `${t.figure}: "${t.text}" at ${t.px.toFixed(1)} px`);

/** Figures on screen that show other than exactly one drawing (one accessible image). */
const drawingsShown = (page: Page): Promise<string[]> =>
  page.locator('gpt-figure').evaluateAll((figures) =>
    figures.flatMap((figure) => {
      if (!figure.checkVisibility()) return [];
      const shown = Array.from(figure.querySelectorAll('.chart-plot > svg')).filter((svg) => svg.checkVisibility()).length;
      return shown === 1 ? [] : [`${figure.getAttribute('data-id')}: ${shown} drawings shown`];
    }),
  );

/** Makes the figures live (a reader's hover) and waits for the drawing, bootstrap bands included. */
async function goLive(page: Page) {
  await page.locator('gpt-figure').first().hover();
  await expect(page.locator('html')).toHaveAttribute('data-live-drawn', /\d/, { timeout: 30_000 });
  await expect(page.locator('html')).not.toHaveAttribute('data-live-bands-pending', { timeout: 30_000 });
  // A drawing made on resize settles after a short pause (live/figure-layout.ts).
  await page.waitForTimeout(300);
}

for (const javaScriptEnabled of [false, true]) {
  for (const width of WIDTHS) {
    test.describe(`at ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled, viewport: { width, height: 900 } });

      test(`every essay's chart text is at least ${MIN_TEXT_PX} px, one drawing per figure`, async ({ page }) => {
        test.setTimeout(240_000);
        for (const path of ESSAYS) {
          await page.goto(path);
          const figures = await page.locator('gpt-figure').count();
          const built = await chartTexts(page);
          if (figures > 0) expect(built.length, `/${path} shows chart text`).toBeGreaterThan(0);
          expect(tooSmall(built), `/${path} as built`).toEqual([]);
          expect(await drawingsShown(page), `/${path} as built`).toEqual([]);
          if (!javaScriptEnabled || figures === 0) continue;
          // Drawn again in the browser, at the width of each figure.
          await goLive(page);
          const live = await chartTexts(page);
          expect(live.length, `/${path} shows live chart text`).toBeGreaterThan(0);
          expect(tooSmall(live), `/${path} drawn live`).toEqual([]);
          expect(await drawingsShown(page), `/${path} drawn live`).toEqual([]);
        }
      });
    });
  }
}

test.describe('JavaScript on', () => {
  for (const width of WIDTHS) {
    test(`a chart in a closed tab is drawn when the tab opens, legibly, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('categories/');
      await page.getByRole('tab', { name: 'One-shot' }).first().click();
      const opened = page.locator('[role="tabpanel"]:not([hidden]) gpt-figure[data-deferred]').first();
      await expect(opened.locator('[data-plot] > svg')).toBeVisible({ timeout: 30_000 });
      // Its CSV comes with it, and its table view when the reader opens it.
      await expect(opened.locator('[data-download]')).toHaveAttribute('href', /^data:text\/csv/);
      await opened.locator('details.chart-table > summary').click();
      await expect(opened.locator('[data-table] table')).toBeVisible();
      const id = await opened.getAttribute('data-id');
      const texts = (await chartTexts(page)).filter((t) => t.figure === id);
      expect(texts.length).toBeGreaterThan(0);
      expect(tooSmall(texts)).toEqual([]);
    });
  }

  test('a live chart is drawn again at the new width when the window narrows', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('categories/');
    await goLive(page);
    await page.setViewportSize({ width: 390, height: 900 });
    const figure = page.locator('gpt-figure').first();
    // Drawn at the figure's width (the text column), not scaled down from the wide drawing.
    await expect
      .poll(async () => figure.evaluate((f) => Math.abs(Number(f.querySelector('[data-plot] > svg')?.getAttribute('width')) - Math.floor(f.getBoundingClientRect().width))), { timeout: 10_000 })
      .toBeLessThanOrEqual(1);
    expect(tooSmall(await chartTexts(page))).toEqual([]);
    expect(await drawingsShown(page)).toEqual([]);
  });
});

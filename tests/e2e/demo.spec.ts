import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page chart is SVG in the HTML', async ({ page }) => {
    await page.goto('/');
    const svg = page.locator('figure.chart svg').first();
    await expect(svg).toBeVisible();
    expect(await svg.locator('circle').count()).toBeGreaterThanOrEqual(8);
  });

  test('equations render as KaTeX, with no raw TeX and no doubled text', async ({ page }) => {
    await page.goto('method/');
    const content = page.locator('.sl-markdown-content');
    await expect(content.locator('.katex-display').first()).toBeVisible();
    const text = await content.innerText();
    expect(text).not.toContain('$$');
    expect(text).not.toContain('\\frac');
    // KaTeX writes each formula twice (MathML for readers, HTML for eyes); its CSS must hide the MathML.
    const mathml = content.locator('.katex-mathml').first();
    expect(await mathml.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    expect(await mathml.boundingBox()).toMatchObject({ width: 1, height: 1 });
  });
});

test('search finds a word from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('cross-entropy');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
});

test('dark mode keeps the chart legible', async ({ page }) => {
  await page.goto('/');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const [ink, background] = await page.locator('figure.chart svg').first().evaluate((svg) => {
    const color = getComputedStyle(svg).color;
    const bg = getComputedStyle(document.body).backgroundColor;
    return [color, bg];
  });
  expect(contrast(ink, background)).toBeGreaterThan(4.5);
});

/** WCAG contrast ratio of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

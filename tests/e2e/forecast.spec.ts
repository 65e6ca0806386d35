// METHOD §11 on the page: the later models' marks and the forecast's tables follow the loss model,
// and the caveats toggle changes what is compared.
import { expect, test, type Page } from '@playwright/test';

const drawn = (page: Page) => page.locator('html').getAttribute('data-live-drawn');

async function change(page: Page, action: () => Promise<unknown>) {
  const before = await drawn(page);
  await action();
  await expect.poll(() => drawn(page), { timeout: 30_000 }).not.toBe(before);
}

/** The centres of the later models' marks (Plot's symbol paths) on the normalised-score chart. */
const laterMarks = (page: Page) =>
  page
    .locator('gpt-figure[data-kind="series"] svg g[fill="var(--chart-later)"] path, gpt-figure[data-kind="series"] svg g[stroke="var(--chart-later)"] path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('transform') ?? p.getAttribute('d')));

test('a benchmark page draws the later models, and the loss model moves them', async ({ page }) => {
  await page.goto('benchmarks/lambada/?setting=zero');
  await expect(page.locator('html')).toHaveAttribute('data-live-ready', '', { timeout: 30_000 });
  const caption = page.locator('gpt-figure[data-kind="series"] [data-caption]');
  await expect(caption).toContainText('Later models at their own loss, never fitted');
  await expect(caption).toContainText('Pythia');
  const before = await laterMarks(page);
  expect(before.length).toBeGreaterThan(0);
  const rows = page.locator('gpt-figure[data-kind="series"] table tbody tr');
  await expect(rows.filter({ hasText: 'later, never fitted' }).first()).toBeAttached();
  await page.locator('gpt-controls > details > summary').click();
  await change(page, () => page.locator('gpt-controls form').getByLabel('Loss model').selectOption('chinchilla'));
  expect(await laterMarks(page)).not.toEqual(before);
});

test('the forecast page: the loss model changes the forecast table, and the caveats toggle what is compared', async ({ page }) => {
  await page.goto('forecast/');
  const summary = page.locator('gpt-table[data-kind="forecastSummary"] tbody');
  const before = await summary.innerText();
  await page.locator('gpt-controls > details > summary').click();
  const form = page.locator('gpt-controls form');
  await change(page, () => form.getByLabel('Loss model').selectOption('kaplan-nd'));
  await expect(page).toHaveURL(/loss=kaplan-nd/);
  const kaplan = await summary.innerText();
  expect(kaplan).not.toBe(before);
  await change(page, () => form.getByRole('checkbox', { name: /Include caveated comparisons/ }).uncheck());
  await expect(page).toHaveURL(/caveats=false/);
  expect(await summary.innerText()).not.toBe(kaplan);
  await expect(page.locator('gpt-table[data-kind="forecastSummary"] caption')).toContainText('Caveated comparisons are left out.');
});

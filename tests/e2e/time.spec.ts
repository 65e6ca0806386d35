// METHOD §14 on the page: the 8-month alternative for algorithmic progress moves the years on the
// cost-by-year figure, in the crossings table and in the Conclusions' sentence.
import { expect, test, type Page } from '@playwright/test';

const drawn = (page: Page) => page.locator('html').getAttribute('data-live-drawn');
const yearNums = (page: Page) => page.locator('.num[data-num$=".sentence"]').allInnerTexts();

test('the 8-month preset moves the years on the figure, the table and the prose', async ({ page }) => {
  await page.goto('extrapolation/');
  const figure = page.locator('gpt-figure[data-kind="costByYear"]');
  const csvBefore = await figure.locator('[data-download]').getAttribute('href');
  // The years are among the table's full columns, behind "All columns" (the glance shows orders and dollars).
  const crossings = page.locator('gpt-table[data-kind="crossings"]').first().locator('[data-table-all] tbody');
  const tableBefore = await crossings.textContent();
  const yearsBefore = await yearNums(page);
  expect(yearsBefore.length).toBeGreaterThan(0);

  const before = await drawn(page);
  await page.getByRole('button', { name: /8 months/ }).click();
  await expect.poll(() => drawn(page), { timeout: 20_000 }).not.toBe(before);
  await expect(page).toHaveURL(/algo=0\.67/);
  expect(await figure.locator('[data-download]').getAttribute('href')).not.toBe(csvBefore);
  // A closed "All columns" is drawn again when the reader opens it.
  await page.locator('gpt-table[data-kind="crossings"]').first().locator('[data-table-all] > summary').click();
  await expect(crossings).toBeVisible();
  expect(await crossings.textContent()).not.toBe(tableBefore);
  expect(await yearNums(page)).not.toEqual(yearsBefore);

  await page.goto('conclusions/');
  const defaults = await yearNums(page);
  await page.goto('conclusions/?algo=0.67');
  await expect(page.locator('html')).toHaveAttribute('data-live-drawn', /\d/, { timeout: 20_000 });
  expect(await yearNums(page)).not.toEqual(defaults);
});

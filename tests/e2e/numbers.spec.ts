// Numbers a reader can trust, checked on what the pages show: each category chart draws its category
// (not a task of the same id), and no input, however far out of range, puts Infinity or NaN on a page.
import { expect, test, type Page } from '@playwright/test';

/** Category id → per-model normalised few-shot mean, from the published normalized.csv (the SuperGLUE average excluded, §2). */
async function categoryMeans(page: Page): Promise<Map<string, number[]>> {
  const text = await (await page.request.get('data/normalized.csv')).text();
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split(',');
  const at = (name: string) => columns.indexOf(name);
  const sums = new Map<string, Map<string, number[]>>();
  for (const line of lines) {
    // Task names hold no commas but may be quoted; the columns read here lie after them.
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    if (cells[at('setting')] !== 'few' || cells[at('metric')] === 'average') continue;
    const category = cells[at('category')]!;
    const model = cells[at('model')]!;
    const byModel = sums.get(category) ?? new Map<string, number[]>();
    byModel.set(model, [...(byModel.get(model) ?? []), Number(cells[at('normalized')])]);
    sums.set(category, byModel);
  }
  return new Map(
    [...sums].map(([category, byModel]) => [category, [...byModel.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length)]),
  );
}

test('every category chart on /categories/ draws its category mean, not a task of the same id', async ({ page }) => {
  const means = await categoryMeans(page);
  expect(means.size).toBe(11);
  await page.goto('categories/');
  for (const [category, expected] of means) {
    const figure = page.locator(`figure#fig-${category}-few`);
    await expect(figure, category).toHaveCount(1);
    // The table view sits in a closed <details>: read its text, not its rendering.
    const header = await figure.locator('[data-table] thead th').allTextContents();
    const scoreColumn = header.findIndex((h) => /^Normalised score/.test(h));
    // GPT-3's eight models; the later models' rows (METHOD §11) follow them.
    const gpt3 = figure.locator('[data-table] tbody tr').filter({ hasText: 'GPT-3, fitted' });
    const scores = await gpt3.locator(`td:nth-child(${scoreColumn + 1})`).allTextContents();
    const shown = scores.map((s) => Number(s.replace('%', '')) / (s.endsWith('%') ? 100 : 1));
    expect(shown, category).toHaveLength(8);
    shown.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${category} model ${i}`).toBeLessThan(0.006));
  }
  // The Winograd-style category (15 % → 66 % few-shot), not the Winograd task (27 % → 77 %).
  const winograd = means.get('winograd')!;
  expect(winograd[0]).toBeLessThan(0.2);
});

test('the eleven-category extrapolation names the categories, not tasks of the same id', async ({ page }) => {
  await page.goto('extrapolation/');
  const headers = (await page.locator('figure [data-table] thead th').allTextContents()).join('|');
  expect(headers).toContain('Winograd-style');
  expect(headers).toContain('SAT analogies');
  expect(headers).not.toContain('SAT Analogies');
});

/** Every text a reader sees, SVG included, outside the form's own inputs. */
const pageText = (page: Page) => page.locator('main').innerText();

for (const [label, value, field] of [
  ['price 1e-300', '1e-300', /FLOP per dollar/],
  ['price 1e300', '1e300', /FLOP per dollar/],
  ['tokens per word 0', '0', /Tokens per word/],
] as const) {
  test(`an out-of-range ${label} gets a message beside its control and no Infinity or NaN anywhere`, async ({ page }) => {
    await page.goto('extrapolation/');
    const before = await pageText(page);
    const control = page.locator('gpt-controls form').getByLabel(field);
    await control.fill(value);
    await control.press('Enter');
    const message = page.locator(`[data-error-for="${await control.getAttribute('name')}"]`);
    await expect(message).toBeVisible({ timeout: 20_000 });
    await expect(message).toContainText(/must lie between/);
    const text = await pageText(page);
    expect(text).not.toMatch(/Infinity|NaN/);
    expect(text.replace(/must lie between[^.]*\./, '')).toContain(before.slice(0, 200));
  });
}

test('an impossible custom ceiling gets a message, and the page keeps working', async ({ page }) => {
  await page.goto('benchmarks/lambada/');
  await page.locator('gpt-controls > details > summary').click();
  const form = page.locator('gpt-controls form');
  await form.getByLabel('Ceiling', { exact: true }).selectOption('custom');
  const ceiling = form.getByLabel(/Ceiling of LAMBADA/);
  for (const impossible of ['-5', '1e300']) {
    await ceiling.fill(impossible);
    await ceiling.press('Enter');
    const message = page.locator('[data-error-for="c.lambada"]');
    await expect(message).toBeVisible({ timeout: 20_000 });
    await expect(message).toContainText(/ceiling of LAMBADA must lie above its chance level/);
    expect(await pageText(page)).not.toMatch(/Infinity|NaN/);
  }
  await ceiling.fill('90');
  await ceiling.press('Enter');
  await expect(page).toHaveURL(/c\.lambada=90/, { timeout: 20_000 });
  await expect(page.locator('[data-error-for="c.lambada"]')).toBeHidden();
});

import { expect, test, type Page } from '@playwright/test';

const PAGE = 'extrapolation/';

// Plot snaps strokes to half pixels on a screen of density 1 but not in Node, where the build draws;
// on a high-density screen (as most readers have) the two drawings are the same.
test.use({ deviceScaleFactor: 2 });

/**
 * The drawn charts, canonically: each element with its attributes sorted (the build's DOM shim and
 * the browser write them in different orders) and without ids, which differ per draw by design.
 */
const charts = (page: Page) =>
  page.locator('gpt-figure [data-plot]').evaluateAll((plots) => {
    const canonical = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      // Node's and Chromium's Math.pow may differ in the last bits: hundredths of a pixel compare.
      // linkedom and Chromium serialise an inline style differently ("a:1" against "a: 1;").
      const value = (a: Attr) =>
        (a.name === 'style' ? a.value.replace(/\s+/g, '').replace(/;$/, '') : a.value).replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(2));
      const attributes = Array.from(node.attributes)
        .filter((a) => a.name !== 'id' && !/^url\(#|^#/.test(a.value))
        .map((a) => `${a.name}=${value(a)}`)
        .sort();
      return `<${node.tagName} ${attributes.join(' ')}>${Array.from(node.childNodes).map(canonical).join('')}</>`;
    };
    return plots.map((p) => Array.from(p.childNodes).map(canonical).join(''));
  });
const nums = (page: Page) => page.locator('.num[data-num]').allInnerTexts();
const drawn = (page: Page) => page.locator('html').getAttribute('data-live-drawn');

async function open(page: Page, path = PAGE) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  return errors;
}

/** Waits until the runtime has redrawn after the action, and the worker's bands have followed. */
async function afterRedraw(page: Page, action: () => Promise<unknown>) {
  const before = await drawn(page);
  await action();
  await expect.poll(() => drawn(page), { timeout: 20_000 }).not.toBe(before);
  await expect(page.locator('html')).not.toHaveAttribute('data-live-bands-pending', { timeout: 20_000 });
}

test('each control changes the charts and the URL', async ({ page }) => {
  const errors = await open(page);
  const controls = page.locator('gpt-controls form');
  const changes: [string, () => Promise<unknown>, RegExp][] = [
    ['setting', () => controls.getByRole('radio', { name: 'one-shot' }).check(), /setting=one/],
    ['fit', () => controls.getByRole('radio', { name: 'linear' }).check(), /fit=linear/],
    ['loss model', () => controls.getByLabel('Loss model').selectOption('kaplan-nd'), /loss=kaplan-nd/],
    ['ceiling', () => controls.getByLabel('Ceiling', { exact: true }).selectOption('sota-2020'), /ceiling=sota-2020/],
    ['aggregation', () => controls.getByLabel('Overall score').selectOption('tasks'), /agg=tasks/],
    ['fit axis', () => controls.getByLabel('Fit against').selectOption('log-reducible'), /axis=log-reducible/],
    ['price', () => controls.getByLabel(/FLOP per dollar/).fill('1e18'), /price=1e18/],
    ['tokens per word', () => controls.getByLabel(/Tokens per word/).fill('1.3'), /tpw=1.3/],
    ['thresholds', () => controls.getByLabel(/Thresholds/).fill('50,80,90'), /thresholds=50%2C80%2C90/],
    ['bootstrap', () => controls.getByRole('checkbox', { name: /Bootstrap/ }).uncheck(), /bootstrap=0/],
  ];
  for (const [name, change, inUrl] of changes) {
    const before = [await charts(page), await nums(page)];
    await afterRedraw(page, change);
    await expect(page, name).toHaveURL(inUrl);
    expect([await charts(page), await nums(page)], `${name} changes what is drawn`).not.toEqual(before);
  }
  expect(errors).toEqual([]);
});

test('a permalink reproduces the state; back and forward step through changes', async ({ page }) => {
  await open(page);
  const original = await charts(page);
  await afterRedraw(page, () => page.getByRole('radio', { name: 'zero-shot' }).check());
  await afterRedraw(page, () => page.getByLabel('Loss model').selectOption('chinchilla'));
  const state = [await charts(page), await nums(page)];
  const url = page.url();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-live-drawn', /\d/, { timeout: 20_000 });
  await expect(page.locator('html')).not.toHaveAttribute('data-live-bands-pending', { timeout: 20_000 });
  expect([await charts(page), await nums(page)]).toEqual(state);
  await expect(page.getByLabel('Loss model')).toHaveValue('chinchilla');
  await expect(page.getByRole('radio', { name: 'zero-shot' })).toBeChecked();

  await afterRedraw(page, () => page.goBack());
  await expect(page).toHaveURL(/setting=zero/);
  await expect(page).not.toHaveURL(/loss=/);
  await expect(page.getByLabel('Loss model')).toHaveValue('gpt3-frontier');
  await afterRedraw(page, () => page.goBack());
  expect(await charts(page)).toEqual(original);
  await afterRedraw(page, () => page.goForward());
  await afterRedraw(page, () => page.goForward());
  expect(page.url()).toBe(url);
});

test('out-of-range input is explained beside its control and the page keeps its state', async ({ page }) => {
  await open(page);
  await afterRedraw(page, () => page.getByRole('radio', { name: 'one-shot' }).check());
  const state = [await charts(page), page.url()];
  for (const [label, value, message] of [
    [/FLOP per dollar/, '-1', /must lie between/],
    [/Thresholds/, '50,100', /between 0% and 100%/],
    [/Tokens per word/, 'abc', /number/],
  ] as const) {
    const input = page.getByLabel(label);
    const valid = await input.inputValue();
    await input.fill(value);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator(`#${await input.getAttribute('aria-describedby')}`);
    await expect(error).toBeVisible();
    await expect(error).toHaveText(message);
    expect([await charts(page), page.url()]).toEqual(state);
    await input.fill(valid);
    await expect(error).toBeHidden();
    await expect(input).toHaveAttribute('aria-invalid', 'false');
  }
  expect(await page.locator('main').innerText()).not.toContain('NaN');
});

test('a benchmark page takes a custom ceiling, refusing one at or below chance', async ({ page }) => {
  // CB has three labels, so its chance level is 33.3 (tasks.csv).
  await open(page, 'benchmarks/cb/');
  await page.locator('gpt-controls > details > summary').click();
  await page.getByLabel('Ceiling', { exact: true }).selectOption('custom');
  const ceiling = page.getByLabel(/Ceiling of CB/);
  await ceiling.fill('30');
  await expect(ceiling).toHaveAttribute('aria-invalid', 'true');
  await afterRedraw(page, () => ceiling.fill('80'));
  await expect(page).toHaveURL(/c\.cb=80/);
});

test('a malformed permalink falls back to the defaults with a notice', async ({ page }) => {
  await open(page);
  const defaults = await charts(page);
  await page.goto(`${PAGE}?loss=gpt-9&price=banana&wat=1`);
  await expect(page.locator('[data-live-notice]')).toBeVisible();
  await expect(page.locator('[data-live-notice]')).toContainText('wat');
  // The defaults are what the build drew: the figures are shown as they are.
  await expect(page.locator('html')).not.toHaveAttribute('data-live-pending');
  await expect(page.locator('gpt-figure [data-plot]').first()).toBeVisible();
  expect(await charts(page)).toEqual(defaults);
});

test('the controls work from the keyboard', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'few-shot (default)' }).focus();
  await afterRedraw(page, () => page.keyboard.press('ArrowLeft'));
  await expect(page).toHaveURL(/setting=one/);
  await page.getByLabel('Loss model').focus();
  await afterRedraw(page, () => page.keyboard.press('ArrowDown'));
  await expect(page).toHaveURL(/loss=kaplan-nd/);
  await page.getByRole('button', { name: 'Reset to defaults' }).focus();
  await afterRedraw(page, () => page.keyboard.press('Enter'));
  await expect(page).not.toHaveURL(/\?./);
});

test("the worker's bootstrap bands match the build's for the same seed", async ({ page }) => {
  await open(page);
  const built = await charts(page);
  const builtTables = await page.locator('gpt-table [data-table]').allInnerTexts();
  await afterRedraw(page, () => page.getByRole('radio', { name: 'one-shot' }).check());
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  // The bands arrive from the worker after the immediate redraw without them.
  await expect.poll(async () => JSON.stringify(await charts(page)), { timeout: 20_000 }).toBe(JSON.stringify(built));
  expect(await page.locator('gpt-table [data-table]').allInnerTexts()).toEqual(builtTables);
});

test('points have tooltips once a chart is live', async ({ page }) => {
  await open(page, 'categories/');
  const figure = page.locator('gpt-figure').first();
  // Touching a figure makes the page's figures interactive: they are redrawn in the browser.
  await figure.hover();
  await expect(page.locator('html')).toHaveAttribute('data-live-drawn', /\d/, { timeout: 30_000 });
  // GPT-3's smallest model: the highest loss, where no later model's mark lies over it.
  const dot = figure.locator('svg g[fill="var(--chart-points)"] circle').first();
  await dot.hover();
  await expect(figure.locator('[data-plot] svg')).toContainText('125M');
});

// The words and controls follow the reader's state: no sentence claims the defaults beside other
// numbers without its note, the summary line names the state, a link's garbage is named and dropped,
// custom ceilings work and persist, the state travels across links, and history steps per change.
import { expect, test, type Page } from '@playwright/test';

const ESSAYS = ['', 'method/', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'conclusions/', 'appendix/'];
const PAGES = [...ESSAYS, 'benchmarks/lambada/', 'benchmarks/anli-r1/'];
const STATE = 'setting=zero&loss=kaplan-nd';
/** A clause that claims the page shows the defaults. */
const DEFAULTS_CLAUSE = /\b(under|as built from) the defaults\b|\bthe defaults are:/i;

const drawn = (page: Page) => page.locator('html').getAttribute('data-live-drawn');

/** Opens a page; with state in its URL, waits until the runtime has drawn it (without, the build's drawing stands). */
async function ready(page: Page, path: string) {
  await page.goto(path);
  if (path.includes('?')) await expect(page.locator('html')).toHaveAttribute('data-live-ready', '', { timeout: 30_000 });
  await expect(page.locator('html')).not.toHaveAttribute('data-live-pending');
}

/** Text blocks (paragraphs, list items, cells) that claim the defaults outside a visible note's block. */
const unmarkedDefaultsClauses = (page: Page) =>
  page.locator('main').evaluate((main, pattern) => {
    const clause = new RegExp(pattern, 'i');
    const blocks = Array.from(main.querySelectorAll<HTMLElement>('p, li, td, th, h1, h2, h3, h4, figcaption, summary'));
    return blocks
      .filter((block) => block.offsetParent !== null && clause.test(block.innerText))
      .filter((block) => {
        const marked = block.closest('[data-for-defaults]')?.querySelector<HTMLElement>('[data-for-defaults-note]');
        return !marked || marked.hidden;
      })
      .map((block) => block.innerText.slice(0, 160));
  }, DEFAULTS_CLAUSE.source);

for (const path of PAGES) {
  test(`/${path} under a permalink's state: no defaults clause without its note, and the summary names the state`, async ({ page }) => {
    await ready(page, `${path}?${STATE}`);
    await expect(page.locator('gpt-controls > details > summary').first()).toHaveText('Assumptions: zero-shot · Kaplan L(N, D)');
    expect(await unmarkedDefaultsClauses(page)).toEqual([]);
    const notes = page.locator('[data-for-defaults-note]');
    for (const note of await notes.all()) {
      await expect(note).toBeVisible();
      await expect(note).toContainText('Written for the defaults; this page now shows zero-shot · Kaplan L(N, D).');
    }
    await expect(page.getByRole('button', { name: 'Show the defaults' }).first()).toBeVisible();
  });
}

test('under the defaults the notes stay hidden and the summary says so', async ({ page }) => {
  await ready(page, 'conclusions/?setting=few');
  await expect(page.locator('gpt-controls > details > summary')).toHaveText('Assumptions: defaults');
  await expect(page.locator('[data-for-defaults-note]:visible')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show the defaults' })).toBeHidden();
});

test('"Show the defaults" beside a note goes back to the defaults in one click', async ({ page }) => {
  await ready(page, `conclusions/?${STATE}`);
  const verdict = page.locator('.num[data-num="claim.central"]');
  const nonDefault = await verdict.innerText();
  await page.getByRole('link', { name: 'Show the defaults' }).first().click();
  await expect(page).not.toHaveURL(/\?/);
  await expect(page.locator('[data-for-defaults-note]:visible')).toHaveCount(0);
  await expect(verdict).not.toHaveText(nonDefault);
  await expect(verdict).toHaveText(/^(supported|consistent at the edge|not supported|undecided): /);
});

test('a link with garbage parameters names each one, shows what is used instead, and is cleaned', async ({ page }) => {
  await ready(page, 'extrapolation/?loss=xyz&thr=abc&setting=seven&fit=linear');
  const notice = page.locator('[data-live-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The link asked for loss model "xyz", which does not exist; showing the default, GPT-3 compute frontier.');
  await expect(notice).toContainText('"thr"');
  await expect(notice).toContainText('setting "seven"');
  // Only what was valid stays in the address, so a copied link passes no garbage on.
  await expect(page).toHaveURL(/\/extrapolation\/\?fit=linear$/);
});

test('custom ceilings change the chart and survive a reload', async ({ page }) => {
  await ready(page, 'extrapolation/');
  const controls = page.locator('gpt-controls form');
  const chart = page.locator('gpt-figure [data-plot]').first();
  const before = await chart.innerHTML();
  // The extrapolation page's controls start unfolded; the per-task editor is folded inside them.
  await page.getByText('Custom ceilings, task by task').click();
  // Typing a ceiling chooses the custom preset: a ceiling typed in is never ignored.
  const ceiling = controls.getByLabel(/Ceiling of LAMBADA/);
  const first = await drawn(page);
  await ceiling.fill('80');
  await expect.poll(() => drawn(page), { timeout: 20_000 }).not.toBe(first);
  await expect(controls.getByLabel('Ceiling', { exact: true })).toHaveValue('custom');
  await expect(page).toHaveURL(/ceiling=custom/);
  await expect(page).toHaveURL(/c\.lambada=80/);
  await expect.poll(() => chart.innerHTML()).not.toBe(before);
  const changed = await page.locator('.num[data-num="score.overall.175B"]').allInnerTexts();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-live-ready', '', { timeout: 30_000 });
  await expect(controls.getByLabel(/Ceiling of LAMBADA/)).toHaveValue('80');
  await expect(page.locator('[data-ceiling-editor]')).toHaveAttribute('open', '');
  expect(await page.locator('.num[data-num="score.overall.175B"]').allInnerTexts()).toEqual(changed);
  await expect(page.locator('gpt-controls > details > summary')).toContainText('1 custom ceiling');
});

test('the state survives a click on a sidebar link and on an in-text link', async ({ page }) => {
  await ready(page, `extrapolation/?${STATE}`);
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Sensitivity' }).first().click();
  await expect(page).toHaveURL(/\/sensitivity\/\?setting=zero&loss=kaplan-nd$/);
  await expect(page.locator('html')).toHaveAttribute('data-live-ready', '', { timeout: 30_000 });
  await expect(page.locator('gpt-controls input[name="setting"][value="zero"]')).toBeChecked();
  await page.locator('main a[href*="conclusions/"]').first().click();
  await expect(page).toHaveURL(/\/conclusions\/\?setting=zero&loss=kaplan-nd/);
});

test('a table drawn when its disclosure opens carries the state in its links', async ({ page }) => {
  await ready(page, `benchmarks/?${STATE}`);
  const all = page.locator('gpt-table [data-table-all]');
  await all.locator('> summary').click();
  const link = all.locator('a[href*="benchmarks/"]').first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /\?setting=zero&loss=kaplan-nd$/);
});

test('Back after three select changes steps back once per change; typing adds one entry', async ({ page }) => {
  await ready(page, 'extrapolation/');
  const controls = page.locator('gpt-controls form');
  const select = async (label: string, value: string) => {
    const before = await drawn(page);
    await controls.getByLabel(label, { exact: true }).selectOption(value);
    await expect.poll(() => drawn(page), { timeout: 20_000 }).not.toBe(before);
  };
  await select('Loss model', 'kaplan-nd');
  await select('Ceiling', 'sota-2020');
  await select('Overall score', 'tasks');
  const price = controls.getByLabel(/FLOP per dollar/);
  await price.click();
  await price.press('End');
  for (const key of ['Backspace', 'Backspace', '1', '8']) await price.press(key);
  await expect(page).toHaveURL(/price=1e18/);
  await page.goBack();
  await expect(page).toHaveURL(/agg=tasks/);
  await expect(page).not.toHaveURL(/price=/);
  await page.goBack();
  await expect(page).not.toHaveURL(/agg=/);
  await expect(page).toHaveURL(/ceiling=sota-2020/);
  await expect(controls.getByLabel('Overall score')).toHaveValue('categories');
  await page.goBack();
  await expect(page).not.toHaveURL(/ceiling=/);
  await expect(page).toHaveURL(/loss=kaplan-nd/);
  await page.goBack();
  await expect(page).toHaveURL(/\/extrapolation\/$/);
  await expect(controls.getByLabel('Loss model')).toHaveValue('gpt3-frontier');
});

/** An outcome word standing where a number belongs, or a number that is not one. */
const BROKEN_PROSE = /\b(at|by|of|costs|to|explains) (never|no fit|no range|no backtest|unreachable|not reachable)\b|\b(NaN|Infinity|undefined)\b|\[object Object\]/;

for (const state of ['setting=zero&loss=kaplan-nd', 'loss=chinchilla&axis=log-reducible', 'bootstrap=0&fit=linear&ceiling=sota-2020']) {
  test(`every essay reads as sentences under ${state}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ESSAYS) {
      await ready(page, `${path}?${state}`);
      const text = await page.locator('main .sl-markdown-content').innerText();
      expect(text.match(BROKEN_PROSE)?.[0] ?? null, `/${path}?${state}`).toBeNull();
    }
  });
}

import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { ROOT_URL, SUBPATH_URL, builtPages } from './site';

// "Cite this page", the footer's version and licences, and the Editions page, in both builds.
const BUILDS = [
  { name: 'root', url: ROOT_URL, outDir: 'dist' },
  { name: 'sub-path', url: SUBPATH_URL, outDir: 'dist-subpath/gpt-n' },
] as const;

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
// The changelog's release headings, read here with a pattern of the test's own.
const RELEASES = [...readFileSync('CHANGELOG.md', 'utf8').matchAll(/^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})$/gm)].map((m) => ({
  version: m[1]!,
  date: m[2]!,
}));
const CURRENT_DATE = RELEASES.find((release) => release.version === VERSION)?.date;

// Authoring is for authors, so it carries no citation; every other page does (the 404 page is 404.html,
// which builtPages() does not list).
const citedPages = (outDir: string) => builtPages(outDir).filter((path) => path !== 'authoring/');
const builtHtml = (outDir: string, path: string) => readFileSync(`${outDir}/${path}index.html`, 'utf8');
const unTex = (text: string) => text.replace(/\\textbackslash\{\}/g, '\\').replace(/\\([&%$#_{}])/g, '$1').replace(/\\([~^])\{\}/g, '$1');

/** The URL a citation prints, fetched from the server: 200, and the very file the build wrote for the page. */
async function expectResolvesTo(request: APIRequestContext, url: string, outDir: string, path: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(await response.text(), `${url} serves /${path}`).toBe(builtHtml(outDir, path));
}

for (const { name, url: siteUrl, outDir } of BUILDS) {
  const base = new URL(siteUrl).pathname;

  test(`every page (${name}) but Authoring ends with a citation whose build-time URL is its own`, async ({ request }) => {
    test.setTimeout(120_000);
    const pages = citedPages(outDir);
    expect(pages.length).toBeGreaterThan(60);
    for (const path of pages) {
      const doc = parseHTML(builtHtml(outDir, path)).document;
      const block = doc.querySelector('cite-page');
      expect(block, `/${path} has a citation`).not.toBeNull();
      // At the end of the content: right after the page's own text, right before the footer.
      expect(block!.previousElementSibling?.classList.contains('sl-markdown-content'), `/${path}`).toBe(true);
      let next = block!.nextElementSibling;
      while (next?.tagName === 'SCRIPT') next = next.nextElementSibling;
      expect(next?.tagName, `/${path}`).toBe('FOOTER');
      const urls = [...block!.querySelectorAll('[data-cite-url]')].map((span) => span.textContent);
      // No SITE in the test builds: the path, with the base, for the browser to complete.
      expect(urls, `/${path}`).toEqual([base + path, base + path]);
      const bibtex = block!.querySelector('pre')!.textContent!;
      expect(bibtex, `/${path}`).toMatch(new RegExp(`^@misc\\{gptn-\\d{4}-[a-z0-9-]+,\\n`));
      expect(bibtex, `/${path}`).toContain(`  url = {${base + path}}\n}`);
      expect(bibtex, `/${path}`).toContain(`version ${VERSION}}`);
      // The cited title is the page's heading.
      const title = unTex(/^ {2}title = \{\{(.*)\}\},$/m.exec(bibtex)?.[1] ?? '');
      expect(title, `/${path}`).toBe(doc.querySelector('h1')?.textContent?.trim());
      await expectResolvesTo(request, new URL(urls[0]!, siteUrl).href, outDir, path);
    }
    expect(parseHTML(builtHtml(outDir, 'authoring/')).document.querySelector('cite-page')).toBeNull();
    expect(readFileSync(`${outDir}/404.html`, 'utf8')).not.toContain('<cite-page');
  });

  test(`in the browser (${name}) every citation's URL is absolute and resolves to its page`, async ({ page, request }) => {
    test.setTimeout(300_000);
    for (const path of citedPages(outDir)) {
      await page.goto(siteUrl + path, { waitUntil: 'domcontentloaded' });
      const urls = page.locator('cite-page [data-cite-url]');
      // The island has run once the printed path has become an absolute URL.
      await expect(urls.first()).toHaveText(/^http:\/\//);
      const printed = await urls.allTextContents();
      expect(printed, `/${path}`).toEqual([siteUrl + path, siteUrl + path]);
      await expectResolvesTo(request, printed[0]!, outDir, path);
    }
  });

  test(`the copy button (${name}) copies the BibTeX entry, with the absolute URL`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.goto(`${siteUrl}extrapolation/`);
    const block = page.locator('cite-page');
    await block.scrollIntoViewIfNeeded();
    const button = block.getByRole('button', { name: 'Copy BibTeX' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(block.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre').textContent());
    expect(copied.startsWith('@misc{gptn-')).toBe(true);
    expect(copied).toContain('  title = {{Extrapolation}},\n');
    expect(copied).toContain(`  url = {${siteUrl}extrapolation/}\n}`);
  });

  test(`the footer (${name}) shows package.json's version, its date, the licences and Editions`, async ({ page }) => {
    expect(CURRENT_DATE, `CHANGELOG.md has a section for ${VERSION}`).toBeDefined();
    const expected = `Version ${VERSION} (${CURRENT_DATE})`;
    for (const path of builtPages(outDir)) {
      const doc = parseHTML(builtHtml(outDir, path)).document;
      expect(doc.querySelector('[data-site-version]')?.textContent, `/${path}`).toBe(expected);
      expect(doc.querySelectorAll(`.site-footer a[href="${base}editions/"]`).length, `/${path}`).toBe(1);
      expect(doc.querySelector('.site-footer a[rel="license"]')?.getAttribute('href'), `/${path}`).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
    await page.goto(`${siteUrl}method/`);
    await expect(page.locator('.site-footer', { hasText: expected })).toBeVisible();
    await expect(page.locator('.site-footer', { hasText: 'Essays and figures: CC BY 4.0' })).toBeVisible();
    await page.locator('.site-footer').getByRole('link', { name: 'Editions' }).click();
    await expect(page).toHaveURL(`${siteUrl}editions/`);
    await expect(page.locator('h1')).toHaveText('Editions');
  });

  test(`the Editions page (${name}) lists every version of CHANGELOG.md, newest first, with its date`, async ({ page }) => {
    expect(RELEASES.map((r) => r.version)).toContain(VERSION);
    await page.goto(`${siteUrl}editions/`);
    const headings = page.locator('main h2:not(#cite-this-page)');
    await expect(headings).toHaveCount(RELEASES.length);
    for (const [i, release] of RELEASES.entries()) {
      await expect(headings.nth(i)).toContainText(release.version);
      await expect(headings.nth(i).locator('time')).toHaveAttribute('datetime', release.date);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { name, url: siteUrl } of BUILDS) {
    test(`the citation (${name}) is a readable <pre> with no copy button`, async ({ page }) => {
      const base = new URL(siteUrl).pathname;
      await page.goto(`${siteUrl}extrapolation/`);
      const block = page.locator('cite-page');
      await expect(block.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
      const pre = block.locator('pre');
      await expect(pre).toBeVisible();
      expect(await pre.innerText()).toContain(`url = {${base}extrapolation/}`);
      // Wrapped, not scrolled: the entry fits its column.
      expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await expect(block.getByRole('button')).toHaveCount(0);
      await expect(block.locator('button')).toBeHidden();
    });
  }
});

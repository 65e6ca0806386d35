// A figure's downloads and its embed page, as a reader gets them: the CSV and the SVG files of their
// own (the SVG well-formed, its title inside, no page CSS), the PNG twice its size, every figure's
// /embed/<figure-id>/ page built and redrawn under a permalink's state, and the snippet pointing at
// it. In both builds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parseHTML } from 'linkedom';
import { ROOT_URL, SUBPATH_URL, builtPages, watchViolations } from './site';

const BUILDS = [
  ['at the root', ROOT_URL, 'dist'],
  ['under BASE=/gpt-n/', SUBPATH_URL, 'dist-subpath/gpt-n'],
] as const;

const html = (outDir: string, path: string) => parseHTML(readFileSync(join(outDir, path, 'index.html'), 'utf8')).document;

/** What a download holds, as text. */
const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** The width and height a PNG's header (its IHDR chunk, right after the 8-byte signature) declares. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** An SVG file read by the browser's XML parser (strict: one error and it returns a <parsererror>). */
function parseSvg(page: Page, markup: string) {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      name: root.localName,
      namespace: root.namespaceURI,
      title: root.querySelector(':scope > title')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
      text: root.textContent ?? '',
    };
  }, markup);
}

for (const [name, url, outDir] of BUILDS) {
  test(`every figure on every page has its embed page and SVG file, and each embed page is a figure's (${name})`, () => {
    const base = new URL(url).pathname;
    const pages = builtPages(outDir);
    const named = new Map<string, string>();
    for (const path of pages) {
      for (const figure of html(outDir, path).querySelectorAll('gpt-figure')) {
        const id = figure.getAttribute('data-figure');
        expect(id, `a figure on /${path} without its data-figure`).toBeTruthy();
        expect(named.has(id!), `${id} on /${path} and on /${named.get(id!)}`).toBe(false);
        named.set(id!, path);
        // The snippet and the SVG link name that page and its file.
        const snippet = figure.querySelector('[data-embed-snippet]')?.textContent ?? '';
        expect(snippet).toContain(`<iframe src="${base}embed/${id}/"`);
        expect(figure.querySelector('[data-download-svg]')?.getAttribute('href')).toBe(`${base}embed/${id}/figure.svg`);
        // A drawn figure's CSV is the file beside it, not a data: URL in the page; a deferred one has
        // no link until the live layer draws it.
        const csv = figure.querySelector('[data-download]')?.getAttribute('href');
        expect(csv, `CSV link of ${id} on /${path}`).toBe(figure.hasAttribute('data-deferred') ? undefined : `${base}embed/${id}/data.csv`);
      }
    }
    // Tabs' deferred figures count: Categories has one per category and setting.
    expect(named.size).toBeGreaterThan(150);
    for (const [id, path] of named) {
      expect(existsSync(join(outDir, 'embed', id, 'index.html')), `embed page of ${id} (on /${path})`).toBe(true);
      expect(existsSync(join(outDir, 'embed', id, 'figure.svg')), `SVG of ${id} (on /${path})`).toBe(true);
      expect(existsSync(join(outDir, 'embed', id, 'data.csv')), `CSV of ${id} (on /${path})`).toBe(true);
      // The embed page draws the same figure and links back to its page.
      const embed = html(outDir, `embed/${id}/`);
      expect(embed.querySelector('gpt-figure')?.getAttribute('data-figure')).toBe(id);
      // Drawn as built, readable without JavaScript, even where its own page defers it to a tab.
      expect(embed.querySelector('gpt-figure[data-deferred]'), id).toBeNull();
      expect(embed.querySelector('gpt-figure [data-plot] > svg[role="img"] > title')?.textContent, id).toBeTruthy();
      expect(embed.querySelector('.embed-from a')?.getAttribute('href')).toMatch(new RegExp(`^${base}${path.replace(/[/.]/g, '\\$&')}#`));
    }
    const embedPages = builtPages(outDir, { embeds: true })
      .filter((path) => path.startsWith('embed/'))
      .map((path) => path.slice('embed/'.length, -1));
    expect(embedPages.sort()).toEqual([...named.keys()].sort());
  });
}

test.describe('downloads', () => {
  for (const [name, url] of BUILDS) {
    test(`Download SVG is the figure on screen, standalone; Download PNG is it at twice the size (${name})`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(`${url}categories/`);
      const figure = page.locator('gpt-figure').first();
      const title = await figure.locator('[data-plot] > svg > title').textContent();
      expect(title).toBeTruthy();

      const svgDownload = page.waitForEvent('download');
      await figure.locator('[data-download-svg]').click();
      const svgFile = await svgDownload;
      expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
      const markup = await text(svgFile);
      const svg = await parseSvg(page, markup);
      expect(svg.error).toBeNull();
      expect([svg.name, svg.namespace]).toEqual(['svg', 'http://www.w3.org/2000/svg']);
      expect(svg.title).toBe(title);
      expect(markup).not.toMatch(/var\(|currentColor|class=/);
      // Nothing of the colour lookup's own is left in the drawing or the file.
      expect(markup).not.toContain('style="color');
      // Its caption and source line are inside.
      const caption = (await figure.locator('[data-caption]').textContent())!.replace(/\s+/g, ' ').trim();
      expect(svg.text.replace(/\s+/g, ' ')).toContain(caption.split(' ').slice(0, 6).join(' '));
      expect(svg.text).toContain('Source: Brown et al. 2020');

      const png = figure.locator('[data-download-png]');
      await expect(png).toBeVisible();
      const pngDownload = page.waitForEvent('download');
      await png.click();
      const pngFile = await pngDownload;
      expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
      expect(pngSize(readFileSync((await pngFile.path())!))).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
      // The PNG is drawn from a blob: URL through an <img>, which the policy allows.
      expect(await violations()).toEqual([]);
    });
  }

  test('in the dark theme, the downloaded SVG has the dark theme’s colours', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('categories/');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const downloaded = page.waitForEvent('download');
    await page.locator('gpt-figure').first().locator('[data-download-svg]').click();
    const svg = await parseSvg(page, await text(await downloaded));
    // The page's background, Starlight's dark --sl-color-black hsl(224, 10%, 10%): (0.09, 0.0953,
    // 0.11) × 255 → #17181c (worked in tests/unit/embed-colour.test.ts).
    expect(svg.background).toBe('#17181c');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the PNG button is hidden and Download SVG is a real file of the figure', async ({ page, request }) => {
    await page.goto('categories/');
    const figure = page.locator('gpt-figure').first();
    await expect(figure.locator('[data-download-png]')).toBeHidden();
    const id = await figure.getAttribute('data-figure');
    const link = figure.locator('[data-download-svg]');
    await expect(link).toBeVisible();
    expect(await link.getAttribute('href')).toBe(`/embed/${id}/figure.svg`);
    const response = await request.get(`/embed/${id}/figure.svg`);
    expect(response.ok()).toBe(true);
    const svg = await parseSvg(page, await response.text());
    expect(svg.error).toBeNull();
    expect(svg.title).toBe(await figure.locator('[data-plot] > svg > title').textContent());
    // The embed snippet is there to copy, in a <details> that opens without JavaScript.
    await figure.locator('.chart-embed summary').click();
    await expect(figure.locator('[data-embed-snippet]')).toContainText(`<iframe src="/embed/${id}/"`);
  });
});

test.describe('the embed page', () => {
  // The overall score's extrapolation follows the reader's setting (no `setting` prop).
  const ID = 'extrapolation--extrapolation-overall-both';

  test('shows the figure alone, under the defaults, with its caption, source and a link back', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`embed/${ID}/`);
    await expect(page.locator('gpt-figure')).toHaveCount(1);
    await expect(page.locator('gpt-controls')).toHaveCount(0);
    await expect(page.locator('[data-caption]')).toContainText('few-shot');
    await expect(page.locator('.chart-source')).toContainText('Source:');
    await expect(page.locator('.chart-embed')).toHaveCount(0);
    const back = page.locator('.embed-from a');
    await expect(back).toHaveText('From Extrapolation — Extrapolating GPT-N');
    expect(await back.getAttribute('href')).toBe('/extrapolation/#fig-extrapolation-overall-both');
    expect(errors).toEqual([]);
  });

  test('honours the state in its address: the live layer redraws it, and the link back carries it', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`embed/${ID}/?setting=zero`);
    await expect(page.locator('html')).toHaveAttribute('data-live-drawn', /\d+/);
    const caption = page.locator('[data-caption]');
    await expect(caption).toContainText('zero-shot');
    await expect(caption).not.toContainText('few-shot');
    expect(await page.locator('.embed-from a').getAttribute('href')).toBe('/extrapolation/?setting=zero#fig-extrapolation-overall-both');
    // The page declares the site's policy, and the runtime and the theme script keep to it.
    expect(readFileSync(join('dist', 'embed', ID, 'index.html'), 'utf8')).toContain('http-equiv="content-security-policy"');
    expect(await violations()).toEqual([]);
  });

  test('follows the reader’s light or dark preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`embed/${ID}/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('of each kind of chart: no axe violations, no console errors or policy violations, nothing from another origin', async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await watchViolations(page);
    // One embed page per chart kind, the first of each in the figure list.
    const byKind = new Map<string, string>();
    for (const path of builtPages('dist', { embeds: true }).filter((p) => p.startsWith('embed/'))) {
      const kind = html('dist', path).querySelector('gpt-figure')!.getAttribute('data-kind')!;
      if (!byKind.has(kind)) byKind.set(kind, path);
    }
    expect(byKind.size).toBeGreaterThanOrEqual(10);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('request', (r) => new URL(r.url()).protocol.startsWith('http') && new URL(r.url()).origin !== new URL(ROOT_URL).origin && foreign.push(r.url()));
    for (const path of byKind.values()) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `/${path}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      expect(await violations(), `/${path}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  for (const [name, url] of BUILDS) {
    test(`the snippet's iframe shows that page, with the reader's state (${name})`, async ({ page }) => {
      await page.goto(`${url}extrapolation/?setting=zero`);
      const figure = page.locator(`gpt-figure[data-figure="${ID}"]`);
      await figure.locator('.chart-embed summary').click();
      const snippet = (await figure.locator('[data-embed-snippet]').textContent())!;
      const src = snippet.match(/<iframe src="([^"]+)"/)![1]!;
      expect(src).toBe(`${url}embed/${ID}/?setting=zero`);
      // The snippet placed in a page: the frame shows the figure redrawn under that state.
      await page.setContent(snippet);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('[data-caption]')).toContainText('zero-shot');
      await expect(frame.locator('gpt-figure')).toHaveAttribute('data-figure', ID);
    });
  }
});

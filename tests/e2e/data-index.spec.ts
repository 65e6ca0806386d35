import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { ROOT_URL, SUBPATH_URL } from './site';

// The /data/ index as a reader (and a crawler) finds it: every file the build publishes under data/
// is listed with a working link, each CSV's columns as listed are its header as served, each JSON
// file's fields as listed are those it holds, and the JSON-LD's downloads all resolve.

/** What the page lists, per file section: its link and the first column of its table (the names). */
async function listed(page: Page) {
  return page.locator('section[data-file]').evaluateAll((sections) =>
    sections.map((section) => ({
      file: section.getAttribute('data-file')!,
      href: section.querySelector<HTMLAnchorElement>('a[data-file-link]')!.href,
      names: [...section.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent!.trim()),
    })),
  );
}

/** A JSON file's fields as the page names them: top-level keys, and `list[].field` for every key a list's records hold. */
function fieldsOf(value: Record<string, unknown>): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    if (!Array.isArray(v) || !v.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) return [key];
    return [key, ...new Set(v.flatMap((r: object) => Object.keys(r).map((f) => `${key}[].${f}`)))];
  });
}

for (const [name, base, outDir] of [
  ['at the root', ROOT_URL, 'dist'],
  ['under BASE=/gpt-n/', SUBPATH_URL, 'dist-subpath/gpt-n'],
] as const) {
  test(`/data/ lists every published file, with working links and the columns it holds, ${name}`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const published = readdirSync(`${outDir}/data`, { withFileTypes: true })
      // index.html is this page itself; every other file under data/ is published.
      .filter((entry) => entry.isFile() && entry.name !== 'index.html')
      .map((entry) => entry.name)
      .sort();
    expect(published.length).toBeGreaterThan(0);

    await page.goto(`${base}data/`);
    await expect(page.locator('h1')).toHaveText('Data');
    const files = await listed(page);
    expect(files.map((f) => f.href.slice(`${base}data/`.length)).sort()).toEqual(published);
    expect(files.map((f) => f.file.replace(/^data\//, '')).sort()).toEqual(published);

    for (const file of files) {
      const response = await request.get(file.href);
      expect(response.status(), file.href).toBe(200);
      const text = await response.text();
      if (file.href.endsWith('.csv')) {
        const header = Papa.parse<string[]>(text.split(/\r?\n/, 1)[0]!).data[0];
        expect(file.names, file.file).toEqual(header);
      } else {
        const fields = fieldsOf(JSON.parse(text) as Record<string, unknown>);
        expect(new Set(file.names), file.file).toEqual(new Set(fields));
      }
    }

    // The sidebar leads here.
    await expect(page.locator('nav.sidebar a[aria-current="page"]')).toHaveAttribute('href', new URL(`${base}data/`).pathname);
  });

  test(`/data/'s JSON-LD is a Dataset whose downloads all resolve, ${name}`, async ({ page, request }) => {
    await page.goto(`${base}data/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const dataset = JSON.parse(blocks[0]!) as {
      '@type': string;
      name: string;
      license: string;
      distribution: { '@type': string; contentUrl: string; encodingFormat: string }[];
      variableMeasured: { name: string }[];
    };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.name.length).toBeGreaterThan(0);
    const links = (await listed(page)).map((f) => f.href);
    // Without SITE, contentUrl is a path from the root, resolved against the page as a crawler would.
    const urls = dataset.distribution.map((d) => new URL(d.contentUrl, page.url()).href);
    expect(urls.sort()).toEqual([...links].sort());
    for (const d of dataset.distribution) {
      expect(d['@type']).toBe('DataDownload');
      const response = await request.get(new URL(d.contentUrl, page.url()).href);
      expect(response.status(), d.contentUrl).toBe(200);
      expect(response.headers()['content-type'] ?? '', d.contentUrl).toContain(d.encodingFormat);
    }
    // Every column the page lists is a variable of the dataset.
    const names = (await listed(page)).flatMap((f) => f.names);
    expect(dataset.variableMeasured.map((v) => v.name)).toEqual(names);
  });

  test(`/data/ has no axe violations and no scrolling page, ${name}`, async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}data/`);
      const results = await new AxeBuilder({ page }).exclude('.pagefind-ui').analyze();
      expect(results.violations.map((v) => `${width}px: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      // A table wider than the column scrolls inside its region, never the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px`).toBe(0);
    }
  });
}

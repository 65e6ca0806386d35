import { expect, test } from '@playwright/test';
import { SUBPATH_URL, builtPages } from './site';

// The site must work offline from any static host: nothing may come from another origin. The root
// build's pages are checked in pages.spec.ts, which visits each of them anyway.
for (const [name, url, outDir] of [['sub-path', SUBPATH_URL, 'dist-subpath/gpt-n']] as const) {
  test(`every page (${name}) requests only its own origin`, async ({ page }) => {
    test.setTimeout(240_000);
    const origin = new URL(url).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (requested.protocol.startsWith('http') && requested.origin !== origin) {
        foreign.push(`${request.url()} (from ${page.url()})`);
      }
    });
    const pages = builtPages(outDir);
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      await page.goto(url + path, { waitUntil: 'networkidle' });
    }
    expect(foreign).toEqual([]);
  });
}

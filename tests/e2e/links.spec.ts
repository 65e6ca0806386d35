import { expect, test } from '@playwright/test';
// linkinator is the chosen maintained link checker: it crawls the served build like a visitor.
import { LinkChecker } from 'linkinator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_URL, SUBPATH_URL, builtPages } from './site';

// Lighthouse's crawlable-anchors rule, on the built HTML: an <a> without an href (say, a download
// link whose data comes later) is no link to a crawler or to a keyboard.
test('every link on every built page has an href', () => {
  const missing = builtPages('dist').flatMap((path) =>
    [...readFileSync(join('dist', path, 'index.html'), 'utf8').matchAll(/<a\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => !/\shref="[^"]+"/.test(tag) && !/\sname=/.test(tag))
      .map((tag) => `/${path}: ${tag.slice(0, 120)}`),
  );
  expect(builtPages('dist').length).toBeGreaterThan(60);
  expect(missing).toEqual([]);
});

for (const [name, url, outDir] of [
  ['at the root', ROOT_URL, 'dist'],
  ['under BASE=/gpt-n/', SUBPATH_URL, 'dist-subpath/gpt-n'],
] as const) {
  test(`no broken internal link or asset ${name}`, async () => {
    test.setTimeout(180_000);
    const checker = new LinkChecker();
    const result = await checker.check({
      path: url,
      recurse: true,
      // Only this server's pages are crawled. External links (the sources' citations) are seen and
      // reported as skipped, never fetched: the site depends on nothing elsewhere, and the tests run
      // offline. Their form is checked in tests/unit/sources.test.ts.
      linksToSkip: [`^(?!${url.replace(/[/.]/g, '\\$&')})`],
      concurrency: 8,
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN');
    const external = result.links.filter((link) => /^https?:/.test(link.url) && !link.url.startsWith(url));
    expect(external.filter((link) => link.state !== 'SKIPPED').map((l) => `${l.state} ${l.url}`)).toEqual([]);
    expect(external.map((link) => link.url)).toContain('https://arxiv.org/abs/2005.14165');
    expect(broken.map((l) => `${l.status} ${l.url} (on ${l.parent})`)).toEqual([]);
    // A crawl that reached nothing would pass vacuously: every built page must be linked and reached.
    const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url));
    const unreached = builtPages(outDir).filter((path) => !reached.has(url + path));
    expect(unreached).toEqual([]);
  });
}

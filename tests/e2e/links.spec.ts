import { expect, test } from '@playwright/test';
// linkinator is the chosen maintained link checker: it crawls the served build like a visitor.
import { LinkChecker } from 'linkinator';
import { ROOT_URL, SUBPATH_URL, builtPages } from './site';

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
      // Only this server's pages are crawled; the site links nowhere else it depends on.
      linksToSkip: [`^(?!${url.replace(/[/.]/g, '\\$&')})`],
      concurrency: 8,
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN');
    expect(broken.map((l) => `${l.status} ${l.url} (on ${l.parent})`)).toEqual([]);
    // A crawl that reached nothing would pass vacuously: every built page must be linked and reached.
    const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url));
    const unreached = builtPages(outDir).filter((path) => !reached.has(url + path));
    expect(unreached).toEqual([]);
  });
}

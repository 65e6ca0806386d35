// Where a page's social card is, and how its metadata names it: absolute when the build knows its
// origin (SITE), a path from the root otherwise; never an origin the build merely guessed.

/** The card's slug for a page at `pathname` (which includes `base`): its path, 'index' for the home page. */
export function cardSlug(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inner = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  return inner.replace(/\/?index\.html$/, '').replace(/^\/+|\/+$/g, '') || 'index';
}

/** The card's slug for a docs entry, from its id ('index', 'method', 'benchmarks' …). */
export const entryCardSlug = (id: string): string => id.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '') || 'index';

/** The card's path from the root, under `base`. */
export function cardPath(slug: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}cards/${slug}.png`;
}

/** The card's URL as og:image gives it: absolute under `site` when there is one, else the path. */
export function cardImageUrl(pathname: string, base: string, site: URL | string | undefined): string {
  const path = cardPath(cardSlug(pathname, base), base);
  return site === undefined ? path : new URL(path, site).href;
}

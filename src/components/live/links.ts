// The reader's assumptions travel with them: every link to another page of the site carries the
// state's query (sidebar, prose, prev/next, the benchmark index), and loses it again on reset.
// Without JavaScript the links stay as built.

/** Where the site's pages live; links elsewhere (data files, other origins) are left alone. */
const base = new URL(import.meta.env.BASE_URL, location.origin);
const isPage = (url: URL) =>
  url.origin === location.origin && url.pathname.startsWith(base.pathname) && url.pathname.endsWith('/') && !url.pathname.startsWith(`${base.pathname}data/`);

export function carryState(query: URLSearchParams): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.hasAttribute('download') || link.closest('[data-keep-href]')) continue;
    // The href as built, kept so the state can be replaced and removed again.
    const built = (link.dataset.builtHref ??= link.getAttribute('href')!);
    if (built.startsWith('#')) continue;
    const url = new URL(built, location.href);
    if (!isPage(url)) continue;
    url.search = query.toString();
    const carried = query.size > 0 ? `${url.pathname}${url.search}${url.hash}` : built;
    if (link.getAttribute('href') !== carried) link.setAttribute('href', carried);
  }
}

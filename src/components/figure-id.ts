// A figure's stable name across builds, for its embed page (/embed/<figure-id>/) and its downloads,
// and a table's, for its CSV file (/tables/<table-id>.csv): the page it is on and its anchor there,
// so neither a new figure or table elsewhere nor a rebuild renames it.

/** The page's path without the site's base or slashes (`benchmarks/lambada`; '' for the home page). */
export function pageSlug(pathname: string, base: string): string {
  const root = base.replace(/\/?$/, '/');
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return path.replace(/\/$/, '');
}

/** `<page>--<anchor without "fig-">`: `categories--cloze-few`, `benchmarks-lambada--lambada-raw`, `index--…`. */
export function figureId(slug: string, anchor: string): string {
  const page = slug === '' ? 'index' : slug.replaceAll('/', '-');
  return `${page}--${anchor.replace(/^fig-/, '')}`;
}

/** A table's name, formed as a figure's: `extrapolation--table-crossings-overall-both`. */
export const tableId = figureId;

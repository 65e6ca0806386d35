// Prev/next as a reader moves through the site, derived from the sidebar (declared once, in
// astro.config.mjs), not from its flattened list of links:
// - the sidebar's top-level links are the essays, in reading order, and prev/next runs through them
//   only, stepping over any group;
// - a top-level group (the benchmarks) is a sequence of its own: its first link (the group's index page)
//   is entered from the essay before the group, the rest follow one another, the first of them leads
//   back to the index and the last returns to it;
// - a page the sidebar does not list (Authoring) has no prev/next.
// A page's own `prev`/`next` frontmatter still wins, with Starlight's meaning.
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;
export interface PrevNext {
  prev: SidebarLink | undefined;
  next: SidebarLink | undefined;
}
/** Starlight's `prev`/`next` frontmatter. */
export type PrevNextConfig = boolean | string | { link?: string; label?: string } | undefined;

const linksOf = (entries: SidebarEntry[]): SidebarLink[] =>
  entries.flatMap((entry) => (entry.type === 'group' ? linksOf(entry.entries) : [entry]));

/** The neighbours of the current page in reading order. */
export function readingOrder(sidebar: SidebarEntry[]): PrevNext {
  const essays = sidebar.filter((entry): entry is SidebarLink => entry.type === 'link');
  const essay = essays.findIndex((link) => link.isCurrent);
  if (essay >= 0) return { prev: essays[essay - 1], next: essays[essay + 1] };

  const groupAt = sidebar.findIndex((entry) => entry.type === 'group' && linksOf(entry.entries).some((l) => l.isCurrent));
  if (groupAt < 0) return { prev: undefined, next: undefined };
  const sequence = linksOf((sidebar[groupAt] as SidebarGroup).entries);
  const at = sequence.findIndex((link) => link.isCurrent);
  const essayBefore = sidebar.slice(0, groupAt).filter((entry): entry is SidebarLink => entry.type === 'link').at(-1);
  return {
    prev: at > 0 ? sequence[at - 1] : essayBefore,
    next: at < sequence.length - 1 ? sequence[at + 1] : at > 0 ? sequence[0] : undefined,
  };
}

/** A page's frontmatter `prev`/`next` applied to a computed neighbour, as Starlight applies it. */
export function applyPrevNextConfig(link: SidebarLink | undefined, config: PrevNextConfig): SidebarLink | undefined {
  if (config === undefined || config === true) return link;
  if (config === false) return undefined;
  if (typeof config === 'string') return link && { ...link, label: config };
  if (link) return { ...link, label: config.label ?? link.label, href: config.link ?? link.href, attrs: {} };
  return config.link && config.label
    ? { type: 'link', label: config.label, href: config.link, isCurrent: false, badge: undefined, attrs: {} }
    : undefined;
}

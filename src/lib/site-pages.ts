// The site's pages that are not essays in the docs collection but Astro pages drawn in Starlight's
// layout (StarlightPage): their titles, declared once for the page itself and for its social card
// (src/pages/cards/), which would otherwise name a card that does not exist.
export const SITE_PAGES = {
  data: { path: 'data', title: 'Data' },
  editions: { path: 'editions', title: 'Editions' },
} as const satisfies Record<string, { path: string; title: string }>;

// Starlight route middleware (astro.config.mjs `routeMiddleware`): prev/next in reading order, from the
// sidebar's structure (src/lib/reading-order.ts) instead of its flattened list of links; and each
// page's social card (src/pages/cards/) as og:image and twitter:image.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { applyPrevNextConfig, readingOrder } from './lib/reading-order';
import { cardImageUrl } from './lib/card-url';
import { CARD_HEIGHT, CARD_WIDTH } from './lib/social-card-size';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { prev, next } = readingOrder(route.sidebar);
  route.pagination = {
    prev: applyPrevNextConfig(prev, route.entry.data.prev),
    next: applyPrevNextConfig(next, route.entry.data.next),
  };

  // The 404 page has no card: it is not a page anyone shares, and its path is every missing one.
  if (route.id === '404') return;
  // Absolute under SITE; without it a path, since an origin guessed at build time would be wrong.
  const image = cardImageUrl(context.url.pathname, import.meta.env.BASE_URL, context.site);
  const alt = `${route.entry.data.title}: the page's title and its key figure`;
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(CARD_WIDTH) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(CARD_HEIGHT) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  );
});

// Starlight route middleware (astro.config.mjs `routeMiddleware`): prev/next in reading order, from the
// sidebar's structure (src/lib/reading-order.ts) instead of its flattened list of links.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { applyPrevNextConfig, readingOrder } from './lib/reading-order';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { prev, next } = readingOrder(route.sidebar);
  route.pagination = {
    prev: applyPrevNextConfig(prev, route.entry.data.prev),
    next: applyPrevNextConfig(next, route.entry.data.next),
  };
});

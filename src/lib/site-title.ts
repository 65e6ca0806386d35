// The site's name: Starlight's title (astro.config.mjs) and the name on every social card.
export const SITE_TITLE = 'Extrapolating GPT-N';

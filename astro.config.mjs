// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { rehypeKatexSearchOnce } from './src/lib/rehype-katex-search';
import { rehypeScrollRegions } from './src/lib/rehype-scroll-regions';
import { starlightInlineScriptHashes } from './src/build/inline-script-hashes';
import { SITE_TITLE } from './src/lib/site-title';

// Deploying: SITE is the absolute origin (e.g. https://example.github.io), BASE the sub-path the site
// is served under (e.g. /gpt-n/ for a GitHub Pages project site). EDIT_URL is the folder of the
// repository's src/content/docs/ on a forge, for Starlight's "Edit page" link.
// Without SITE the build declares no origin: no canonical URL, og:url or sitemap (which would all point
// at wherever the build happened to be previewed); pages still link to each other by path.
const site = process.env.SITE || undefined;
const base = process.env.BASE || '/';
const editUrl = process.env.EDIT_URL;
// OUT_DIR lets the test suite keep a second build, made under BASE=/gpt-n/, beside the root one.
const outDir = process.env.OUT_DIR || './dist';

// The essays' sidebar, which is also their reading order: Starlight's prev/next runs through its top-level
// links, and each group (the benchmarks) forms a sequence of its own (src/route-data.ts). Authoring is for
// authors, not readers: it is linked from the footer (src/components/overrides/Footer.astro). The 52 benchmark pages come from a dynamic route (src/pages/benchmarks/[slug].astro),
// not from the docs collection, so their links are listed here from tasks.csv, grouped by category.
// (The build validates both files in src/lib/dataset.ts; here they are only read, with papaparse.)
/** @param {string} file */
const csvRows = (file) =>
  Papa.parse(readFileSync(new URL(`./src/content/data/${file}`, import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((row) => /** @type {Record<string, string>} */ (row));
const tasks = csvRows('tasks.csv');
const benchmarkGroups = csvRows('categories.csv').map((category) => ({
  label: category.name ?? '',
  collapsed: true,
  items: tasks
    .filter((task) => task.category === category.id)
    .map((task) => ({ label: task.name ?? '', link: `/benchmarks/${task.id}/` })),
}));
const sidebar = [
  { label: 'Overview', link: '/' },
  { label: 'Method', slug: 'method' },
  { label: 'Categories', slug: 'categories' },
  {
    label: 'Benchmarks',
    collapsed: true,
    items: [{ label: 'All benchmarks', slug: 'benchmarks' }, ...benchmarkGroups],
  },
  { label: 'Outliers', slug: 'outliers' },
  { label: 'Extrapolation', slug: 'extrapolation' },
  { label: 'Sensitivity', slug: 'sensitivity' },
  { label: 'Backtest', slug: 'backtest' },
  { label: 'Did the forecast hold?', slug: 'forecast' },
  { label: 'Conclusions', slug: 'conclusions' },
  { label: 'Appendix', slug: 'appendix' },
  { label: 'Sources', slug: 'sources' },
  { label: 'Data', link: '/data/' },
];

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    // remark/rehype plugins run on @astrojs/markdown-remark's unified processor, not Astro 7's
    // default one; MDX inherits it.
    // KaTeX writes each formula twice (MathML and HTML); rehypeKatexSearchOnce keeps one copy out of search.
    // rehypeScrollRegions makes wide equations and Markdown tables scroll inside the text column, reachable
    // from the keyboard.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeKatexSearchOnce, rehypeScrollRegions] }),
  },
  integrations: [
    starlight({
      title: SITE_TITLE,
      description:
        'How far would scaled-up GPT models go on the GPT-3 benchmarks? A computed, living edition of the 2020 argument.',
      ...(editUrl ? { editLink: { baseUrl: editUrl } } : {}),
      // tables.css: tables and equations within the page's width; print.css: the page on paper.
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css', './src/styles/tables.css', './src/styles/print.css'],
      // Wrapped code never scrolls sideways, so code blocks need no unlabelled scroll regions.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar,
      // Prev/next: the essays in sidebar order, the benchmark pages as their own sequence.
      routeMiddleware: './src/route-data.ts',
      // The default footer, plus links to Sources and to Authoring (which is not in the sidebar).
      components: { Footer: './src/components/overrides/Footer.astro' },
      lastUpdated: false,
    }),
    mdx(),
  ],
  server: { port: 4321 },
  // A strict Content Security Policy on every page, as a <meta> element (Astro adds the hashes of the
  // scripts and styles it emits). Each source beyond 'self', and why:
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // Nothing is embedded as a plugin, and no <base> may move the page's relative links.
        "object-src 'none'",
        "base-uri 'self'",
        // data: for Download CSV's data: URLs shown as links and KaTeX's inline images; blob: for the PNG
        // download, drawn from the figure's SVG through an <img>.
        "img-src 'self' data: blob:",
        // data: for the one KaTeX font small enough for the bundler to inline into the stylesheet.
        "font-src 'self' data:",
        "form-action 'self'",
        // frame-ancestors has no effect in a <meta> policy: which sites may frame /embed/ pages is the
        // host's header to send (README, Deploying).
      ],
      scriptDirective: {
        // Pagefind's search compiles its WebAssembly index reader.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Starlight's own inline scripts (theme, search shortcut, sidebar), which Astro does not hash.
        hashes: starlightInlineScriptHashes(),
      },
      styleDirective: {
        // Style attributes (not <style> elements): KaTeX sizes every formula with them, Plot writes
        // some on its SVG, and Starlight sets icon sizes with them.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});

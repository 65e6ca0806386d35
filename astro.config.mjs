// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { readFileSync } from 'node:fs';

// Deploying: SITE is the absolute origin (e.g. https://example.github.io), BASE the sub-path the site
// is served under (e.g. /gpt-n/ for a GitHub Pages project site). EDIT_URL is the folder of the
// repository's src/content/docs/ on a forge, for Starlight's "Edit page" link.
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';
const editUrl = process.env.EDIT_URL;
// OUT_DIR lets the test suite keep a second build, made under BASE=/gpt-n/, beside the root one.
const outDir = process.env.OUT_DIR || './dist';

// The essays' sidebar. The 52 benchmark pages come from a dynamic route (src/pages/benchmarks/[slug].astro),
// not from the docs collection, so their links are listed here from the same tasks.csv, grouped by
// category. Only the first columns are read (id, name, category), which hold no quoted commas.
/** @param {string} file */
const csvRows = (file) =>
  readFileSync(new URL(`./src/content/data/${file}`, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
const benchmarkGroups = csvRows('categories.csv').map(([id = '', name = '']) => ({
  label: name,
  collapsed: true,
  items: csvRows('tasks.csv')
    .filter((row) => row[2] === id)
    .map(([taskId = '', taskName = '']) => ({
      label: taskId === 'superglue-average' ? `${taskName} (average)` : taskName,
      link: `/benchmarks/${taskId}/`,
    })),
}));
/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
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
  { label: 'Conclusions', slug: 'conclusions' },
  { label: 'Appendix', slug: 'appendix' },
  { label: 'Authoring', slug: 'authoring' },
];

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    // remark/rehype plugins run on @astrojs/markdown-remark's unified processor, not Astro 7's
    // default one; MDX inherits it.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
  integrations: [
    starlight({
      title: 'Extrapolating GPT-N',
      description:
        'How far would scaled-up GPT models go on the GPT-3 benchmarks? A computed, living edition of the 2020 argument.',
      ...(editUrl ? { editLink: { baseUrl: editUrl } } : {}),
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css'],
      sidebar,
      lastUpdated: false,
    }),
    mdx(),
  ],
  server: { port: 4321 },
});

// Every figure on the site, for the embed pages (/embed/<figure-id>/) and their SVG files: the chart
// components each essay places (figure-scan.ts) and the benchmark pages' charts, each mapped to its
// figures by the components' own mapping (figure-specs.ts). Build time only (astro:content).
import { getCollection } from 'astro:content';
import { dataset } from '../lib/load-dataset';
import { figureId } from './figure-id';
import { figuresOf, type FigureSpec } from './figure-specs';
import { scanCharts } from './figure-scan';

// A type, not an interface: Astro's page props must be indexable.
export type CataloguedFigure = {
  /** figure-id.ts: stable across builds. */
  figureId: string;
  /** The page it is on, without the base: `categories/`, `benchmarks/lambada/`, '' for the home page. */
  pagePath: string;
  pageTitle: string;
  figure: FigureSpec;
};

let catalogue: Promise<CataloguedFigure[]> | undefined;

/** The site's figures, page by page in document order; an id given twice fails the build naming both. */
export function figureCatalogue(): Promise<CataloguedFigure[]> {
  catalogue ??= build();
  return catalogue;
}

async function build(): Promise<CataloguedFigure[]> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const pages: { slug: string; title: string; charts: { component: Parameters<typeof figuresOf>[0]; props: unknown }[] }[] = [];
  for (const entry of await getCollection('docs')) {
    // Starlight's routes: `index` is the home page, `benchmarks/index` is /benchmarks/.
    const slug = entry.id.replace(/(^|\/)index$/, '');
    pages.push({ slug, title: entry.data.title, charts: scanCharts(entry.body ?? '', entry.filePath ?? `src/content/docs/${entry.id}.mdx`) });
  }
  // src/pages/benchmarks/[slug].astro places <BenchmarkChart task={task.id} /> on each task's page.
  for (const task of dataset.tasks) pages.push({ slug: `benchmarks/${task.id}`, title: task.name, charts: [{ component: 'BenchmarkChart', props: { task: task.id } }] });

  const figures: CataloguedFigure[] = [];
  const seen = new Map<string, string>();
  for (const page of pages) {
    const pagePath = page.slug ? `${page.slug}/` : '';
    for (const chart of page.charts) {
      for (const figure of figuresOf(chart.component, `${base}${pagePath}`, chart.props)) {
        const id = figureId(page.slug, figure.id);
        const where = `<${chart.component}> on /${pagePath}`;
        if (seen.has(id)) throw new Error(`Two figures are named "${id}" (${seen.get(id)} and ${where}): give one an \`id\` prop of its own.`);
        seen.set(id, where);
        figures.push({ figureId: id, pagePath, pageTitle: page.title, figure });
      }
    }
  }
  return figures;
}

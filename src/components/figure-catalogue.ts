// Every figure on the site, for the embed pages (/embed/<figure-id>/) and their SVG and CSV files,
// and every table, for its CSV file (/tables/<table-id>.csv): the chart and table components each
// essay places (figure-scan.ts) and the benchmark pages' own, each mapped to what it draws by the
// components' own mappings (figure-specs.ts, table-specs.ts). Build time only (astro:content).
import { getCollection } from 'astro:content';
import { dataset } from '../lib/load-dataset';
import { figureId, tableId } from './figure-id';
import { figuresOf, type FigureSpec } from './figure-specs';
import { scanCharts, scanTables, type Placed, type PlacedChart } from './figure-scan';
import { tableOf, type TableComponent, type TableSpec } from './table-specs';

// A type, not an interface: Astro's page props must be indexable.
export type CataloguedFigure = {
  /** figure-id.ts: stable across builds. */
  figureId: string;
  /** The page it is on, without the base: `categories/`, `benchmarks/lambada/`, '' for the home page. */
  pagePath: string;
  pageTitle: string;
  figure: FigureSpec;
};

/** A table, named as a figure is (figure-id.ts tableId), for its CSV file. */
export type CataloguedTable = {
  tableId: string;
  table: TableSpec;
};

interface PlacedOnPage {
  slug: string;
  title: string;
  charts: Pick<PlacedChart, 'component' | 'props'>[];
  tables: Pick<Placed<TableComponent>, 'component' | 'props'>[];
}

let pages: Promise<PlacedOnPage[]> | undefined;
let figures: Promise<CataloguedFigure[]> | undefined;
let tables: Promise<CataloguedTable[]> | undefined;

/** The site's figures, page by page in document order; an id given twice fails the build naming both. */
export function figureCatalogue(): Promise<CataloguedFigure[]> {
  figures ??= placedOnPages().then(listFigures);
  return figures;
}

/** The site's tables, likewise. */
export function tableCatalogue(): Promise<CataloguedTable[]> {
  tables ??= placedOnPages().then(listTables);
  return tables;
}

function placedOnPages(): Promise<PlacedOnPage[]> {
  pages ??= (async () => {
    const found: PlacedOnPage[] = [];
    for (const entry of await getCollection('docs')) {
      // Starlight's routes: `index` is the home page, `benchmarks/index` is /benchmarks/.
      const slug = entry.id.replace(/(^|\/)index$/, '');
      const file = entry.filePath ?? `src/content/docs/${entry.id}.mdx`;
      found.push({ slug, title: entry.data.title, charts: scanCharts(entry.body ?? '', file), tables: scanTables(entry.body ?? '', file) });
    }
    // src/pages/benchmarks/[slug].astro places <BenchmarkChart task={task.id} /> and <RawTable task={task.id} />.
    for (const task of dataset.tasks) {
      const props = { task: task.id };
      found.push({ slug: `benchmarks/${task.id}`, title: task.name, charts: [{ component: 'BenchmarkChart', props }], tables: [{ component: 'RawTable', props }] });
    }
    return found;
  })();
  return pages;
}

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');
const pathOf = (slug: string) => (slug ? `${slug}/` : '');

/** Fails the build on a name given twice, naming both places. */
function uniqueNames() {
  const seen = new Map<string, string>();
  return (id: string, where: string, what: string) => {
    if (seen.has(id)) throw new Error(`Two ${what} are named "${id}" (${seen.get(id)} and ${where}): give one an \`id\` prop of its own.`);
    seen.set(id, where);
  };
}

function listFigures(pages: PlacedOnPage[]): CataloguedFigure[] {
  const figures: CataloguedFigure[] = [];
  const claim = uniqueNames();
  for (const page of pages) {
    const pagePath = pathOf(page.slug);
    for (const chart of page.charts) {
      for (const figure of figuresOf(chart.component, `${base()}${pagePath}`, chart.props)) {
        const id = figureId(page.slug, figure.id);
        claim(id, `<${chart.component}> on /${pagePath}`, 'figures');
        figures.push({ figureId: id, pagePath, pageTitle: page.title, figure });
      }
    }
  }
  return figures;
}

function listTables(pages: PlacedOnPage[]): CataloguedTable[] {
  const tables: CataloguedTable[] = [];
  const claim = uniqueNames();
  for (const page of pages) {
    for (const placed of page.tables) {
      const table = tableOf(placed.component, `${base()}${pathOf(page.slug)}`, placed.props);
      const id = tableId(page.slug, table.id);
      claim(id, `<${placed.component}> on /${pathOf(page.slug)}`, 'tables');
      tables.push({ tableId: id, table });
    }
  }
  return tables;
}

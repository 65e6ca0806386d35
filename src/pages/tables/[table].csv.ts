// /tables/<table-id>.csv: a table's numbers under the defaults, a file of its own, which its
// "Download CSV" links to from the static page (as a figure's: embed/[figure]/data.csv.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, defaultAnalysis } from '../../components/analysis';
import { chartCsv } from '../../components/charts/csv';
import { tableCatalogue, type CataloguedTable } from '../../components/figure-catalogue';
import { buildTable } from '../../components/tables/registry';

export const getStaticPaths = (async () => (await tableCatalogue()).map((entry) => ({ params: { table: entry.tableId }, props: entry }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { table } = props as CataloguedTable;
  const csv = chartCsv(buildTable(table.kind, defaultAnalysis, dataset, table.params as never));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

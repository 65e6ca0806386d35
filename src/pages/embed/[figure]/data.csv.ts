// /embed/<figure-id>/data.csv: the figure's numbers under the defaults, a file of its own, which its
// "Download CSV" links to from the static page (a data: URL in the HTML would weigh the page down by
// the size of every figure's CSV; the live layer makes one when it draws the figure again).
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, defaultAnalysis } from '../../../components/analysis';
import { chartCsv } from '../../../components/charts/csv';
import { REGULAR } from '../../../components/charts/layout';
import { buildChart } from '../../../components/charts/registry';
import { figureCatalogue, type CataloguedFigure } from '../../../components/figure-catalogue';

export const getStaticPaths = (async () => (await figureCatalogue()).map((entry) => ({ params: { figure: entry.figureId }, props: entry }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { figure } = props as CataloguedFigure;
  const csv = chartCsv(buildChart(figure.kind, defaultAnalysis, dataset, figure.params, REGULAR));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

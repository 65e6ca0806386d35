// /embed/<figure-id>/figure.svg: the figure as a file of its own under the defaults, in the light
// theme (what "Download SVG" links to without JavaScript; the live layer downloads the drawing on
// screen instead). Drawn by the page's own code, made standalone by charts/standalone-svg.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, defaultAnalysis } from '../../../components/analysis';
import { buildDocument } from '../../../components/charts/build-document';
import { drawChart } from '../../../components/charts/draw';
import { REGULAR } from '../../../components/charts/layout';
import { chartColour } from '../../../components/charts/palette';
import { buildChart } from '../../../components/charts/registry';
import { standaloneSvg } from '../../../components/charts/standalone-svg';
import { figureCatalogue, type CataloguedFigure } from '../../../components/figure-catalogue';
import { DEFAULT_SOURCE } from '../../../components/figure-specs';

export const getStaticPaths = (async () => (await figureCatalogue()).map((entry) => ({ params: { figure: entry.figureId }, props: entry }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { figureId, pagePath, figure } = props as CataloguedFigure;
  const model = buildChart(figure.kind, defaultAnalysis, dataset, figure.params, REGULAR);
  const drawing = drawChart(model, buildDocument(), `${figureId}-`);
  const page = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${pagePath}#${figure.id}`;
  const text = {
    caption: figure.note ? `${model.caption} ${figure.note}` : model.caption,
    source: `Source: ${figure.source ?? DEFAULT_SOURCE}`,
    credit: `Extrapolating GPT-N, ${site ? new URL(page, site).href : page}`,
  };
  const svg = standaloneSvg(drawing, text, (name) => chartColour(name, 'light'));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

// /cards/<page>.png: each page's social card (og:image), 1200 × 630, drawn at build time from the page's
// title and key figure (src/lib/social-card.ts). The path mirrors the page's: cards/index.png for the
// home page, cards/benchmarks/<task-id>.png for a benchmark page, cards/data.png for the pages of
// src/lib/site-pages.ts (src/lib/card-url.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildChart, type ChartKind, type ChartParams } from '../../components/charts/registry';
import { renderSvg } from '../../components/charts/render-svg';
import { REGULAR } from '../../components/charts/layout';
import { dataset, defaultAnalysis } from '../../components/analysis';
import { benchmarkCardFigure, DEFAULT_CARD_FIGURE, type CardFigure } from '../../lib/card-figure';
import { entryCardSlug } from '../../lib/card-url';
import { cardFontFiles, cardSvg, renderCardPng, resvgMeasure } from '../../components/charts/social-card';
import { SITE_TITLE } from '../../lib/site-title';
import { SITE_PAGES } from '../../lib/site-pages';

interface Props {
  title: string;
  figure: CardFigure;
  /** Where the figure was named, for an error message. */
  source: string;
}

export const getStaticPaths = (async () => {
  const docs = await getCollection('docs');
  return [
    ...docs.map((entry) => ({
      params: { slug: entryCardSlug(entry.id) },
      props: {
        title: entry.data.title,
        figure: entry.data.card ?? DEFAULT_CARD_FIGURE,
        source: entry.data.card ? `${entry.filePath ?? entry.id}: frontmatter field "card"` : 'the default card figure',
      } satisfies Props,
    })),
    ...Object.values(SITE_PAGES).map((page) => ({
      params: { slug: page.path },
      props: { title: page.title, figure: DEFAULT_CARD_FIGURE, source: 'the default card figure' } satisfies Props,
    })),
    ...dataset.tasks.map((task) => ({
      params: { slug: `benchmarks/${task.id}` },
      props: { title: task.name, figure: benchmarkCardFigure(task.id), source: `the benchmark page of ${task.id}` } satisfies Props,
    })),
  ];
}) satisfies GetStaticPaths;

// Read once per build: the fonts and the title measure are the same for every card.
const fontFiles = cardFontFiles();
const measure = resvgMeasure(fontFiles);

function figureSvg({ kind, params }: CardFigure, source: string): string {
  try {
    return renderSvg(buildChart(kind as ChartKind, defaultAnalysis, dataset, params as ChartParams[ChartKind], REGULAR), 'card-');
  } catch (error) {
    throw new Error(`Social card: ${source} names the figure ${kind} ${JSON.stringify(params)}, which cannot be drawn: ${(error as Error).message}`, { cause: error });
  }
}

export const GET: APIRoute<Props> = ({ props }) => {
  const svg = cardSvg({ title: props.title, siteName: SITE_TITLE, figureSvg: figureSvg(props.figure, props.source), measure });
  return new Response(new Uint8Array(renderCardPng(svg, fontFiles)), { headers: { 'Content-Type': 'image/png' } });
};

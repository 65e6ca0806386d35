// A page's social card: the 1200 × 630 picture a feed shows for a shared link (og:image). The page's
// title, large, on the left (a feed shows the card about 500 pixels wide, so the title must read at
// 0.4 times its size), the site's name under it, and the page's key figure, as the build draws it, on
// the right; in the light theme's colours (palette.ts), rendered to PNG by resvg with the
// Inter font shipped in node_modules (CI's machine has no system fonts).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { chartColour, resolveChartColours } from './palette';

import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/social-card-size';

export { CARD_HEIGHT, CARD_WIDTH };

const PAD = 56;
/** The figure is at most this wide and as tall as the card allows. */
const FIGURE_MAX_WIDTH = 700;
const FIGURE_PAD_Y = 40;
const GUTTER = 40;
/** Title sizes tried, largest first, until the title fits in TITLE_MAX_LINES. */
const TITLE_SIZES = [64, 56, 48, 42, 36] as const;
const TITLE_MAX_LINES = 5;
const TITLE_LEADING = 1.15;
const SITE_NAME_SIZE = 28;
const FONT_FAMILY = 'Inter';

/** Inter's regular, semi-bold and bold faces, from @expo-google-fonts/inter (OFL). */
export function cardFontFiles(root = process.cwd()): string[] {
  const require = createRequire(join(root, 'package.json'));
  return ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
    require.resolve(`@expo-google-fonts/inter/${file}`),
  );
}

function resvgOptions(fontFiles: readonly string[]) {
  // The charts ask for "system-ui, sans-serif": resvg knows no system-ui, falls through to its
  // sans-serif family, which is Inter, as is the default.
  return {
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: 'off' as const,
  };
}

/** Measures a line of text as drawn: its width in pixels at `size`, bold. */
export type Measure = (text: string, size: number) => number;

/** A Measure that draws the text with resvg and reads the width of its ink. */
export function resvgMeasure(fontFiles: readonly string[]): Measure {
  const options = resvgOptions(fontFiles);
  return (text, size) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size * text.length + 100}" height="${size * 2}"><text x="0" y="${size * 1.5}" font-family="${FONT_FAMILY}" font-weight="700" font-size="${size}">${escapeXml(text)}</text></svg>`;
    return new Resvg(svg, options).getBBox()?.width ?? 0;
  };
}

/**
 * `title` broken into lines of at most `maxWidth` pixels, greedily at spaces; a word wider than the
 * line stands on a line of its own. Null when that takes more than `maxLines` lines or a word is too wide.
 */
export function wrapTitle(title: string, size: number, maxWidth: number, maxLines: number, measure: Measure): string[] | null {
  const words = title.trim().split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    if (measure(word, size) > maxWidth) return null;
    const last = lines.at(-1);
    const joined = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && measure(joined, size) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines.length <= maxLines ? lines : null;
}

/** The largest title size whose wrapping fits, and its lines. */
export function fitTitle(title: string, maxWidth: number, measure: Measure): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrapTitle(title, size, maxWidth, TITLE_MAX_LINES, measure);
    if (lines) return { size, lines };
  }
  throw new Error(`social card: the title "${title}" does not fit in ${TITLE_MAX_LINES} lines of ${maxWidth} pixels at ${TITLE_SIZES.at(-1)} pixels`);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart SVG's drawn size, from its width and height attributes. */
function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const width = Number(/\swidth="([\d.]+)"/.exec(open ?? '')?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open ?? '')?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('social card: the figure is not an <svg> with a width and height');
  return { width, height };
}

export interface CardInput {
  title: string;
  siteName: string;
  /** The key figure as the build draws it (renderSvg), with its var(--…) colours. */
  figureSvg: string;
  measure: Measure;
}

/** The card as SVG, every colour resolved: what resvg is given. */
export function cardSvg({ title, siteName, figureSvg, measure }: CardInput): string {
  const background = chartColour('--sl-color-bg', 'light');
  const text = chartColour('--sl-color-white', 'light');
  const muted = chartColour('--sl-color-gray-3', 'light');
  const accent = chartColour('--sl-color-accent', 'light');

  const figure = svgSize(figureSvg);
  const scale = Math.min(FIGURE_MAX_WIDTH / figure.width, (CARD_HEIGHT - 2 * FIGURE_PAD_Y) / figure.height);
  const figureWidth = figure.width * scale;
  const figureX = CARD_WIDTH - PAD + 16 - figureWidth;
  const figureY = (CARD_HEIGHT - figure.height * scale) / 2;

  const columnWidth = figureX - GUTTER - PAD;
  const { size, lines } = fitTitle(title, columnWidth, measure);
  const lineHeight = size * TITLE_LEADING;
  // The title block (and the site's name under it, unless the title is the site's name) sits at mid-height.
  const showSiteName = title.trim() !== siteName.trim();
  const blockHeight = lines.length * lineHeight + (showSiteName ? SITE_NAME_SIZE * 2.2 : 0);
  const top = (CARD_HEIGHT - blockHeight) / 2;
  const titleText = lines
    .map((line, i) => `<tspan x="${PAD}" y="${(top + size + i * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`)
    .join('');
  const siteY = top + lines.length * lineHeight + SITE_NAME_SIZE * 1.6;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${background}"/>`,
    `<rect width="${CARD_WIDTH}" height="10" fill="${accent}"/>`,
    `<text font-family="${FONT_FAMILY}" font-weight="700" font-size="${size}" fill="${text}">${titleText}</text>`,
    showSiteName
      ? `<text x="${PAD}" y="${siteY.toFixed(1)}" font-family="${FONT_FAMILY}" font-weight="600" font-size="${SITE_NAME_SIZE}" fill="${muted}">${escapeXml(siteName)}</text>`
      : '',
    // The chart's text and axes are currentColor, which the page sets on the chart to the text colour.
    `<g transform="translate(${figureX.toFixed(1)} ${figureY.toFixed(1)}) scale(${scale.toFixed(4)})" color="${text}">`,
    resolveChartColours(figureSvg, 'light'),
    '</g>',
    '</svg>',
  ].join('');
}

/** The card's SVG rendered to PNG, CARD_WIDTH × CARD_HEIGHT. */
export function renderCardPng(svg: string, fontFiles: readonly string[]): Buffer {
  return new Resvg(svg, { ...resvgOptions(fontFiles), fitTo: { mode: 'original' } }).render().asPng();
}

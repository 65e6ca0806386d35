// The social card: a 1200 × 630 PNG (read from its IHDR chunk here), the title wrapped to the
// column and as large as fits, the figure inside the card, an opaque light background, and no
// colour left for resvg to guess.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { dataset, defaultAnalysis } from '../../src/components/analysis';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { benchmarkCardFigure, DEFAULT_CARD_FIGURE } from '../../src/lib/card-figure';
import { cardFontFiles, cardSvg, fitTitle, renderCardPng, resvgMeasure, wrapTitle, type Measure } from '../../src/components/charts/social-card';

/** Width and height from a PNG's header: the 8-byte signature, then the IHDR chunk (length, type, width, height). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// A measure whose arithmetic the test can do: every character is 0.5 em wide.
const halfEm: Measure = (text, size) => text.length * size * 0.5;

describe('wrapTitle', () => {
  it('fills each line greedily and keeps the words in order', () => {
    // At 20 pixels a character is 10 wide: lines of at most 12 characters.
    const title = 'Did the forecast hold against later models';
    const lines = wrapTitle(title, 20, 120, 5, halfEm)!;
    expect(lines).toEqual(['Did the', 'forecast', 'hold against', 'later models']);
    expect(lines.join(' ')).toBe(title);
    for (const [i, line] of lines.entries()) {
      expect(halfEm(line, 20)).toBeLessThanOrEqual(120);
      // Greedy: the next line's first word would not have fitted on this one.
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(halfEm(`${line} ${next}`, 20)).toBeGreaterThan(120);
    }
  });

  it('gives up when the lines are too many or a word is wider than the line', () => {
    expect(wrapTitle('one two three four five six', 20, 40, 5, halfEm)).toBeNull();
    expect(wrapTitle('Incomprehensibilities', 20, 120, 5, halfEm)).toBeNull();
  });

  it('picks the largest size whose wrapping fits', () => {
    // 'Extrapolating GPT-N' is 19 characters; at 64 px (32 per character) 'Extrapolating' is 416 wide.
    expect(fitTitle('Extrapolating GPT-N', 420, halfEm)).toEqual({ size: 64, lines: ['Extrapolating', 'GPT-N'] });
    // In 400 pixels 'Extrapolating' no longer fits at 64 (416) but does at 56 (13 × 28 = 364).
    expect(fitTitle('Extrapolating GPT-N', 400, halfEm).size).toBe(56);
  });
});

describe('cardSvg and renderCardPng', () => {
  const fonts = cardFontFiles();
  const measure = resvgMeasure(fonts);
  const figure = (f: typeof DEFAULT_CARD_FIGURE) => renderSvg(buildChart(f.kind, defaultAnalysis, dataset, f.params as never), 'card-');
  const longTitle = 'The eleven task categories of the GPT-3 paper, extrapolated to far lower loss';
  const svg = cardSvg({ title: longTitle, siteName: 'Extrapolating GPT-N', figureSvg: figure(DEFAULT_CARD_FIGURE), measure });

  it('is a 1200 × 630 PNG', () => {
    expect(pngSize(renderCardPng(svg, fonts))).toEqual({ width: 1200, height: 630 });
  });

  it('resolves every colour before resvg sees it', () => {
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('color-mix');
  });

  it('wraps a long title into lines that fit the column, drawn in Inter', () => {
    const lines = [...svg.matchAll(/<tspan x="(\d+)" y="[\d.]+">([^<]*)<\/tspan>/g)];
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((m) => m[2]).join(' ')).toBe(longTitle);
    const size = Number(/font-weight="700" font-size="(\d+)"/.exec(svg)![1]);
    // The column runs from the left padding to the figure's left edge, less the gutter.
    const figureX = Number(/translate\(([\d.]+) /.exec(svg)![1]);
    const left = Number(lines[0]![1]);
    for (const [, , line] of lines) expect(measure(line!, size)).toBeLessThanOrEqual(figureX - 40 - left);
    // Inter drew the title: a title measured with no font at all would be 0 wide.
    expect(measure('Extrapolating', 64)).toBeGreaterThan(300);
  });

  it('keeps the figure inside the card', () => {
    for (const f of [DEFAULT_CARD_FIGURE, benchmarkCardFigure('hellaswag')]) {
      const chart = figure(f);
      const card = cardSvg({ title: 'HellaSwag', siteName: 'Extrapolating GPT-N', figureSvg: chart, measure });
      const [, x, y, scale] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(card)!.map(Number);
      const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart)!.map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x! + width! * scale!).toBeLessThanOrEqual(1200);
      expect(y! + height! * scale!).toBeLessThanOrEqual(630);
    }
  });

  it('has an opaque white background, not a transparent or black one', () => {
    const pixels = new Resvg(svg, { font: { fontFiles: fonts, loadSystemFonts: false } }).render().pixels;
    // RGBA of the bottom-left corner and of the middle of the bottom edge.
    for (const offset of [(629 * 1200) * 4, (629 * 1200 + 600) * 4]) {
      expect([...pixels.subarray(offset, offset + 4)]).toEqual([255, 255, 255, 255]);
    }
  });

  it("shows the site's name under the title, except on the page that is the site", () => {
    const siteName = /<text x="\d+" y="[\d.]+" font-family="Inter" font-weight="600"[^>]*>Extrapolating GPT-N<\/text>/;
    expect(svg).toMatch(siteName);
    const home = cardSvg({ title: 'Extrapolating GPT-N', siteName: 'Extrapolating GPT-N', figureSvg: figure(DEFAULT_CARD_FIGURE), measure });
    expect(home).not.toMatch(siteName);
    expect(home).toMatch(/<tspan[^>]*>Extrapolating<\/tspan><tspan[^>]*>GPT-N<\/tspan>/);
  });
});

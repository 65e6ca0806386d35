// A figure as a file of its own: well-formed SVG (resvg's strict XML parser reads it, as any SVG
// tool would), its <title> the chart's, no CSS variable or page class left, and the caption and
// source line drawn inside, the height grown to hold them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { buildDocument } from '../../src/components/charts/build-document';
import { drawChart } from '../../src/components/charts/draw';
import { REGULAR } from '../../src/components/charts/layout';
import { chartColour } from '../../src/components/charts/palette';
import { buildChart } from '../../src/components/charts/registry';
import { standaloneSvg, toXml, wrapText } from '../../src/components/charts/standalone-svg';

const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const model = buildChart('series', analysis, dataset, { series: { kind: 'category', id: 'cloze' }, fit: 'both' }, REGULAR);
const drawing = drawChart(model, buildDocument(), 'test-');
const text = { caption: model.caption, source: 'Source: Brown et al. 2020 (GPT-3), Table H.1 & Table D.1.', credit: 'Extrapolating GPT-N, /categories/#fig-cloze' };
const file = standaloneSvg(drawing, text, (name) => chartColour(name, 'light'));
const root = () => parseHTML(`<html><body>${file.replace(/^<\?xml[^>]*>/, '')}</body></html>`).document.querySelector('svg')!;

describe('a standalone figure', () => {
  it('is an SVG file a strict XML parser reads, at its declared size', () => {
    expect(file.startsWith('<?xml')).toBe(true);
    const width = Number(root().getAttribute('width'));
    const height = Number(root().getAttribute('height'));
    const rendered = new Resvg(file).render();
    expect([rendered.width, rendered.height]).toEqual([width, height]);
    expect(root().getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root().getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });

  it("holds the chart's title and description", () => {
    expect(root().querySelector('title')!.textContent).toBe(model.title);
    // An ampersand in the title (Cloze & completion) is escaped as XML needs.
    expect(model.title).toContain('&');
    expect(file).toContain('Cloze &amp; completion');
  });

  it('relies on no page CSS: no variable, no currentColor, no class', () => {
    expect(file).not.toMatch(/var\(|currentColor|class=/);
    expect(root().getAttribute('font-family')).toBe('system-ui, sans-serif');
    // The background is the light page's: Starlight's --sl-color-black, hsl(0, 0%, 100%).
    expect(root().querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws the caption and source line under the chart, growing the height', () => {
    const drawnHeight = Number(drawing.getAttribute('height'));
    const height = Number(root().getAttribute('height'));
    const lines = [...root().querySelectorAll(':scope > g:last-child > text')];
    const below = lines.map((line) => line.textContent).join(' ');
    expect(below).toBe(`${model.caption} ${text.source} ${text.credit}`.replace(/\s+/g, ' '));
    for (const line of lines) {
      expect(Number(line.getAttribute('y'))).toBeGreaterThan(drawnHeight);
      expect(Number(line.getAttribute('y'))).toBeLessThanOrEqual(height);
    }
  });

  it('leaves the drawing on the page untouched', () => {
    expect(drawing.getAttribute('class')).toBe('gpt-plot');
    expect(drawing.outerHTML).toContain('var(--chart-points)');
  });
});

describe('wrapping', () => {
  it('breaks at spaces into lines no longer than the estimate allows', () => {
    // 12-pixel text at 0.56 em a character: 120 pixels hold floor(120 / 6.72) = 17 characters.
    const lines = wrapText('one two three four five six seven eight nine', 120, 12);
    expect(lines).toEqual(['one two three', 'four five six', 'seven eight nine']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(17);
  });
});

describe('XML', () => {
  it('escapes text and attributes and keeps SVG names as written', () => {
    const { document } = parseHTML('<html></html>');
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const clip = document.createElementNS(ns, 'clipPath');
    clip.setAttribute('id', 'a&b');
    const label = document.createElementNS(ns, 'text');
    label.textContent = '1 < 2 & 3\u00a0%';
    svg.append(clip, label);
    expect(toXml(svg as unknown as Element)).toBe('<svg><clipPath id="a&amp;b"/><text>1 &lt; 2 &amp; 3\u00a0%</text></svg>');
  });
});

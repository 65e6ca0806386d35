// The weight of a drawing: numbers at two decimals, straight runs of a path reduced to their ends,
// no stylesheet in each chart (site.css holds it once), and no text drawn below the font floor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { buildDocument } from '../../src/components/charts/build-document';
import { PLOT_CLASS } from '../../src/components/charts/draw';
import { FONT_PX, NARROW, REGULAR, REGULAR_FROM, legibleFrom, MIN_TEXT_PX, widthFor } from '../../src/components/charts/layout';
import { buildChart, type ChartKind, type ChartParams } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { floorFontSizes, roundNumber, roundNumbers, simplifyPath, simplifyPolyline, tidySvg } from '../../src/components/charts/svg-tidy';

describe('rounding', () => {
  it('writes a number to two decimals, as briefly as possible', () => {
    expect(roundNumber(182.27272727272728)).toBe('182.27');
    expect(roundNumber(48)).toBe('48');
    expect(roundNumber(0.5)).toBe('0.5');
    expect(roundNumber(-0.001)).toBe('0');
    expect(roundNumber(2.675, 1)).toBe('2.7');
  });

  it('rounds every number in an attribute and leaves the rest alone', () => {
    expect(roundNumbers('translate(48,182.27272727272728)')).toBe('translate(48,182.27)');
    expect(roundNumbers('M0,0L-6,0')).toBe('M0,0L-6,0');
    expect(roundNumbers('rotate(-90.000001) translate(1e-7,3.14159)')).toBe('rotate(-90) translate(0,3.14)');
  });
});

describe('path simplification', () => {
  it('reduces points on one straight line to the two ends', () => {
    const line = Array.from({ length: 80 }, (_, i): [number, number] => [i * 3.1, 100 - i * 1.7]);
    expect(simplifyPolyline(line, 0.2)).toEqual([line[0], line[79]]);
  });

  it('keeps a curve within the tolerance of every point it drops', () => {
    const curve = Array.from({ length: 80 }, (_, i): [number, number] => [i * 8, 200 / (1 + Math.exp(-(i - 40) / 6))]);
    const kept = simplifyPolyline(curve, 0.2);
    expect(kept.length).toBeLessThan(curve.length / 2);
    expect(kept[0]).toEqual(curve[0]);
    expect(kept.at(-1)).toEqual(curve.at(-1));
    // Every dropped point lies within 0.2 px of the segment that replaced it (its x lies between two kept points).
    for (const [x, y] of curve) {
      const j = kept.findIndex(([kx]) => kx >= x);
      if (kept[j]![0] === x) continue;
      const [[x0, y0], [x1, y1]] = [kept[j - 1]!, kept[j]!];
      const distance = Math.abs((y1 - y0) * x - (x1 - x0) * y + x1 * y0 - y1 * x0) / Math.hypot(y1 - y0, x1 - x0);
      expect(distance).toBeLessThanOrEqual(0.2 + 1e-9);
    }
  });

  it('simplifies each subpath of a line or an area and rounds what it keeps', () => {
    expect(simplifyPath('M0,0L1.00001,1L2,2L3,3.0000004M10,0L11,0L12,0Z')).toBe('M0,0L3,3M10,0L12,0Z');
  });

  it('only rounds paths with curves, arcs or relative commands', () => {
    const arc = 'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0';
    expect(simplifyPath(arc)).toBe(arc);
    expect(simplifyPath('M0,0C1.333333,2,3,4,5,6')).toBe('M0,0C1.33,2,3,4,5,6');
    expect(simplifyPath('m0,0l1,1l1,1')).toBe('m0,0l1,1l1,1');
  });
});

describe('tidying a drawing', () => {
  it('rounds geometry, simplifies paths, drops <style> and leaves other attributes', () => {
    const document = buildDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.innerHTML =
      '<style>.x{}</style><g transform="translate(48,182.27272727272728)" stroke-opacity="0.123456"><line x1="1.23456" y1="2" /><path d="M0,0L1,1L2,2" /></g>';
    tidySvg(svg);
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.querySelector('g')!.getAttribute('transform')).toBe('translate(48,182.27)');
    expect(svg.querySelector('g')!.getAttribute('stroke-opacity')).toBe('0.123456');
    expect(svg.querySelector('line')!.getAttribute('x1')).toBe('1.23');
    expect(svg.querySelector('path')!.getAttribute('d')).toBe('M0,0L2,2');
  });

  it('raises font sizes below the floor and keeps larger ones', () => {
    const document = buildDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('font-size', '10');
    svg.innerHTML = '<g font-size="9.5"><text>a</text></g><g font-size="14"><text>b</text></g>';
    floorFontSizes(svg, 12);
    expect([svg.getAttribute('font-size'), ...Array.from(svg.querySelectorAll('g'), (g) => g.getAttribute('font-size'))]).toEqual(['12', '12', '14']);
  });
});

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const SAMPLES: { [K in ChartKind]: ChartParams[K] } = {
  series: { series: { kind: 'category', id: 'cloze' }, fit: 'both' },
  raw: { task: 'lambada' },
  extrapolation: { series: 'overall', fit: 'both' },
  backtest: { kind: 'category' },
  backtestHorizon: {},
  costByYear: {},
  grid: { series: 'categories,overall', fit: 'both' },
  sensitivity: {},
  forecastScatter: {},
  forecastHorizon: {},
  suites: {},
};

describe('every chart kind, regular and narrow', () => {
  for (const kind of Object.keys(SAMPLES) as ChartKind[]) {
    it(`${kind}: drawn at the layout's width, text at ${FONT_PX} px or more, two decimals, Plot's stylesheet left to site.css`, () => {
      for (const layout of [REGULAR, NARROW]) {
        const model = buildChart(kind, analysis, dataset, SAMPLES[kind] as never, layout);
        const svg = renderSvg(model, 't-');
        expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${layout.width}"`));
        expect(svg).toContain(`class="${PLOT_CLASS}"`);
        expect(svg).not.toContain('<style');
        expect(svg).not.toMatch(/NaN/);
        // Numbers in geometry: at most two decimals (text and descriptions may print more).
        for (const [, value] of svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|r|d|transform|width|height)="([^"]*)"/g)) {
          expect(value, kind).not.toMatch(/\d\.\d{3}/);
        }
        for (const [, size] of svg.matchAll(/font-size="([\d.]+)"/g)) expect(Number(size)).toBeGreaterThanOrEqual(FONT_PX);
      }
    });
  }
});

describe('layout', () => {
  it('shows the regular drawing only where its text stays at 11 px', () => {
    expect(REGULAR_FROM).toBe(legibleFrom(REGULAR.width));
    expect((FONT_PX * REGULAR_FROM) / REGULAR.width).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    // The narrow drawing in the text column at 360 px (328 px wide).
    expect((FONT_PX * 328) / NARROW.width).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    // site.css switches at the same width.
    const css = readFileSync(new URL('../../src/styles/site.css', import.meta.url), 'utf8');
    expect(css).toContain(`@container (width < ${REGULAR_FROM}px)`);
    expect(css).toMatch(/:where\(\.gpt-plot\)/);
  });

  it('draws live at the regular width where that is legible, else at the container width', () => {
    expect(widthFor(632)).toBe(REGULAR.width);
    expect(widthFor(720)).toBe(REGULAR.width);
    expect(widthFor(586.9)).toBe(586);
    expect(widthFor(358)).toBe(358);
    expect(widthFor(100)).toBe(240);
  });
});

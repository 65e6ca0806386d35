// The light theme's colours as a social card gets them (charts/palette.ts, charts/colour.ts): read from
// the stylesheets' custom properties (cascade order: layers, specificity, source order; dark and print
// rules left out), var() resolved, and every colour turned into a form resvg reads. Reference colours
// are worked out here by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatColour as svgColour, parseColour } from '../../src/components/charts/colour';
import { pageStylesheets, resolveChartColours, substituteVars, themeProperties } from '../../src/components/charts/palette';
import { dataset, defaultAnalysis } from '../../src/components/analysis';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { benchmarkCardFigure, DEFAULT_CARD_FIGURE } from '../../src/lib/card-figure';

const hex = (text: string) => svgColour(parseColour(text));
const lightThemeProperties = (stylesheets: readonly string[]) => themeProperties(stylesheets, 'light');
const themeColour = (name: string, properties: ReadonlyMap<string, string>) => hex(substituteVars(`var(${name})`, properties));

describe('lightThemeProperties', () => {
  it('keeps the light theme and the root, drops dark and @media rules, and ranks as the cascade does', () => {
    const starlight = `@layer starlight.base {
      :root, ::backdrop { --text: #eeeeee; --bg: #000000; --only-layer: #123456; }
      :root[data-theme='light'], [data-theme='light'] ::backdrop { --text: #111111; --bg: #ffffff; }
      @media (min-width: 50em) { :root { --text: #999999; } }
    }`;
    const site = `/* a comment { with braces } */
      :root { --points: var(--text); --bg: #fafafa; }
      @media screen { :root[data-theme='dark'] { --points: #ffffff; } }
      :root[data-theme="dark"] { --later: #f472b6; }
      :where(.gpt-plot) { --plot-background: var(--bg); }
      figure.chart svg { --ignored: red; }`;
    const properties = lightThemeProperties([starlight, site]);
    // Light beats the root inside the layer (specificity); an unlayered rule beats any layered one.
    expect(properties.get('--text')).toBe('#111111');
    expect(properties.get('--bg')).toBe('#fafafa');
    expect(properties.get('--only-layer')).toBe('#123456');
    expect(properties.get('--points')).toBe('var(--text)');
    expect(properties.get('--plot-background')).toBe('var(--bg)');
    expect(properties.has('--later')).toBe(false);
    expect(properties.has('--ignored')).toBe(false);
    expect(themeColour('--points', properties)).toBe('#111111');
  });

  it('names a property that is missing or refers to itself', () => {
    const properties = lightThemeProperties([':root { --a: var(--b); --b: var(--a); --c: var(--nowhere); --d: var(--nowhere, #010203); }']);
    expect(() => themeColour('--a', properties)).toThrow(/--a refers to itself/);
    expect(() => themeColour('--c', properties)).toThrow(/--nowhere is not declared/);
    expect(themeColour('--d', properties)).toBe('#010203');
  });
});

describe('parseColour and svgColour', () => {
  it('reads hex, names, rgb() in both syntaxes and hsl()', () => {
    expect(hex('#1D4ED8')).toBe('#1d4ed8');
    expect(hex('#fff')).toBe('#ffffff');
    expect(hex('black')).toBe('#000000');
    expect(hex('rgb(100 116 139 / 0.14)')).toBe('rgba(100, 116, 139, 0.14)');
    expect(hex('rgba(1, 2, 3, 50%)')).toBe('rgba(1, 2, 3, 0.5)');
    // hsl(120, 100%, 25%) is CSS's named colour `green`, #008000.
    expect(hex('hsl(120, 100%, 25%)')).toBe('#008000');
  });

  it("reads Starlight's light text colour, hsl(224, 10%, 10%), as the sector formula gives it", () => {
    // C = (1 − |2L − 1|)·S = 0.02; H' = 224/60 = 3.733 (sector 3: r = 0, g = X, b = C);
    // X = C·(1 − |H' mod 2 − 1|) = 0.00533; m = L − C/2 = 0.09.
    const C = (1 - Math.abs(2 * 0.1 - 1)) * 0.1;
    const h = 224 / 60;
    const X = C * (1 - Math.abs((h % 2) - 1));
    const m = 0.1 - C / 2;
    const expected = svgColour({ r: m * 255, g: (X + m) * 255, b: (C + m) * 255, a: 1 });
    expect(expected).toBe('#17181c');
    expect(hex('hsl(224, 10%, 10%)')).toBe(expected);
  });

  it('mixes in OKLab: white and black half and half is the grey of lightness 0.5', () => {
    // OKLab L = 0.5, a = b = 0 gives l′ = m′ = s′ = 0.5, so LMS = 0.125 and linear sRGB = 0.125 on
    // every channel; sRGB-encoded: 1.055 · 0.125^(1/2.4) − 0.055.
    const channel = Math.round(255 * (1.055 * 0.125 ** (1 / 2.4) - 0.055));
    expect(channel).toBe(99);
    const grey = `#${channel.toString(16).repeat(3)}`;
    expect(hex('color-mix(in oklab, white 50%, black)')).toBe(grey);
    expect(hex('color-mix(in oklab, #1d4ed8 100%, white)')).toBe('#1d4ed8');
  });

  it('names what it cannot read', () => {
    expect(() => parseColour('oklch(0.5 0.1 200)')).toThrow(/Unsupported colour function in "oklch\(0.5 0.1 200\)"/);
    expect(() => parseColour('color-mix(in hsl, white, black)')).toThrow(/Unsupported color-mix space "in hsl"/);
  });
});

describe("the site's own stylesheets", () => {
  const properties = lightThemeProperties(pageStylesheets());
  const siteCss = readFileSync('src/styles/site.css', 'utf8');
  // The first :root block of site.css is the light (default) palette.
  const firstRoot = /:root\s*\{([^}]*)\}/.exec(siteCss)![1]!;
  const declared = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`).exec(firstRoot)![1];

  it("gives the light theme's chart colours, not the dark theme's", () => {
    for (const name of ['--chart-logistic', '--chart-linear', '--chart-series-1', '--chart-series-11']) {
      expect(themeColour(name, properties)).toBe(declared(name));
    }
    // Starlight's light page: the background is white, the strongest text hsl(224, 10%, 10%).
    expect(themeColour('--sl-color-bg', properties)).toBe('#ffffff');
    expect(themeColour('--chart-points', properties)).toBe('#17181c');
  });

  it('leaves no var() in the key figures the cards draw', () => {
    for (const { kind, params } of [DEFAULT_CARD_FIGURE, benchmarkCardFigure('hellaswag'), { kind: 'grid' as const, params: { series: 'categories,overall', fit: 'both' } }]) {
      const svg = renderSvg(buildChart(kind, defaultAnalysis, dataset, params as never), 'card-');
      expect(svg).toContain('var(--');
      const resolved = resolveChartColours(svg, 'light');
      expect(resolved).not.toContain('var(');
      expect(resolved).not.toMatch(/NaN/);
    }
  });
});

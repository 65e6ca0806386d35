// The palette outside the page: CSS colour syntax evaluated to sRGB, and the site's light and dark
// custom properties read from its stylesheets. Reference values are worked by hand below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatColour, parseColour, replaceColourVars } from '../../src/components/charts/colour';
import { chartColour, resolveChartColours, substituteVars, themeProperties } from '../../src/components/charts/palette';

const hex = (value: string) => formatColour(parseColour(value));

describe('colour syntax', () => {
  it('reads hex, rgb() and names', () => {
    expect(hex('#B45309')).toBe('#b45309');
    expect(hex('#abc')).toBe('#aabbcc');
    expect(hex('rgb(100, 116, 139)')).toBe('#64748b');
    expect(hex('white')).toBe('#ffffff');
    expect(hex('rgb(100 116 139 / 0.14)')).toBe('rgba(100, 116, 139, 0.14)');
    expect(hex('rgba(0, 0, 0, 0.5)')).toBe('rgba(0, 0, 0, 0.5)');
  });

  it('reads hsl() as CSS defines it', () => {
    // hsl(224, 10%, 10%): C = (1 − |2·0.1 − 1|)·0.1 = 0.02, H' = 224/60 = 3.733 (the blue-cyan sextant:
    // r = 0, g = X, b = C), X = C·(1 − |3.733 mod 2 − 1|) = 0.00533, m = L − C/2 = 0.09; so
    // (0.09, 0.09533, 0.11) × 255 = (22.95, 24.31, 28.05) → #17181c.
    expect(hex('hsl(224, 10%, 10%)')).toBe('#17181c');
    expect(hex('hsl(0, 0%, 100%)')).toBe('#ffffff');
    expect(hex('hsl(120, 100%, 25%)')).toBe('#008000');
  });

  it('mixes in OKLab and sRGB as color-mix() does', () => {
    // White and black are L = 1 and 0 in OKLab with a = b = 0: half-way is L = 0.5, linear light
    // 0.5³ = 0.125, sRGB 1.055 · 0.125^(1/2.4) − 0.055 = 0.3885 → 99 = #636363.
    expect(hex('color-mix(in oklab, white 50%, black)')).toBe('#636363');
    expect(hex('color-mix(in srgb, #000000 25%, #ffffff)')).toBe('#bfbfbf');
    // A colour mixed with itself is itself.
    expect(hex('color-mix(in oklab, #224a8d 70%, #224a8d)')).toBe('#224a8d');
  });

  it('refuses what it cannot read', () => {
    expect(() => parseColour('oklch(0.5 0.1 200)')).toThrow(/oklch/);
    expect(() => parseColour('1rem')).toThrow(/Not a colour/);
  });

  it('replaces var() and currentColor in markup', () => {
    const out = replaceColourVars('<path stroke="var(--a)" fill="currentColor" color="var(--b, red)"/>', (name) => `[${name}]`);
    expect(out).toBe('<path stroke="[--a]" fill="[--sl-color-white]" color="[--b]"/>');
  });
});

describe('the theme from the stylesheets', () => {
  const css = `@layer base { :root, ::backdrop { --ink: var(--white); --white: #fff; } :root[data-theme="light"] { --white: #111; } }
    :root { --chart: var(--ink); --mix: color-mix(in srgb, var(--white) 50%, #000); }
    @media screen { :root[data-theme='dark'] { --chart: #f00; } }
    @media print { :root { --chart: #0f0; } }`;

  it('reads :root, overrides it with the theme, and ignores print', () => {
    const light = themeProperties([css], 'light');
    expect(substituteVars('var(--chart)', light)).toBe('#111');
    const dark = themeProperties([css], 'dark');
    expect(substituteVars('var(--chart)', dark)).toBe('#f00');
    expect(substituteVars('var(--ink)', dark)).toBe('#fff');
  });

  it('names a property that is missing or circular', () => {
    expect(() => substituteVars('var(--nope)', new Map())).toThrow(/--nope is not declared/);
    expect(substituteVars('var(--nope, #123)', new Map())).toBe('#123');
    expect(() => substituteVars('var(--a)', new Map([['--a', 'var(--b)'], ['--b', 'var(--a)']]))).toThrow(/refers to itself/);
  });

  it("resolves the site's chart colours: the values site.css and Starlight declare", () => {
    const site = readFileSync('src/styles/site.css', 'utf8');
    // site.css: --chart-linear is #b45309 in the light theme and #fbbf24 in the dark one.
    expect(site).toMatch(/--chart-linear: #b45309;/);
    expect(chartColour('--chart-linear', 'light')).toBe('#b45309');
    expect(chartColour('--chart-linear', 'dark')).toBe('#fbbf24');
    // --chart-points is Starlight's --sl-color-white: hsl(224, 10%, 10%) light (#17181c, above),
    // hsl(0, 0%, 100%) dark; the background is --sl-color-black: white light.
    expect(chartColour('--chart-points', 'light')).toBe('#17181c');
    expect(chartColour('--chart-points', 'dark')).toBe('#ffffff');
    expect(chartColour('--sl-color-bg', 'light')).toBe('#ffffff');
    // The print theme's black points are not the light theme's.
    expect(chartColour('--chart-points', 'light')).not.toBe('#000000');
    expect(() => chartColour('--chart-nope', 'light')).toThrow(/--chart-nope/);
  });

  it('leaves no variable in a chart', () => {
    const svg = '<svg fill="currentColor"><path stroke="var(--chart-series-3-label)" fill="var(--chart-shade-beyond)"/></svg>';
    const resolved = resolveChartColours(svg, 'light');
    expect(resolved).not.toMatch(/var\(|currentColor/);
    // rgb(100 116 139 / 0.14) in site.css.
    expect(resolved).toContain('fill="rgba(100, 116, 139, 0.14)"');
  });
});

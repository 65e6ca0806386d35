// The light theme's custom properties, read from the stylesheets themselves (Starlight's props.css and
// site.css), so a picture drawn outside the browser (a social card, src/lib/social-card.ts) has the
// page's colours without a second copy of the palette. A renderer such as resvg knows neither var()
// nor color-mix() nor CSS Color 4's space-separated rgb(), so every colour is resolved to #rrggbb or
// rgba(r, g, b, a).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rules whose custom properties hold on a light-theme page: the root, and the chart's own scope. */
const LIGHT_SELECTORS = new Set([':root', ":root[data-theme='light']", ':where(.gpt-plot)']);

interface Declaration {
  name: string;
  value: string;
  /** Cascade weight: unlayered beats layered, then specificity, then source order. */
  rank: [number, number, number];
}

/**
 * The custom properties a light-theme page has, from stylesheets given in the order the page loads
 * them. Rules inside @media are skipped (the dark theme is under `@media screen`, print's overrides
 * under `@media print`); @layer blocks are read, and rank below unlayered rules as in the cascade.
 */
export function lightThemeProperties(stylesheets: readonly string[]): Map<string, string> {
  const declarations: Declaration[] = [];
  stylesheets.forEach((css, sheet) => {
    collect(stripComments(css), false, (selectors, body, layered) => {
      const matching = selectors.filter((s) => LIGHT_SELECTORS.has(s));
      if (matching.length === 0) return;
      const specificity = matching.some((s) => s.includes('[')) ? 1 : 0;
      for (const [name, value] of customProperties(body)) {
        declarations.push({ name, value, rank: [layered ? 0 : 1, specificity, sheet * 1e6 + declarations.length] });
      }
    });
  });
  declarations.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
  return new Map(declarations.map((d) => [d.name, d.value]));
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Walks the rules of `css`, calling `rule` with each style rule's selectors and declarations. */
function collect(css: string, layered: boolean, rule: (selectors: string[], body: string, layered: boolean) => void) {
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) return;
    const prelude = css.slice(i, open).replace(/^[\s\S]*;/, '').trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@layer')) collect(body, true, rule);
    else if (!prelude.startsWith('@')) {
      rule(prelude.split(',').map((s) => s.trim().replace(/"/g, "'").replace(/\s+/g, ' ')), body, layered);
    }
    i = close + 1;
  }
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`css-palette: unbalanced braces after offset ${open}`);
}

function* customProperties(body: string): Generator<[string, string]> {
  for (const declaration of body.split(';')) {
    const match = /^\s*(--[\w-]+)\s*:([\s\S]*)$/.exec(declaration);
    if (match) yield [match[1]!, match[2]!.trim()];
  }
}

/** `value` with every var() replaced by the property's value, recursively (a fallback where unset). */
export function resolveVars(value: string, properties: ReadonlyMap<string, string>, seen: readonly string[] = []): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = value.indexOf('var(', i);
    if (start < 0) return out + value.slice(i);
    const end = closingParen(value, start + 3);
    const [name, fallback] = splitOnce(value.slice(start + 4, end), ',');
    const key = name.trim();
    if (seen.includes(key)) throw new Error(`css-palette: ${key} refers to itself (${[...seen, key].join(' → ')})`);
    const own = properties.get(key);
    const replacement = own ?? fallback?.trim();
    if (replacement === undefined) throw new Error(`css-palette: ${key} is not defined in the light theme and has no fallback`);
    out += value.slice(i, start) + resolveVars(replacement, properties, [...seen, key]);
    i = end + 1;
  }
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`css-palette: unbalanced parentheses in "${text}"`);
}

/** Splits at the first `separator` outside parentheses. */
function splitOnce(text: string, separator: string): [string, string | undefined] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (depth === 0 && text[i] === separator) return [text.slice(0, i), text.slice(i + 1)];
  }
  return [text, undefined];
}

/** Channels 0–255 (unrounded) and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, Rgba> = {
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

/** Parses a resolved CSS colour: #hex, a few names, rgb()/rgba(), hsl()/hsla(), color-mix(in oklab, …). */
export function parseColour(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const named = NAMED[value];
  if (named) return named;
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    const [r, g, b, a = 255] = digits.map((d) => parseInt(d, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }
  const fn = /^([a-z-]+)\(([\s\S]*)\)$/.exec(value);
  if (fn) {
    const [, name, args] = fn;
    if (name === 'color-mix') return colourMix(args!);
    const parts = args!.split(/[\s,/]+/).filter(Boolean);
    const alpha = parts[3] === undefined ? 1 : fraction(parts[3], 1);
    if ((name === 'rgb' || name === 'rgba') && parts.length >= 3) {
      const [r, g, b] = parts.map((p) => fraction(p, 255));
      return { r: r!, g: g!, b: b!, a: alpha };
    }
    if ((name === 'hsl' || name === 'hsla') && parts.length >= 3) {
      return { ...hslToRgb(parseFloat(parts[0]!), fraction(parts[1]!, 1), fraction(parts[2]!, 1)), a: alpha };
    }
  }
  throw new Error(`css-palette: "${text}" is not a colour this module can resolve (expected #hex, rgb(), hsl(), color-mix(in oklab, …) or black/white)`);
}

/** A number or a percentage of `scale`. */
function fraction(text: string, scale: number): number {
  return text.endsWith('%') ? (parseFloat(text) / 100) * scale : parseFloat(text);
}

function hslToRgb(hue: number, s: number, l: number): Omit<Rgba, 'a'> {
  const k = (n: number) => (n + hue / 30) % 12;
  const amount = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - amount * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: f(0), g: f(8), b: f(4) };
}

/** color-mix(in oklab, A p%, B [q%]): the two colours mixed in OKLab (premultiplied by alpha). */
function colourMix(args: string): Rgba {
  const [space, rest] = splitOnce(args, ',');
  if (space.trim() !== 'in oklab' || rest === undefined) throw new Error(`css-palette: color-mix(${args}) — only "in oklab" is supported`);
  const [first, second] = splitOnce(rest, ',');
  if (second === undefined) throw new Error(`css-palette: color-mix(${args}) needs two colours`);
  const [a, pa] = colourAndPercent(first);
  const [b, pb] = colourAndPercent(second);
  const wa = pa ?? (pb === undefined ? 0.5 : 1 - pb);
  const wb = pb ?? 1 - wa;
  const total = wa + wb;
  const [la, lb] = [toOklab(a), toOklab(b)];
  const alpha = (a.a * wa + b.a * wb) / total;
  const mix = (i: number) => (la[i]! * a.a * wa + lb[i]! * b.a * wb) / total / (alpha || 1);
  return { ...fromOklab([mix(0), mix(1), mix(2)]), a: alpha };
}

function colourAndPercent(text: string): [Rgba, number | undefined] {
  const match = /^([\s\S]*?)\s+([\d.]+)%$/.exec(text.trim());
  return match ? [parseColour(match[1]!), parseFloat(match[2]!) / 100] : [parseColour(text), undefined];
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

// Björn Ottosson's OKLab matrices (linear sRGB ↔ LMS ↔ Lab), as CSS Color 4 uses them.
function toOklab({ r, g, b }: Rgba): [number, number, number] {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, A, B]: [number, number, number]): Omit<Rgba, 'a'> {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return {
    r: fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  };
}

/** The colour as SVG 1.1 renderers read it: #rrggbb when opaque, rgba(r, g, b, a) when not. */
export function svgColour({ r, g, b, a }: Rgba): string {
  const channels = [r, g, b].map((c) => Math.round(Math.max(0, Math.min(255, c))));
  if (a >= 1) return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${channels.join(', ')}, ${Number(a.toFixed(3))})`;
}

/** The custom property `name` (e.g. '--sl-color-bg') as an SVG colour. */
export function themeColour(name: string, properties: ReadonlyMap<string, string>): string {
  return svgColour(parseColour(resolveVars(`var(${name})`, properties)));
}

/** `svg` with every var(--…) in it replaced by the light theme's colour. */
export function resolveSvgColours(svg: string, properties: ReadonlyMap<string, string>): string {
  return svg.replace(/var\(--[\w-]+(?:,[^()]*(?:\([^()]*\))?[^()]*)?\)/g, (ref) => svgColour(parseColour(resolveVars(ref, properties))));
}

/**
 * The stylesheets a page loads that hold chart colours, in load order: Starlight's custom properties,
 * then the site's own. Read from the project's files at build time (`root` is the project's folder).
 */
export function pageStylesheets(root: string): string[] {
  return ['node_modules/@astrojs/starlight/dist/style/props.css', 'src/styles/site.css'].map((file) => readFileSync(join(root, file), 'utf8'));
}

// CSS colour values as a standalone SVG can carry them. A downloaded figure, a PNG card or an SVG
// renderer (resvg) knows no custom properties and not every one knows hsl() or color-mix(), so the
// site's palette (site.css, Starlight's theme) is evaluated to plain sRGB: `#rrggbb`, or `rgba()` when
// translucent. Only the colour syntax the two stylesheets use is read; anything else is an error.

export interface Rgba {
  /** 0–255 each, unrounded. */
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

const NAMED: Record<string, Rgba> = {
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

/** `value` read as a colour: hex, rgb(), hsl(), color-mix(in oklab|srgb, …) or black/white/transparent. */
export function parseColour(value: string): Rgba {
  const text = value.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return { ...named };
  if (text.startsWith('#')) return parseHex(text);
  const call = text.match(/^([a-z-]+)\((.*)\)$/s);
  if (!call) throw new Error(`Not a colour: "${value}"`);
  const [, name, inner] = call as unknown as [string, string, string];
  if (name === 'rgb' || name === 'rgba') return parseRgb(inner, value);
  if (name === 'hsl' || name === 'hsla') return parseHsl(inner, value);
  if (name === 'color-mix') return parseMix(inner, value);
  throw new Error(`Unsupported colour function in "${value}"`);
}

/** `colour` as SVG 1.1 writes it: `#rrggbb` when opaque, else `rgba(r, g, b, a)`. */
export function formatColour({ r, g, b, a }: Rgba): string {
  const byte = (x: number) => Math.max(0, Math.min(255, Math.round(x)));
  if (a >= 1) return `#${[r, g, b].map((x) => byte(x).toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${byte(r)}, ${byte(g)}, ${byte(b)}, ${Number(a.toFixed(3))})`;
}

function parseHex(text: string): Rgba {
  const digits = text.slice(1);
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(digits)) throw new Error(`Not a hex colour: "${text}"`);
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const at = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return { r: at(0), g: at(2), b: at(4), a: full.length === 8 ? at(6) / 255 : 1 };
}

/** The arguments of rgb()/hsl(), comma- or space-separated, with an optional `/ alpha`. */
function channels(inner: string, value: string): { parts: string[]; alpha: number } {
  const [main, slashAlpha] = inner.split('/');
  const parts = main!.split(/[\s,]+/).filter(Boolean);
  const alphaText = slashAlpha?.trim() ?? (parts.length === 4 ? parts.pop() : undefined);
  if (parts.length !== 3) throw new Error(`Expected three channels in "${value}"`);
  return { parts, alpha: alphaText === undefined ? 1 : number(alphaText, 1, value) };
}

/** A number, or a percentage of `scale`. */
function number(text: string, scale: number, value: string): number {
  const n = parseFloat(text);
  if (Number.isNaN(n)) throw new Error(`Not a number: "${text}" in "${value}"`);
  return text.trim().endsWith('%') ? (n / 100) * scale : n;
}

function parseRgb(inner: string, value: string): Rgba {
  const { parts, alpha } = channels(inner, value);
  const [r, g, b] = parts.map((p) => number(p, 255, value)) as [number, number, number];
  return { r, g, b, a: alpha };
}

function parseHsl(inner: string, value: string): Rgba {
  const { parts, alpha } = channels(inner, value);
  const h = ((parseFloat(parts[0]!) % 360) + 360) % 360;
  const s = number(parts[1]!, 1, value);
  const l = number(parts[2]!, 1, value);
  // CSS Color 4's hsl-to-rgb.
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: f(0), g: f(8), b: f(4), a: alpha };
}

/** Splits at top-level commas (not those inside nested functions). */
function topLevelSplit(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

function parseMix(inner: string, value: string): Rgba {
  const [space, first, second] = topLevelSplit(inner);
  if (!space || !first || !second) throw new Error(`Expected color-mix(in <space>, <colour>, <colour>): "${value}"`);
  const stop = (text: string) => {
    const match = text.match(/^(.*?)(?:\s+(\d*\.?\d+)%)?$/s)!;
    return { colour: parseColour(match[1]!), percent: match[2] === undefined ? undefined : Number(match[2]) / 100 };
  };
  const a = stop(first);
  const b = stop(second);
  // CSS Color 5: a missing percentage is the rest of 100 %, both missing are 50 % each.
  const pa = a.percent ?? (b.percent === undefined ? 0.5 : 1 - b.percent);
  const pb = b.percent ?? 1 - pa;
  const total = pa + pb;
  if (space === 'in oklab') return mixOklab(a.colour, b.colour, pb / total);
  if (space === 'in srgb') return mixSrgb(a.colour, b.colour, pb / total);
  throw new Error(`Unsupported color-mix space "${space}" in "${value}"`);
}

const lerp = (x: number, y: number, t: number) => x + (y - x) * t;

/** Mixes premultiplied by alpha, as CSS does. */
function mixIn(toSpace: (c: Rgba) => [number, number, number], fromSpace: (v: [number, number, number]) => Omit<Rgba, 'a'>, a: Rgba, b: Rgba, t: number): Rgba {
  const alpha = lerp(a.a, b.a, t);
  if (alpha === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const va = toSpace(a).map((x) => x * a.a);
  const vb = toSpace(b).map((x) => x * b.a);
  const mixed = va.map((x, i) => lerp(x, vb[i]!, t) / alpha) as [number, number, number];
  return { ...fromSpace(mixed), a: alpha };
}

function mixSrgb(a: Rgba, b: Rgba, t: number): Rgba {
  return mixIn((c) => [c.r, c.g, c.b], ([r, g, b]) => ({ r, g, b }), a, b, t);
}

const toLinear = (c: number) => {
  const x = c / 255;
  return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (x: number) => 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);

/** Björn Ottosson's OKLab, from and to linear sRGB. */
function toOklab(c: Rgba): [number, number, number] {
  const [r, g, b] = [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
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

function mixOklab(a: Rgba, b: Rgba, t: number): Rgba {
  return mixIn(toOklab, fromOklab, a, b, t);
}

/** The property chart text and axes are drawn in (`currentColor` in Plot's output: site.css gives chart SVGs `color: var(--sl-color-white)`). */
export const CHART_TEXT = '--sl-color-white';
/** The property behind every chart (the page background). */
export const CHART_BACKGROUND = '--sl-color-bg';

/** `markup` with each `var(--name[, fallback])` and `currentColor` replaced by `colourOf(name)`. */
export function replaceColourVars(markup: string, colourOf: (name: string) => string): string {
  return markup
    .replace(/var\(\s*(--[\w-]+)\s*(?:,[^()]*)?\)/g, (_, name: string) => colourOf(name))
    .replace(/currentColor/g, () => colourOf(CHART_TEXT));
}

// The charts' colours outside the page: a chart draws with CSS variables (chart-model.ts INK), which a
// downloaded SVG, a PNG card or resvg cannot look up. The palette stays declared once, in site.css
// (and Starlight's theme, which site.css builds on); this module reads both stylesheets at build time
// and resolves a theme's custom properties to plain colours (colour.ts). Print rules are not a theme.
import siteCss from '../../styles/site.css?raw';
import { starlightPropsCss } from './starlight-theme';
import { formatColour, parseColour, replaceColourVars } from './colour';

export { CHART_BACKGROUND, CHART_TEXT } from './colour';

export type Theme = 'light' | 'dark';

interface Declaration {
  name: string;
  value: string;
  /** Cascade weight: unlayered beats layered, then specificity, then source order. */
  rank: [number, number, number];
}

/**
 * The custom properties `theme` gives the page, from `stylesheets` in the order the page loads them,
 * unresolved, ranked as the cascade ranks them: rules in an @layer below unlayered ones, a theme's
 * `:root[data-theme=…]` above plain `:root`, then source order. Rules under `@media screen` or `all`
 * hold on screen (site.css keeps its dark theme there); other @media rules (print) do not.
 */
export function themeProperties(stylesheets: readonly string[], theme: Theme): Map<string, string> {
  const themed = `:root[data-theme='${theme}']`;
  // A chart's own scope (site.css's `:where(.gpt-plot)`, Plot's stylesheet) holds for its drawing.
  const applies = (selector: string) => selector === ':root' || selector === ':where(.gpt-plot)' || selector === themed;
  const declarations: Declaration[] = [];
  stylesheets.forEach((css, sheet) => {
    collectRules(css.replace(/\/\*[\s\S]*?\*\//g, ''), false, (selectors, body, layered) => {
      const matching = selectors.filter(applies);
      if (matching.length === 0) return;
      const specificity = matching.includes(themed) ? 1 : 0;
      for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)/g)) {
        declarations.push({ name: name!, value: value!, rank: [layered ? 0 : 1, specificity, sheet * 1e6 + declarations.length] });
      }
    });
  });
  declarations.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
  return new Map(declarations.map((d) => [d.name, d.value]));
}

/** Walks the style rules of `css`, calling `rule` with each one's selectors and declarations. */
function collectRules(css: string, layered: boolean, rule: (selectors: string[], body: string, layered: boolean) => void): void {
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) return;
    // A statement at-rule (`@import …;`) before the rule is not part of its prelude.
    const prelude = css.slice(i, open).replace(/^[\s\S]*;/, '').trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@layer')) collectRules(body, true, rule);
    else if (/^@media\s+(screen|all)\b/.test(prelude)) collectRules(body, layered, rule);
    else if (!prelude.startsWith('@')) rule(prelude.split(',').map((s) => s.trim().replace(/"/g, "'").replace(/\s+/g, ' ')), body, layered);
    i = close + 1;
  }
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`palette: unbalanced braces after offset ${open}`);
}

/** `value` with every var() replaced from `properties` (its fallback when unset), recursively. */
export function substituteVars(value: string, properties: ReadonlyMap<string, string>, seen: readonly string[] = []): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at < 0) return out + value.slice(i);
    out += value.slice(i, at);
    let depth = 0;
    let end = at + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const inner = value.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    if (seen.includes(name)) throw new Error(`Custom property ${name} refers to itself (${[...seen, name].join(' → ')})`);
    const own = properties.get(name);
    const replacement = own ?? fallback;
    if (replacement === undefined) throw new Error(`Custom property ${name} is not declared (needed by "${value}")`);
    out += substituteVars(replacement, properties, own === undefined ? seen : [...seen, name]);
    i = end + 1;
  }
  return out;
}

/** The stylesheets a page loads that hold chart colours, in load order: Starlight's theme, then the site's. */
export const pageStylesheets = (): string[] => [starlightPropsCss(), siteCss];

const cache = new Map<Theme, Map<string, string>>();

/** The site's custom properties for `theme`, each resolved to a plain colour where it is one. */
function themeColours(theme: Theme): Map<string, string> {
  let colours = cache.get(theme);
  if (!colours) {
    const properties = themeProperties(pageStylesheets(), theme);
    colours = new Map();
    for (const name of properties.keys()) {
      const value = substituteVars(`var(${name})`, properties);
      try {
        colours.set(name, formatColour(parseColour(value)));
      } catch {
        // Not a colour (a length, a font list): never in a chart's paint, so left out.
      }
    }
    cache.set(theme, colours);
  }
  return colours;
}

/** The colour custom property `name` (`--chart-points`) has in `theme`, or an error naming it. */
export function chartColour(name: string, theme: Theme): string {
  const colour = themeColours(theme).get(name);
  if (colour === undefined) throw new Error(`${name} is not a colour of the ${theme} theme (src/styles/site.css)`);
  return colour;
}

/** `svg` (markup) with every `var(--…)` and `currentColor` replaced by the colour it has in `theme`. */
export function resolveChartColours(svg: string, theme: Theme): string {
  return replaceColourVars(svg, (name) => chartColour(name, theme));
}

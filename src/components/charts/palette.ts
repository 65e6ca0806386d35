// The charts' colours outside the page: a chart draws with CSS variables (chart-model.ts INK), which a
// downloaded SVG, a PNG card or resvg cannot look up. The palette stays declared once, in site.css
// (and Starlight's theme, which site.css builds on); this module reads both stylesheets at build time
// and resolves a theme's custom properties to plain colours (colour.ts). Print rules are not a theme.
import siteCss from '../../styles/site.css?raw';
import { starlightPropsCss } from './starlight-theme';
import { formatColour, parseColour, replaceColourVars } from './colour';

export { CHART_BACKGROUND, CHART_TEXT } from './colour';

export type Theme = 'light' | 'dark';

/** The custom properties `theme` gives :root, from `stylesheets` in cascade order, unresolved. */
export function themeProperties(stylesheets: readonly string[], theme: Theme): Map<string, string> {
  const base = new Map<string, string>();
  const themed = new Map<string, string>();
  for (const css of stylesheets) {
    for (const { selectors, context, declarations } of ruleBlocks(css)) {
      if (context.some((at) => at.startsWith('@media') && !/^@media\s+(screen|all)\b/.test(at))) continue;
      // A chart's own scope (site.css's `:where(.gpt-plot)`, Plot's stylesheet) holds for its drawing.
      const target = selectors.includes(':root') || selectors.includes(':where(.gpt-plot)') ? base : selectors.includes(`:root[data-theme='${theme}']`) ? themed : undefined;
      if (!target) continue;
      for (const [name, value] of declarations) target.set(name, value);
    }
  }
  // `:root[data-theme=…]` outranks `:root` whatever the order.
  return new Map([...base, ...themed]);
}

interface RuleBlock {
  /** The rule's selector list, each trimmed, quotes normalised to single. */
  selectors: string[];
  /** The at-rules it sits in, outermost first. */
  context: string[];
  declarations: [string, string][];
}

/** The innermost rule blocks of a stylesheet with their custom-property declarations (enough for a theme). */
export function ruleBlocks(css: string): RuleBlock[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: RuleBlock[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      stack.push(text.slice(start, i).trim());
      start = i + 1;
    } else if (char === '}') {
      const prelude = stack.pop() ?? '';
      const body = text.slice(start, i);
      if (!prelude.startsWith('@') && !body.includes('{')) {
        const declarations = [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)/g)].map((m) => [m[1]!, m[2]!] as [string, string]);
        blocks.push({ selectors: prelude.split(',').map((s) => s.trim().replace(/"/g, "'")), context: stack.filter((p) => p.startsWith('@')), declarations });
      }
      start = i + 1;
    } else if (char === ';' && stack.length > 0 && stack.at(-1)!.startsWith('@') && text.slice(start, i).trim().startsWith('@')) {
      // A statement at-rule (`@import …;`) inside a block: not part of the next prelude.
      start = i + 1;
    } else if (char === ';' && stack.length === 0) {
      start = i + 1;
    }
  }
  return blocks;
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

const cache = new Map<Theme, Map<string, string>>();

/** The site's custom properties for `theme`, each resolved to a plain colour where it is one. */
function themeColours(theme: Theme): Map<string, string> {
  let colours = cache.get(theme);
  if (!colours) {
    const properties = themeProperties([starlightPropsCss(), siteCss], theme);
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

// Draws a ChartModel as an SVG element in the given document: linkedom's at build time, the page's in
// the browser. One function for both, so the static chart and the live one are the same picture.
import * as Plot from '@observablehq/plot';
import type { ChartModel } from './chart-model';
import { FONT_PX } from './layout';
import { floorFontSizes, tidySvg } from './svg-tidy';

/** The class every chart carries: site.css holds, once, the rules Plot would write into each chart. */
export const PLOT_CLASS = 'gpt-plot';

/**
 * `idPrefix` keeps ids unique on the page: Plot numbers its clip paths from 1 in every environment,
 * so a chart drawn in the browser would otherwise reuse the ids of one drawn at build time.
 */
export function drawChart(model: ChartModel, document: Document, idPrefix: string): SVGSVGElement {
  const svg = Plot.plot({ ...model.plot, className: PLOT_CLASS, document, ariaLabel: model.title, ariaDescription: model.description }) as unknown as SVGSVGElement;
  tidySvg(svg);
  floorFontSizes(svg, FONT_PX);
  svg.setAttribute('role', 'img');
  const ns = 'http://www.w3.org/2000/svg';
  const title = document.createElementNS(ns, 'title');
  title.textContent = model.title;
  const desc = document.createElementNS(ns, 'desc');
  desc.textContent = model.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  // aria-description is not yet standard ARIA; the <desc> element carries the description instead.
  svg.removeAttribute('aria-description');
  // Inside role="img" the marks are presentational: Plot's aria-labels on them would be prohibited.
  for (const element of Array.from(svg.querySelectorAll('[aria-label]'))) element.removeAttribute('aria-label');
  prefixIds(svg, idPrefix);
  return svg;
}

const REFERRING = ['clip-path', 'mask', 'fill', 'stroke', 'href', 'marker-start', 'marker-mid', 'marker-end'];
/** Only elements with one of those attributes can refer to an id: no need to read every element's. */
const REFERRING_SELECTOR = REFERRING.map((attribute) => `[${attribute}]`).join(',');

function prefixIds(svg: SVGSVGElement, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of Array.from(svg.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id')!;
    renamed.set(id, `${prefix}${id}`);
    element.setAttribute('id', `${prefix}${id}`);
  }
  if (renamed.size === 0) return;
  for (const element of Array.from(svg.querySelectorAll(REFERRING_SELECTOR))) {
    for (const attribute of REFERRING) {
      const value = element.getAttribute(attribute);
      const match = value?.match(/^url\(#(.+)\)$/) ?? value?.match(/^#(.+)$/);
      const target = match ? renamed.get(match[1]!) : undefined;
      if (target) element.setAttribute(attribute, value!.startsWith('url') ? `url(#${target})` : `#${target}`);
    }
  }
}

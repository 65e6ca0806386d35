// A figure as a file of its own ("Download SVG", the PNG made from it, the build's figure.svg): the
// drawing as on the page, plus what the page gave it: its colours as plain values (the page's CSS
// variables mean nothing elsewhere), a background, and its caption and source line as text under it.
// One function for the build (linkedom, light theme) and the browser (the reader's theme), given the
// drawing and a way to look a colour up.
import { CHART_BACKGROUND, CHART_TEXT, replaceColourVars } from './colour';
import { FONT_PX } from './layout';

export interface StandaloneText {
  /** The caption as the page shows it. */
  caption: string;
  /** The source line, "Source: …". */
  source: string;
  /** Where the figure comes from: the site's name and the page's address. */
  credit: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const LINE = Math.round(FONT_PX * 1.4);
/** A generous average advance of system-ui text, in ems, so a wrapped line never runs past the edge. */
const CHAR_EM = 0.56;

/** Words of `text` in lines of at most `width` pixels at `fontSize`, by an estimated advance. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `drawn` (not changed) as standalone SVG markup: `xmlns` set, no class or page CSS relied on, colours
 * from `colourOf(custom property name)`, the chart's <title> kept, a background, and `text` drawn
 * below the chart, the height grown to hold it.
 */
export function standaloneSvg(drawn: SVGSVGElement, text: StandaloneText, colourOf: (name: string) => string): string {
  const svg = drawn.cloneNode(true) as SVGSVGElement;
  const document = svg.ownerDocument;
  const width = Number(svg.getAttribute('width'));
  const chartHeight = Number(svg.getAttribute('height'));
  if (!(width > 0 && chartHeight > 0)) throw new Error('A chart to stand alone needs its width and height attributes');
  if (!svg.querySelector('title')?.textContent) throw new Error('A chart to stand alone needs its <title>');
  // Pointer tips are the page's interaction, not the figure.
  for (const tip of Array.from(svg.querySelectorAll('g[aria-label="tip"]'))) tip.remove();
  // The class names rules of the page's stylesheet, which the file does not have.
  svg.removeAttribute('class');
  svg.setAttribute('xmlns', SVG_NS);
  // What site.css gives every chart (:where(.gpt-plot) and `figure.chart svg`), inline.
  svg.setAttribute('font-family', svg.getAttribute('font-family') ?? 'system-ui, sans-serif');
  svg.setAttribute('fill', 'currentColor');

  const lines = [
    ...wrapText(text.caption, width - 2 * PAD, FONT_PX).map((line) => ({ line, muted: false })),
    ...[text.source, text.credit].flatMap((part) => wrapText(part, width - 2 * PAD, FONT_PX - 1).map((line) => ({ line, muted: true }))),
  ];
  const height = chartHeight + PAD + lines.length * LINE;
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ width: '100%', height: '100%', fill: `var(${CHART_BACKGROUND})` })) background.setAttribute(name, value);
  const afterDescription = svg.querySelector('desc')?.nextSibling ?? svg.querySelector('title')!.nextSibling;
  svg.insertBefore(background, afterDescription);

  const block = document.createElementNS(SVG_NS, 'g');
  block.setAttribute('text-anchor', 'start');
  lines.forEach(({ line, muted }, i) => {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(PAD));
    element.setAttribute('y', String(chartHeight + PAD + i * LINE + FONT_PX));
    element.setAttribute('font-size', String(muted ? FONT_PX - 1 : FONT_PX));
    if (muted) element.setAttribute('fill-opacity', '0.8');
    element.textContent = line;
    block.append(element);
  });
  svg.append(block);

  return `<?xml version="1.0" encoding="UTF-8"?>\n${replaceColourVars(toXml(svg), colourOf)}\n`;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * `element` as XML. Not outerHTML: an HTML serialiser writes U+00A0 as &nbsp;, which XML lacks, and
 * linkedom's leaves `&` in attributes bare.
 */
export function toXml(element: Element): string {
  const attributes = Array.from(element.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  const children = Array.from(element.childNodes, (node) =>
    node.nodeType === 1 ? toXml(node as Element) : node.nodeType === 3 ? escapeText(node.textContent ?? '') : '',
  ).join('');
  return children ? `<${element.localName}${attributes}>${children}</${element.localName}>` : `<${element.localName}${attributes}/>`;
}

export { CHART_TEXT };

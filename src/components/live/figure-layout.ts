// The live layer draws each figure at its container's width (charts/layout.ts widthFor), and again when
// that width changes: a phone turned, a window resized, a closed tab opened. The build's two drawings
// (regular and narrow, picked by CSS) serve until then.
// Widths come from a ResizeObserver (before its first report, from one reading of them all), never from
// measuring a figure as it is drawn: a measurement between two redrawn figures would force the browser
// to lay the whole page out again each time.
import { REGULAR_WIDTH, widthFor, type ChartLayout } from '../charts/layout';

/** Resizing fires many times a second; redraw once it settles. A figure with no drawing yet is drawn at once. */
const SETTLE_MS = 150;

/** The last width the observer reported for each figure (0 while hidden) and for the text column. */
const widths = new WeakMap<Element, number>();
let column: Element | null = null;

/**
 * Widths read all at once, before the observer's first report (a permalink's state is drawn first):
 * one layout of the page, not one per figure drawn.
 */
function measureAll() {
  column ??= document.querySelector('.sl-markdown-content');
  for (const element of [column, ...document.querySelectorAll('gpt-figure')]) if (element) widths.set(element, element.getBoundingClientRect().width);
}

/** The width `figure` is laid out in; while it is hidden (a closed tab), the text column's, where it will be shown. */
function containerWidth(figure: HTMLElement): number {
  if (!widths.has(figure)) measureAll();
  return widths.get(figure) || (column && widths.get(column)) || REGULAR_WIDTH;
}

/** The layout to draw `figure` in now. */
export function layoutOf(figure: HTMLElement): ChartLayout {
  return { width: widthFor(containerWidth(figure)) };
}

/** Puts a live drawing on screen: it replaces the build's two, being drawn at the width it is shown. */
export function showLive(figure: HTMLElement, svg: SVGSVGElement): void {
  figure.querySelector('[data-plot]')?.replaceChildren(svg);
  figure.querySelector('[data-plot-narrow]')?.remove();
}

/** The width of the drawing on screen (the live one, or the build's regular one); NaN for none yet. */
const drawnWidth = (figure: HTMLElement): number => Number(figure.querySelector('[data-plot] > svg')?.getAttribute('width'));
const undrawn = (figure: HTMLElement): boolean => Number.isNaN(drawnWidth(figure));

/**
 * Calls `redraw` for each figure whose drawing is not at the width its container wants: once for the
 * figures as they are, then whenever one is resized or shown. Hidden figures wait until shown.
 */
export function watchLayout(redraw: (figure: HTMLElement) => void): void {
  const changed = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    for (const figure of changed) {
      if (widths.get(figure) && drawnWidth(figure) !== layoutOf(figure).width) redraw(figure);
    }
    changed.clear();
  };
  // Redrawn outside the observer's callback: a drawing resizes its figure, which would notify it again.
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      widths.set(entry.target, entry.contentRect.width);
      if (entry.target !== column) changed.add(entry.target as HTMLElement);
    }
    clearTimeout(timer);
    timer = setTimeout(settle, [...changed].some(undrawn) ? 0 : SETTLE_MS);
  });
  column ??= document.querySelector('.sl-markdown-content');
  if (column) observer.observe(column);
  for (const figure of document.querySelectorAll<HTMLElement>('gpt-figure')) observer.observe(figure);
}

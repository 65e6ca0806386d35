// Plot's dot mark draws a <circle> per datum. A chart of a thousand dots is then a thousand elements
// for the page to parse, style and lay out, twice over (regular and narrow drawings); drawn as one
// <path> per colour pair it is a few dozen. For dots that need no element of their own: no <title>,
// no link. A tip (Plot's `tip` option) still works, since it reads the mark's channels, not its nodes.
import type * as Plot from '@observablehq/plot';
import { roundNumber } from '../svg-tidy';

const SVG = 'http://www.w3.org/2000/svg';

export interface DotPathOptions {
  /** Radius in px. */
  r: number;
  fillOpacity?: number;
  strokeWidth?: number;
  /** Whether datum `i` is drawn unfilled. (A fill channel of 'none' would not do: Plot's colour scale maps it to nothing, and drops the dot.) */
  hollow?: (i: number) => boolean;
}

/** A circle of radius `r` about (x, y) as path data: two half arcs from its left edge. */
export function circlePath(x: number, y: number, r: number): string {
  const d = roundNumber(2 * r, 1);
  return `M${roundNumber(x - r, 1)},${roundNumber(y, 1)}a${r},${r} 0 1,0 ${d},0a${r},${r} 0 1,0 -${d},0`;
}

/** A `render` for Plot.dot: the same dots, one <path> per (fill, stroke) pair, in the data's order of first appearance. */
export function dotPaths({ r, fillOpacity, strokeWidth, hollow }: DotPathOptions): Plot.RenderFunction {
  return (index, _scales, values, _dimensions, context) => {
    const { x: X, y: Y, fill: F, stroke: S } = values as Record<string, ArrayLike<unknown> | undefined>;
    const groups = new Map<string, { fill: string; stroke: string; d: string[] }>();
    for (const i of index) {
      const x = Number(X?.[i]);
      const y = Number(Y?.[i]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const fill = hollow?.(i) ? 'none' : String(F?.[i] ?? 'none');
      const stroke = String(S?.[i] ?? 'none');
      const key = `${fill}|${stroke}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { fill, stroke, d: [] }));
      group.d.push(circlePath(x, y, r));
    }
    const g = context.document.createElementNS(SVG, 'g');
    g.setAttribute('aria-label', 'dot');
    if (fillOpacity !== undefined) g.setAttribute('fill-opacity', String(fillOpacity));
    if (strokeWidth !== undefined) g.setAttribute('stroke-width', String(strokeWidth));
    for (const { fill, stroke, d } of groups.values()) {
      const path = context.document.createElementNS(SVG, 'path');
      path.setAttribute('fill', fill);
      path.setAttribute('stroke', stroke);
      path.setAttribute('d', d.join(''));
      g.append(path);
    }
    return g;
  };
}

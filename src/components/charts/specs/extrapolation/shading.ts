// The shading: losses beyond GPT-3's data, and losses below the estimated entropy of text. Both come
// from the data (the analysis' losses, ENTROPY_ESTIMATE); a region outside the plotted range is not
// drawn (under chinchilla the grid stops above E, so the entropy region never appears). Each region
// has an edge line and is named at the top of the frame, one row per region, so that close edges
// (GPT-3 175B's loss and the entropy estimate are 14 pixels apart by default) never overprint.
import * as Plot from '@observablehq/plot';
import { isPhoneWidth } from '../../layout';
import { ENTROPY_ESTIMATE } from '../../../../lib/yardstick';
import { INK } from '../../chart-model';
import { FONT_PX, HALO, type Frame } from './frame';
import { ROW_PX } from './legend';

export interface ShadedRegion {
  /** The region's edge at higher loss (its left edge); it runs to the lowest plotted loss. */
  from: number;
  label: string;
  fill: string;
}

export function shadedRegions(frame: Frame): ShadedRegion[] {
  // On a phone a multi-series chart's curve names take the right margin: the names here stay short
  // enough to end inside the frame (the caption says what each region is).
  const short = !frame.single && isPhoneWidth(frame.width);
  const edges = [
    { from: Math.min(...frame.analysis.losses), label: short ? 'beyond data' : "beyond GPT-3's data", fill: INK.shade.beyond },
    { from: ENTROPY_ESTIMATE, label: short ? 'below entropy' : 'below the entropy estimate', fill: INK.shade.entropy },
  ];
  return edges.filter((r) => r.from > frame.lo).map((r) => ({ ...r, from: Math.min(r.from, frame.hi) }));
}

const edgeColour = (region: ShadedRegion): string => (region.fill === INK.shade.entropy ? INK.shade.entropyEdge : INK.muted);

/** Rows at the top of the frame the region names take (the legend goes below them). */
export const shadingRows = (regions: readonly ShadedRegion[]): number => regions.length;
/** The strip above the data that holds the names, pixels. */
export const stripPx = (regions: readonly ShadedRegion[]): number => (regions.length ? 6 + regions.length * ROW_PX : 0);

/** The entropy region is hatched over its tint, so that it reads apart from the region it lies in. */
const HATCH_ID = 'entropy-hatch';

/** A <defs> with the hatch pattern (draw.ts prefixes its id per chart, and the url that names it). */
const hatchDefs: Plot.RenderFunction = (_index, _scales, _values, _dimensions, context) => {
  const ns = 'http://www.w3.org/2000/svg';
  const doc = context.document;
  const defs = doc.createElementNS(ns, 'defs');
  const pattern = doc.createElementNS(ns, 'pattern');
  for (const [k, v] of Object.entries({ id: HATCH_ID, width: '7', height: '7', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })) pattern.setAttribute(k, v);
  const line = doc.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '7', stroke: INK.shade.entropyEdge, 'stroke-width': '1.2', 'stroke-opacity': '0.3' })) line.setAttribute(k, v);
  pattern.appendChild(line);
  defs.appendChild(pattern);
  return defs as unknown as SVGElement;
};

export function shadingMarks(regions: readonly ShadedRegion[], lo: number): Plot.Markish[] {
  // The leftmost region's name on the top row, so that each name starts inside its own region.
  const rows = [...regions].sort((a, b) => b.from - a.from);
  const hatched = regions.some((r) => r.fill === INK.shade.entropy);
  return [
    ...(hatched ? [hatchDefs] : []),
    ...rows.flatMap((region, row) => regionMarks(region, row, lo)),
  ];
}

function regionMarks(region: ShadedRegion, row: number, lo: number): Plot.Markish[] {
  return [
    // Without y1 and y2 a rect spans the frame's full height.
    Plot.rect([region], { x1: 'from', x2: lo, fill: region.fill }),
    ...(region.fill === INK.shade.entropy ? [Plot.rect([region], { x1: 'from', x2: lo, fill: `url(#${HATCH_ID})` })] : []),
    Plot.ruleX([region.from], { stroke: edgeColour(region), strokeOpacity: 0.5 }),
    Plot.text([region], {
      x: 'from',
      frameAnchor: 'top',
      text: (r: ShadedRegion) => `${r.label} →`,
      textAnchor: 'start',
      lineAnchor: 'top',
      dx: 4,
      dy: 4 + row * ROW_PX,
      fill: 'currentColor',
      fontSize: FONT_PX,
      ...HALO,
    }),
  ];
}

/** The caption's sentence on the shading. */
export function shadingText(regions: readonly ShadedRegion[]): string {
  if (regions.length === 0) return '';
  const what = regions.map((r) =>
    r.fill === INK.shade.entropy
      ? `losses below the estimated entropy of text (${ENTROPY_ESTIMATE} nats per token), which a pure power law passes without a floor`
      : "losses beyond GPT-3's data (below GPT-3 175B's loss)",
  );
  return `Shaded: ${what.join('; and, hatched, ')}; ${regions.length > 1 ? 'each region is' : 'it is'} named at the top. `;
}

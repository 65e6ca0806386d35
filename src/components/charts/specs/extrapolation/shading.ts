// §6's warnings drawn on the chart: a light fill over the losses beyond GPT-3's data (below GPT-3
// 175B's loss) and a second over the losses below the estimated entropy of text. Both come from
// the data (the analysis' losses, ENTROPY_ESTIMATE); a region outside the plotted range is not drawn
// (under chinchilla the grid stops above E, so the entropy region never appears).
import * as Plot from '@observablehq/plot';
import { ENTROPY_ESTIMATE } from '../../../../lib/yardstick';
import { INK } from '../../chart-model';
import type { Frame } from './frame';

export interface ShadedRegion {
  /** The region's edge at higher loss (its left edge); it runs to the lowest plotted loss. */
  from: number;
  label: string;
  fill: string;
}

export function shadedRegions(frame: Frame): ShadedRegion[] {
  const edges = [
    { from: Math.min(...frame.analysis.losses), label: "beyond GPT-3's data", fill: INK.shade.beyond },
    { from: ENTROPY_ESTIMATE, label: 'below the entropy estimate', fill: INK.shade.entropy },
  ];
  return edges.filter((r) => r.from > frame.lo).map((r) => ({ ...r, from: Math.min(r.from, frame.hi) }));
}

/** Label lines below the frame's top edge, one per region, so that close edges do not overprint. */
const LINE_PX = 11;

export function shadingMarks(frame: Frame, regions: readonly ShadedRegion[]): Plot.Markish[] {
  return regions.flatMap((region, i) => [
    // Without y1 and y2 a rect spans the frame's full height.
    Plot.rect([region], { x1: 'from', x2: frame.lo, fill: region.fill }),
    Plot.text([region], {
      x: 'from',
      frameAnchor: 'top',
      text: 'label',
      textAnchor: 'start',
      dx: 4,
      dy: 4 + i * LINE_PX,
      fill: INK.muted,
      stroke: 'var(--sl-color-bg)',
      strokeWidth: 3,
      paintOrder: 'stroke',
      fontSize: 9.5,
    }),
  ]);
}

/** The caption's sentence on the shading. */
export function shadingText(regions: readonly ShadedRegion[]): string {
  if (regions.length === 0) return '';
  const what = regions.map((r) =>
    r.fill === INK.shade.entropy
      ? `losses below the estimated entropy of text (${ENTROPY_ESTIMATE} nats per token), which a pure power law passes without a floor`
      : "losses beyond GPT-3's data (below GPT-3 175B's loss)",
  );
  return `Shaded: ${what.join('; and, in a second colour, ')}. `;
}

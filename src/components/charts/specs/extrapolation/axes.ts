// The bottom loss axis and the left score axis (the top axis is compute-axis.ts). The score axis's
// own tick labels give way to the threshold labels that share its margin, so the two never overprint;
// its grid lines stay.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { INK } from '../../chart-model';
import { FONT_PX, type ScoreRange } from './frame';
import { THRESHOLD_GAP_PX, type ThresholdLabel } from './thresholds';

/** Evenly spaced score ticks: every 10 % or 20 %, whatever the range. */
export const scoreTicks = ({ yLo, dataHi }: ScoreRange): number[] => ticks(yLo, dataHi, 7);

/** Where the loss axis's label sits below the frame, pixels (Plot's default, marginBottom − 3, would follow a key placed below). */
export const X_LABEL_OFFSET = 41;

export function frameAxes(scores: ScoreRange, thresholds: readonly ThresholdLabel[], phone = false): Plot.Markish[] {
  const all = scoreTicks(scores);
  const clear = all.filter((t) => thresholds.every((l) => Math.abs(l.y - t) / scores.perPixel >= THRESHOLD_GAP_PX));
  return [
    Plot.gridY(all, { stroke: INK.muted, strokeOpacity: 0.15 }),
    // A phone's frame has room for about five loss ticks side by side.
    Plot.axisX({ anchor: 'bottom', label: 'Loss (nats per token), falling →', labelOffset: X_LABEL_OFFSET, ticks: phone ? 5 : 10, fontSize: FONT_PX }),
    Plot.axisY(clear, {
      anchor: 'left',
      tickFormat: '.0%',
      label: 'Normalised score (0% = chance, 100% = ceiling)',
      labelAnchor: 'center',
      labelArrow: 'none',
      fontSize: FONT_PX,
      color: INK.muted,
    }),
  ];
}

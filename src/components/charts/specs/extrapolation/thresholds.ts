// Chance and ceiling (0 and 1) as dashed lines, and the thresholds as dotted lines labelled in the
// left margin at their height, where no curve runs: the labels are nudged apart where thresholds lie
// close (95 % and 99 %), with a short leader back to their line.
import * as Plot from '@observablehq/plot';
import { INK } from '../../chart-model';
import { dodge } from '../dodge';
import { thresholdText } from '../labels';
import { at, FONT_PX, type Frame, type ScoreRange } from './frame';

/** Threshold labels are at least this many pixels apart, centre to centre. */
export const THRESHOLD_GAP_PX = FONT_PX + 2;
/** Leader length in the margin, pixels; the label's right edge is this far left of the frame. */
const LEADER_PX = 6;

export interface ThresholdLabel {
  /** The score the label names: a threshold, or chance (0) and the ceiling (1). */
  threshold: number;
  /** Chance and the ceiling are labelled like ticks; thresholds stand out. */
  kind: 'threshold' | 'bound';
  /** Where the label sits (a score: it may differ from the threshold where labels were nudged apart). */
  y: number;
  text: string;
}

/**
 * The thresholds inside the plotted range, and chance and the ceiling, each with where its label
 * goes (99 % and the 100 % ceiling are 3 pixels apart: both stay labelled, nudged apart).
 */
export function thresholdLabels(frame: Frame, scores: ScoreRange): ThresholdLabel[] {
  const thresholds = frame.analysis.assumptions.thresholds.filter((t) => t !== 0 && t !== 1);
  const shown = [
    ...thresholds.map((threshold) => ({ threshold, kind: 'threshold' as const })),
    { threshold: 0, kind: 'bound' as const },
    { threshold: 1, kind: 'bound' as const },
  ].filter((l) => l.threshold >= scores.yLo && l.threshold <= scores.dataHi);
  const gap = THRESHOLD_GAP_PX * scores.perPixel;
  const placed = dodge(
    shown.map((l) => l.threshold),
    gap,
    scores.yLo + gap / 2,
    scores.yHi - gap / 2,
  );
  return shown.map((l, i) => ({ ...l, y: placed[i]!, text: thresholdText(l.threshold) }));
}

export function thresholdMarks(frame: Frame, scores: ScoreRange, labels: readonly ThresholdLabel[]): Plot.Markish[] {
  const edge = frame.hi;
  const leaderEnd = at(frame, scores, -LEADER_PX, 0).loss;
  const thresholds = labels.filter((l) => l.kind === 'threshold');
  const bounds = labels.filter((l) => l.kind === 'bound');
  return [
    Plot.ruleY([0, 1], { stroke: INK.muted, strokeDasharray: '4,3' }),
    Plot.ruleY(thresholds, { y: 'threshold', stroke: INK.muted, strokeOpacity: 0.9, strokeDasharray: '1,3' }),
    Plot.link(labels, { x1: edge, y1: 'threshold', x2: leaderEnd, y2: 'y', stroke: INK.muted, strokeWidth: 1 }),
    Plot.text(thresholds, { x: leaderEnd, y: 'y', text: 'text', textAnchor: 'end', dx: -2, fill: 'currentColor', fontWeight: 700, fontSize: FONT_PX }),
    Plot.text(bounds, { x: leaderEnd, y: 'y', text: 'text', textAnchor: 'end', dx: -2, fill: INK.muted, fontSize: FONT_PX }),
  ];
}

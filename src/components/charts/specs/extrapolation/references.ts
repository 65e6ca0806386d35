// The reference quantities (GPT-3's own compute, parameters and tokens, $1 billion of compute, …)
// converted to loss, as dashed vertical lines, each with its own rotated label at the foot of the
// frame (where the curves, high by then, usually leave room; where a curve would cross the label, it
// hangs from the top instead). Lines at the same or nearly the same loss (GPT-3's three coincide: the
// yardstick puts each at 175B's own loss) get their labels fanned out side by side (dodge.ts), each
// joined to its line by a short leader.
import * as Plot from '@observablehq/plot';
import { formatLoss } from '../../../../lib/format';
import type { Analysis } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { dodge } from '../dodge';
import { shortReferenceLabel } from '../labels';
import { FONT_PX, HALO, lossPerPixel, type Frame, type ScoreRange } from './frame';

type ReferenceLoss = Analysis['referenceLosses'][number];
export type PlacedReference = ReferenceLoss & { loss: number };

export interface ReferenceLabel {
  /** The line's loss. */
  loss: number;
  /** Where the label sits (a loss: it may differ from the line's where labels were fanned out). */
  at: number;
  text: string;
}

export interface References {
  inRange: PlacedReference[];
  outOfRange: ReferenceLoss[];
  /** One label per line. */
  labels: ReferenceLabel[];
}

/** Rotated labels are at least this many pixels apart, centre to centre. */
const LABEL_GAP_PX = FONT_PX + 2;
/** The leader from a line's foot to its label rises this many pixels. */
export const LEADER_PX = 10;

export function placeReferences(frame: Frame): References {
  const inside = (r: ReferenceLoss): r is PlacedReference => r.loss !== null && r.loss >= frame.lo && r.loss <= frame.hi;
  const all = frame.analysis.referenceLosses;
  const inRange = all.filter(inside);
  const gap = LABEL_GAP_PX * lossPerPixel(frame);
  const placed = dodge(
    inRange.map((r) => r.loss),
    gap,
    frame.lo + gap / 2,
    frame.hi - gap / 2,
  );
  const labels = inRange.map((r, i) => ({ loss: r.loss, at: placed[i]!, text: shortReferenceLabel(r.reference) }));
  return { inRange, outOfRange: all.filter((r) => !inside(r)), labels };
}

/** An average character's width at FONT_PX: a rotated label's length. */
const CHAR_PX = 0.56 * FONT_PX;

/** Whether label `l`, running from `from` to `to` (scores), would cross a curve drawn near its loss. */
function crossesCurve(frame: Frame, l: ReferenceLabel, from: number, to: number, curves: readonly { loss: number; score: number }[]): boolean {
  const near = LABEL_GAP_PX * lossPerPixel(frame);
  return curves.some((c) => Math.abs(c.loss - l.at) <= near && c.score >= from && c.score <= to);
}

export function referenceMarks(frame: Frame, references: References, scores: ScoreRange, curves: readonly { loss: number; score: number }[]): Plot.Markish[] {
  const leader = LEADER_PX * scores.perPixel;
  const length = (l: ReferenceLabel) => (l.text.length * CHAR_PX + 4) * scores.perPixel + leader;
  // A fanned-out group (labels a gap apart) moves together, so its leaders still meet.
  const groups: ReferenceLabel[][] = [];
  const gap = LABEL_GAP_PX * lossPerPixel(frame) * 1.01;
  for (const l of [...references.labels].sort((a, b) => a.at - b.at)) {
    const last = groups[groups.length - 1];
    if (last && l.at - last[last.length - 1]!.at <= gap) last.push(l);
    else groups.push([l]);
  }
  const crossesFoot = (l: ReferenceLabel) => crossesCurve(frame, l, scores.yLo, scores.yLo + length(l), curves);
  const crossesHead = (l: ReferenceLabel) => crossesCurve(frame, l, scores.dataHi - length(l), scores.dataHi, curves);
  const hung = groups.filter((g) => g.some(crossesFoot) && !g.some(crossesHead)).flat();
  const head = references.labels.filter((l) => hung.includes(l));
  const foot = references.labels.filter((l) => !hung.includes(l));
  const text = { x: 'at', text: 'text', rotate: -90, lineAnchor: 'middle', fill: INK.reference, fontSize: FONT_PX, ...HALO } as const;
  return [
    Plot.ruleX(references.inRange, { x: 'loss', stroke: INK.reference, strokeDasharray: '4,3', strokeOpacity: 0.8 }),
    Plot.link(foot, { x1: 'loss', y1: scores.yLo, x2: 'at', y2: scores.yLo + leader, stroke: INK.reference, strokeOpacity: 0.8 }),
    Plot.link(head, { x1: 'loss', y1: scores.dataHi, x2: 'at', y2: scores.dataHi - leader, stroke: INK.reference, strokeOpacity: 0.8 }),
    Plot.text(foot, { ...text, y: scores.yLo + leader, textAnchor: 'start', dy: -2 }),
    Plot.text(head, { ...text, y: scores.dataHi - leader, textAnchor: 'end', dy: 2 }),
  ];
}

/** The caption's note of the references not drawn, and why; empty when all are drawn. */
export function notDrawnText(references: References): string {
  if (references.outOfRange.length === 0) return '';
  const why = (r: ReferenceLoss) => (r.loss === null ? 'reaches no loss' : `loss ${formatLoss(r.loss)}, outside the plotted range`);
  return ` Not drawn: ${references.outOfRange.map((r) => `${r.reference.label} (${why(r)})`).join('; ')}.`;
}

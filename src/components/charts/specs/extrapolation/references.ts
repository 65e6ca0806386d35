// The reference quantities (GPT-3's own compute, $1B of compute, …) converted to loss, as dashed
// vertical lines with rotated labels; lines too close to label apart share one label.
import * as Plot from '@observablehq/plot';
import { formatLoss } from '../../../../lib/format';
import type { Analysis } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { shortReferenceLabel } from '../labels';
import { lossPerPixel, type Frame } from './frame';

type ReferenceLoss = Analysis['referenceLosses'][number];
export type PlacedReference = ReferenceLoss & { loss: number };

export interface References {
  inRange: PlacedReference[];
  outOfRange: ReferenceLoss[];
  /** One label per group of lines closer than a label's width. */
  labels: { loss: number; text: string }[];
}

/** Labels closer than this many pixels share one. */
const LABEL_GAP_PX = 13;

export function placeReferences(frame: Frame): References {
  const inside = (r: ReferenceLoss): r is PlacedReference => r.loss !== null && r.loss >= frame.lo && r.loss <= frame.hi;
  const all = frame.analysis.referenceLosses;
  const inRange = all.filter(inside);
  const labels: References['labels'] = [];
  for (const r of [...inRange].sort((a, b) => b.loss - a.loss)) {
    const last = labels[labels.length - 1];
    if (last && Math.abs(last.loss - r.loss) / lossPerPixel(frame) < LABEL_GAP_PX) last.text = joinLabels(last.text, shortReferenceLabel(r.reference));
    else labels.push({ loss: r.loss, text: shortReferenceLabel(r.reference) });
  }
  return { inRange, outOfRange: all.filter((r) => !inside(r)), labels };
}

/** "GPT-3 FLOP" + "GPT-3 params" → "GPT-3 FLOP · params": labels of lines too close to label apart. */
function joinLabels(text: string, next: string): string {
  const words = text.split(' · ')[0]!.split(' ');
  const prefix = words.length > 1 ? `${words[0]} ` : '';
  return `${text} · ${prefix && next.startsWith(prefix) ? next.slice(prefix.length) : next}`;
}

export function referenceMarks(references: References, yLo: number): Plot.Markish[] {
  return [
    Plot.ruleX(references.inRange, { x: 'loss', stroke: INK.reference, strokeDasharray: '4,3', strokeOpacity: 0.8 }),
    Plot.text(references.labels, {
      x: 'loss',
      y: yLo,
      text: 'text',
      rotate: -90,
      textAnchor: 'start',
      lineAnchor: 'bottom',
      dx: -3,
      dy: -4,
      fill: INK.reference,
      fontSize: 9.5,
    }),
  ];
}

/** The caption's note of the references not drawn, and why; empty when all are drawn. */
export function notDrawnText(references: References): string {
  if (references.outOfRange.length === 0) return '';
  const why = (r: ReferenceLoss) => (r.loss === null ? 'reaches no loss' : `loss ${formatLoss(r.loss)}, outside the plotted range`);
  return ` Not drawn: ${references.outOfRange.map((r) => `${r.reference.label} (${why(r)})`).join('; ')}.`;
}

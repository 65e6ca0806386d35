// On a multi-series chart each curve is named at its end, in the right margin, in its colour, instead
// of a legend over the data. Curves that end close together (most saturate near the ceiling) have
// their names nudged apart (dodge.ts) and joined to their curve's end by a short leader.
import * as Plot from '@observablehq/plot';
import { curveAt } from '../../../../lib/axis';
import type { Series } from '../../../../lib/types';
import { dodge } from '../dodge';
import { seriesName } from '../labels';
import { drawnWeak, WEAK_OPACITY } from './curves';
import { at, curveColour, FONT_PX, HALO, innerWidth, labelColour, leadForm, type Frame, type ScoreRange } from './frame';

/** Names are at least this many pixels apart, centre to centre. */
const GAP_PX = FONT_PX + 2;
/** The leader runs this far into the margin; the name starts just after it. */
const LEADER_PX = 10;
/** Marks a weak fit's name; the caption explains it. */
export const WEAK_MARK = ' *';

export interface EndLabel {
  i: number;
  text: string;
  /** Where the curve ends (its score at the lowest plotted loss, within the frame), or null without a fit. */
  end: number | null;
  /** Where the name sits. */
  y: number;
}

/** A series' score at the chart's right edge: its lead form's curve, or the other form's, or none. */
function endScore(frame: Frame, s: Series): number | null {
  const lead = leadForm(frame);
  for (const form of [lead, ...frame.forms.filter((f) => f !== lead)]) {
    const score = curveAt(form, s[form], frame.lo, frame.analysis.axis);
    if (score !== null) return score;
  }
  return null;
}

export function endLabels(frame: Frame, scores: ScoreRange): EndLabel[] {
  if (frame.single) return [];
  const clamp = (y: number) => Math.min(scores.dataHi, Math.max(scores.yLo, y));
  const wanted = frame.list.map((s) => {
    const end = endScore(frame, s);
    // Without a fit, the name sits at the largest model's score.
    return { end: end === null ? null : clamp(end), want: clamp(end ?? s.y[s.y.length - 1]!) };
  });
  const gap = GAP_PX * scores.perPixel;
  const placed = dodge(
    wanted.map((w) => w.want),
    gap,
    scores.yLo + gap / 2,
    scores.yHi - gap / 2,
  );
  return frame.list.map((s, i) => ({
    i,
    text: `${seriesName(s)}${drawnWeak(frame, i) ? WEAK_MARK : ''}${wanted[i]!.end === null ? ' (no fit)' : ''}`,
    end: wanted[i]!.end,
    y: placed[i]!,
  }));
}

export function endLabelMarks(frame: Frame, scores: ScoreRange, labels: readonly EndLabel[]): Plot.Markish[] {
  if (labels.length === 0) return [];
  const leaderEnd = at(frame, scores, innerWidth(frame) + LEADER_PX, 0).loss;
  // Opacity is a constant per mark (a channel would be scaled), so weak fits' leaders are their own mark.
  const leaders = (weak: boolean) =>
    Plot.link(
      labels.filter((l) => l.end !== null && drawnWeak(frame, l.i) === weak),
      {
        x1: frame.lo,
        y1: 'end',
        x2: leaderEnd,
        y2: 'y',
        stroke: (l: EndLabel) => curveColour(frame, l.i, leadForm(frame)),
        strokeOpacity: weak ? WEAK_OPACITY : 0.9,
        strokeWidth: 1,
      },
    );
  return [
    leaders(false),
    leaders(true),
    Plot.text(labels, {
      x: leaderEnd,
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      dx: 3,
      fill: (l: EndLabel) => labelColour(frame, l.i),
      fontSize: FONT_PX,
      ...HALO,
    }),
  ];
}

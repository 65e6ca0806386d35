// A key to every mark of a single-series chart, at the top left (high loss, high score: where no
// curve runs), below the shading's labels: the models' points, each fit's line, the bands, and the
// fits that failed. On a phone's drawing the top left is taken by the thresholds' labels and the
// curves' rise, so the key goes below the loss axis, in room added to the drawing (keyBelow). A multi-series chart names its curves at their ends instead (end-labels.ts) and
// keys only its line styles, when it draws both forms.
import * as Plot from '@observablehq/plot';
import { noFitText } from '../../../../lib/fit-sentences';
import type { FitFailure } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { seriesName } from '../labels';
import { BAND_OPACITY, drawnBands } from './bands';
import { LINEAR_DASH } from './curves';
import { at, FONT_PX, HALO, innerHeight, leadForm, type Frame, type ScoreRange } from './frame';
import { X_LABEL_OFFSET } from './axes';
import { isPhoneWidth } from '../../layout';

/** Height of a legend row, pixels. */
export const ROW_PX = FONT_PX + 4;
/** The swatch runs from SWATCH.from to SWATCH.to pixels right of the frame's left edge; text follows. */
const SWATCH = { from: 8, to: 28, text: 34 };
/** An average character's width at FONT_PX, for the key's backing card. */
const CHAR_PX = 0.56 * FONT_PX;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "Arithmetic, linear: no fit (…)" for every failed fit. */
export function failedFits(frame: Frame): string[] {
  return frame.list.flatMap((s) => frame.forms.flatMap((form) => (s[form].ok ? [] : [`${seriesName(s)}: ${noFitText(form, s[form] as FitFailure)}`])));
}

type Swatch = { kind: 'dot' } | { kind: 'line'; stroke: string; dash?: string } | { kind: 'band'; fill: string };
export interface LegendEntry {
  swatch: Swatch;
  text: string;
}

/** What the key lists, top to bottom. */
export function legendEntries(frame: Frame): LegendEntry[] {
  if (!frame.single) {
    return frame.forms.length === 2
      ? frame.forms.map((form) => ({ swatch: { kind: 'line', stroke: 'currentColor', ...(form === 'linear' ? { dash: LINEAR_DASH } : {}) }, text: `${form} fit` }))
      : [];
  }
  const s = frame.list[0]!;
  const models = COUNT_WORDS[s.x.length] ?? String(s.x.length);
  const lead = leadForm(frame);
  const entries: LegendEntry[] = [{ swatch: { kind: 'dot' }, text: `the ${models} GPT-3 models` }];
  for (const form of frame.forms) {
    if (!s[form].ok) continue;
    entries.push({ swatch: { kind: 'line', stroke: INK[form], ...(form === 'linear' ? { dash: LINEAR_DASH } : {}) }, text: `${form} fit` });
  }
  if (drawnBands(frame, s, lead)) {
    entries.push({ swatch: { kind: 'band', fill: INK[lead] }, text: `80% and 95% ranges${frame.forms.length > 1 ? ` (${lead})` : ''}` });
  }
  return entries;
}

/** Characters per line of the failed fits' note, which wraps. */
const FAILURE_LINE_CHARS = 40;

/** The key's rows: an entry each, and the lines of the failed fits' note. */
const keyRows = (frame: Frame, entries: readonly LegendEntry[]) =>
  entries.length + failedFits(frame).reduce((lines, text) => lines + Math.ceil(text.length / FAILURE_LINE_CHARS), 0);

/** Whether the key goes below the chart (a single series drawn narrow). */
export const keyBelow = (frame: Frame): boolean => frame.single && isPhoneWidth(frame.width);

/** The frame with room below the loss axis's label for the key, where it goes there. */
export function withKeyRoom(frame: Frame, entries: readonly LegendEntry[]): Frame {
  if (!keyBelow(frame)) return frame;
  const room = X_LABEL_OFFSET + 6 + keyRows(frame, entries) * ROW_PX - frame.margin.bottom;
  return room <= 0 ? frame : { ...frame, height: frame.height + room, margin: { ...frame.margin, bottom: frame.margin.bottom + room } };
}

/** `firstRow`: rows above are taken (by the shading's labels). */
export function legendMarks(frame: Frame, scores: ScoreRange, entries: readonly LegendEntry[], firstRow: number): Plot.Markish[] {
  const below = keyBelow(frame);
  const rowY = below ? (r: number) => innerHeight(frame) + X_LABEL_OFFSET + 6 + (r + 0.5) * ROW_PX : (r: number) => 6 + (firstRow + r + 0.5) * ROW_PX;
  const point = (px: number, r: number, dy = 0) => at(frame, scores, px, rowY(r) + dy);
  const marks: Plot.Markish[] = [];
  if (entries.length > 0 && !below) {
    // A backing card, so that the key reads over the threshold and grid lines it sits on.
    const chars = Math.max(...entries.map((e) => e.text.length));
    const a = at(frame, scores, SWATCH.from - 5, rowY(0) - ROW_PX / 2 - 2);
    const b = at(frame, scores, SWATCH.text + chars * CHAR_PX + 6, rowY(entries.length - 1) + ROW_PX / 2 + 2);
    marks.push(Plot.rect([{ a, b }], { x1: () => a.loss, x2: () => b.loss, y1: () => a.score, y2: () => b.score, fill: INK.background, fillOpacity: 0.88, stroke: INK.muted, strokeOpacity: 0.35, rx: 3 }));
  }
  entries.forEach((entry, r) => {
    const { swatch } = entry;
    if (swatch.kind === 'dot') {
      marks.push(Plot.dot([point((SWATCH.from + SWATCH.to) / 2, r)], { x: 'loss', y: 'score', r: 3.5, fill: INK.points, stroke: INK.background, strokeWidth: 0.5 }));
    } else if (swatch.kind === 'line') {
      const [a, b] = [point(SWATCH.from, r), point(SWATCH.to, r)];
      marks.push(Plot.link([{ a, b }], { x1: () => a.loss, y1: () => a.score, x2: () => b.loss, y2: () => b.score, stroke: swatch.stroke, strokeWidth: 2.2, ...(swatch.dash ? { strokeDasharray: swatch.dash } : {}) }));
    } else {
      // As on the chart: the 95 % range, and the 80 % range over it.
      const [outer, inner] = [5, 2.5].map((h) => ({ a: point(SWATCH.from, r, -h), b: point(SWATCH.to, r, h) }));
      for (const [box, opacity] of [[outer!, BAND_OPACITY.outer], [inner!, BAND_OPACITY.inner]] as const) {
        marks.push(Plot.rect([box], { x1: () => box.a.loss, x2: () => box.b.loss, y1: () => box.a.score, y2: () => box.b.score, fill: swatch.fill, fillOpacity: opacity }));
      }
    }
  });
  marks.push(
    Plot.text(
      entries.map((entry, r) => ({ ...point(SWATCH.text, r), text: entry.text })),
      { x: 'loss', y: 'score', text: 'text', textAnchor: 'start', fill: 'currentColor', fontSize: FONT_PX, ...HALO },
    ),
  );
  if (frame.single) {
    const failures = failedFits(frame);
    if (failures.length) {
      const where = point(SWATCH.from, entries.length);
      marks.push(Plot.text([failures.join('\n')], { x: where.loss, y: where.score, textAnchor: 'start', lineAnchor: 'top', fill: INK.muted, lineWidth: FAILURE_LINE_CHARS, fontSize: FONT_PX, ...HALO }));
    }
  }
  return marks;
}

// On a multi-series chart, a legend inside the frame (top left: high loss and high score, where no
// curve runs); on a single series, the fits that failed, in words.
import type { FitFailure } from '../../../../lib/types';
import { noFitText } from '../../../../lib/fit-sentences';
import * as Plot from '@observablehq/plot';
import type { FitForm, Series } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { paletteColour, seriesName } from '../labels';
import type { Frame, ScoreRange } from './frame';

/** Height of a legend line, pixels. */
const LINE_PX = 14;

/** "Arithmetic, linear: no fit (…)" for every failed fit. */
export function failedFits(frame: Frame): string[] {
  return frame.list.flatMap((s) => frame.forms.flatMap((form) => (s[form].ok ? [] : [`${seriesName(s)}: ${noFitText(form, s[form] as FitFailure)}`])));
}

function failureNote(s: Series, forms: FitForm[]): string {
  const failed = forms.filter((f) => !s[f].ok);
  return failed.length ? ` (no ${failed.join('/')} fit)` : '';
}

export function legendMarks(frame: Frame, { yHi, perPixel }: ScoreRange): Plot.Markish[] {
  if (frame.single) {
    const failures = failedFits(frame);
    return failures.length ? [Plot.text([failures.join('\n')], { frameAnchor: 'top-left', dx: 6, dy: 6, fill: INK.muted, lineWidth: 40 })] : [];
  }
  const entries = frame.list.map((s, i) => ({ loss: frame.hi, score: yHi - (i + 0.6) * LINE_PX * perPixel, text: seriesName(s) + failureNote(s, frame.forms), i }));
  const formNote = frame.forms.length === 2 ? 'dashed: linear; solid: logistic' : `${frame.forms[0]} fit`;
  return [
    Plot.dot(entries, { x: 'loss', y: 'score', fill: (d: { i: number }) => paletteColour(d.i), r: 4, dx: 8 }),
    Plot.text(entries, { x: 'loss', y: 'score', text: 'text', textAnchor: 'start', dx: 16, fill: 'currentColor', fontSize: 10 }),
    Plot.text([formNote], { x: frame.hi, y: yHi - (entries.length + 0.6) * LINE_PX * perPixel, textAnchor: 'start', dx: 4, fill: INK.muted, fontSize: 10 }),
  ];
}

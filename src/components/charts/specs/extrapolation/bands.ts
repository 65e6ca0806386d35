// The bootstrap's 80 % and 95 % bands around each fitted curve, on single-series charts only (on a
// multi-series chart they would hide each other; the caption says so).
import * as Plot from '@observablehq/plot';
import type { Bands, FitForm, Series } from '../../../../lib/types';
import { INK } from '../../chart-model';
import type { Frame } from './frame';

/** The bands drawn for one curve, if any. */
export const drawnBands = (frame: Frame, s: Series, form: FitForm): Bands | undefined => (frame.single ? s.bands?.[form] : undefined);

export interface BandPoint {
  form: FitForm;
  loss: number;
  lo95: number;
  hi95: number;
  lo80: number;
  hi80: number;
}

export function bandPoints(frame: Frame): BandPoint[] {
  return frame.list.flatMap((s) =>
    frame.forms.flatMap((form) => {
      const b = drawnBands(frame, s, form);
      return b ? b.loss.map((loss, j) => ({ form, loss, lo95: b.lo95[j]!, hi95: b.hi95[j]!, lo80: b.lo80[j]!, hi80: b.hi80[j]! })) : [];
    }),
  );
}

export function bandMarks(frame: Frame, bands: readonly BandPoint[]): Plot.Markish[] {
  return frame.forms.flatMap((form) => {
    const own = bands.filter((b) => b.form === form);
    return [
      Plot.areaY(own, { x: 'loss', y1: 'lo95', y2: 'hi95', fill: INK[form], fillOpacity: 0.1, clip: true }),
      Plot.areaY(own, { x: 'loss', y1: 'lo80', y2: 'hi80', fill: INK[form], fillOpacity: 0.16, clip: true }),
    ];
  });
}

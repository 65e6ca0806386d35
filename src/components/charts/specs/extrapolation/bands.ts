// The bootstrap's 80 % and 95 % bands around one fitted curve: on single-series charts only (on a
// multi-series chart they would hide each other), and around one form only, the reader's chosen one
// (two forms' bands overlap into a muddy third colour; the caption says whose they are).
import * as Plot from '@observablehq/plot';
import type { Bands, FitForm, Series } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { leadForm, type Frame } from './frame';

/** The bands drawn for one curve, if any. */
export const drawnBands = (frame: Frame, s: Series, form: FitForm): Bands | undefined =>
  frame.single && form === leadForm(frame) ? s.bands?.[form] : undefined;

/** Fill opacities: light enough that the curves, points and lines beneath read through. */
export const BAND_OPACITY = { outer: 0.1, inner: 0.16 } as const;

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

export function bandMarks(bands: readonly BandPoint[]): Plot.Markish[] {
  const form = bands[0]?.form;
  if (!form) return [];
  return [
    Plot.areaY(bands, { x: 'loss', y1: 'lo95', y2: 'hi95', fill: INK[form], fillOpacity: BAND_OPACITY.outer, clip: true }),
    Plot.areaY(bands, { x: 'loss', y1: 'lo80', y2: 'hi80', fill: INK[form], fillOpacity: BAND_OPACITY.inner, clip: true }),
  ];
}

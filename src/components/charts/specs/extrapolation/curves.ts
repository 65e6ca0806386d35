// The fitted curves and the eight GPT-3 models' points, one colour per series (or per form on a
// single-series chart). On a multi-series chart the least trustworthy fits (trust.ts) are faded and
// dotted, so the eye settles on the curves that rest on a real rise.
import * as Plot from '@observablehq/plot';
import { curveAt } from '../../../../lib/axis';
import { seriesRefText } from '../../../../lib/series-ref';
import type { Dataset, FitForm, Series } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { seriesName } from '../labels';
import { curveColour, pointColour, type Frame } from './frame';

/** Rows of the table: the grid thinned to about this many losses. */
export const TABLE_ROWS = 25;

/** The grid thinned to about `count` losses, first and last included. */
export function thinGrid(grid: readonly number[], count = TABLE_ROWS): number[] {
  if (grid.length <= count) return [...grid];
  return Array.from({ length: count }, (_, k) => grid[Math.round((k * (grid.length - 1)) / (count - 1))]!);
}

/** A curve's key in the marks' data and the table's columns: `overall:logistic`. */
export const curveKey = (s: Series, form: FitForm): string => `${seriesRefText(s)}:${form}`;

export interface CurvePoint {
  key: string;
  loss: number;
  score: number;
}

/**
 * Every curve on every other point of the analysis' grid: smooth enough, and half the drawing work
 * when a reader's change redraws eleven of them.
 */
export function curvePoints(frame: Frame): CurvePoint[] {
  const { analysis, forms, list } = frame;
  const grid = thinGrid(analysis.grid, Math.ceil(analysis.grid.length / 2));
  return list.flatMap((s) =>
    forms.flatMap((form) =>
      grid.flatMap((loss) => {
        const score = curveAt(form, s[form], loss, analysis.axis);
        return score === null ? [] : [{ key: curveKey(s, form), loss, score }];
      }),
    ),
  );
}

/** Dashes: a linear fit is dashed; a weak fit's logistic dotted (a weak linear fit stays dashed, and faded). */
export const LINEAR_DASH = '6,4';
export const WEAK_DASH = '1.5,3';
/** How much of a weak fit's colour shows. */
export const WEAK_OPACITY = 0.6;

/** Whether series i is drawn as a weak fit: only on a multi-series chart, where it sits among trusted ones. */
export const drawnWeak = (frame: Frame, i: number): boolean => !frame.single && frame.weak[i]!;

function dash(frame: Frame, i: number, form: FitForm): string | undefined {
  if (form === 'linear') return LINEAR_DASH;
  return drawnWeak(frame, i) ? WEAK_DASH : undefined;
}

export function curveMarks(frame: Frame, curves: readonly CurvePoint[]): Plot.Markish[] {
  return frame.list.flatMap((s, i) =>
    frame.forms.map((form) => {
      const pattern = dash(frame, i, form);
      return Plot.line(
        curves.filter((c) => c.key === curveKey(s, form)),
        {
          x: 'loss',
          y: 'score',
          stroke: curveColour(frame, i, form),
          strokeWidth: frame.single ? 2.2 : drawnWeak(frame, i) ? 1.8 : 1.7,
          strokeOpacity: drawnWeak(frame, i) ? WEAK_OPACITY : 1,
          clip: true,
          ...(pattern ? { strokeDasharray: pattern } : {}),
        },
      );
    }),
  );
}

export interface ModelPoint {
  series: string;
  model: string;
  loss: number;
  score: number;
  i: number;
}

export function modelPoints(frame: Frame, dataset: Dataset): ModelPoint[] {
  return frame.list.flatMap((s, i) =>
    dataset.models.map((m, j) => ({ series: seriesName(s), model: m.label, loss: s.x[j]!, score: s.y[j]!, i })),
  );
}

export function pointMarks(frame: Frame, points: readonly ModelPoint[]): Plot.Markish[] {
  return frame.list.map((_, i) =>
    Plot.dot(
      points.filter((p) => p.i === i),
      {
        x: 'loss',
        y: 'score',
        fill: pointColour(frame, i),
        fillOpacity: drawnWeak(frame, i) ? WEAK_OPACITY : 1,
        r: frame.single ? 3.5 : 2.5,
        stroke: INK.background,
        strokeWidth: 0.5,
        tip: true,
        channels: { Series: 'series', Model: 'model' },
      },
    ),
  );
}

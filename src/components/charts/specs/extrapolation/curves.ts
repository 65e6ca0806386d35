// The fitted curves and the eight GPT-3 models' points, one colour per series (or per form on a
// single-series chart).
import * as Plot from '@observablehq/plot';
import { curveAt } from '../../../../lib/axis';
import { seriesRefText } from '../../../../lib/series-ref';
import type { Dataset, FitForm, Series } from '../../../../lib/types';
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

export function curveMarks(frame: Frame, curves: readonly CurvePoint[]): Plot.Markish[] {
  return frame.list.flatMap((s, i) =>
    frame.forms.map((form) =>
      Plot.line(
        curves.filter((c) => c.key === curveKey(s, form)),
        {
          x: 'loss',
          y: 'score',
          stroke: curveColour(frame, i, form),
          strokeWidth: frame.single ? 2.2 : 1.6,
          clip: true,
          ...(form === 'linear' ? { strokeDasharray: '6,4' } : {}),
        },
      ),
    ),
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
        r: frame.single ? 3.5 : 2.5,
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 0.5,
        tip: true,
        channels: { Series: 'series', Model: 'model' },
      },
    ),
  );
}

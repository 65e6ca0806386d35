// What every part of the extrapolation chart shares: the series and forms it draws, the loss range,
// the score range, the drawing's size, and the colours of series and points.
import { findSeries } from '../../../../lib/analyse';
import { parseSeriesList } from '../../../../lib/series-ref';
import type { Analysis, Dataset, FitForm, Series, Setting } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { paletteColour } from '../labels';
import { formsOf, type FitChoice } from '../series';

export interface ExtrapolationChartOptions {
  /** `overall`, `categories`, a category or task id, or a comma-separated list of those. */
  series: string;
  fit: FitChoice;
  /** Defaults to the analysis' chosen setting (the only one with bootstrap bands). */
  setting?: Setting;
}

export const WIDTH = 720;
export const HEIGHT = 470;
export const MARGIN = { top: 84, right: 24, bottom: 44, left: 52 };
export const INNER_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const INNER_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Highest and lowest normalised score the chart shows; straight lines run on beyond and are clipped. */
const Y_CAP = { lo: -0.3, hi: 1.15 };

export interface Frame {
  analysis: Analysis;
  setting: Setting;
  forms: FitForm[];
  list: Series[];
  /** One series: the fit forms' colours, and bands. Several: the palette, and no bands (they would hide each other). */
  single: boolean;
  /** The plotted loss range: the analysis' grid. */
  lo: number;
  hi: number;
}

export function frameOf(analysis: Analysis, dataset: Dataset, options: ExtrapolationChartOptions): Frame {
  const setting = options.setting ?? analysis.assumptions.setting;
  const list = parseSeriesList(options.series, dataset).map((ref) => findSeries(analysis, ref, setting));
  return {
    analysis,
    setting,
    forms: formsOf(options.fit, analysis),
    list,
    single: list.length === 1,
    lo: Math.min(...analysis.grid),
    hi: Math.max(...analysis.grid),
  };
}

/** The plotted score range: everything drawn, within Y_CAP, and at least chance to ceiling. */
export interface ScoreRange {
  yLo: number;
  yHi: number;
  /** Score per pixel, to place text a number of pixels apart. */
  perPixel: number;
}

export function scoreRange(shown: readonly number[]): ScoreRange {
  const yLo = Math.max(Y_CAP.lo, Math.min(-0.05, ...shown));
  const yHi = Math.min(Y_CAP.hi, Math.max(1.05, ...shown));
  return { yLo, yHi, perPixel: (yHi - yLo) / INNER_HEIGHT };
}

/** Loss per pixel across the plot. */
export const lossPerPixel = (frame: Frame): number => (frame.hi - frame.lo) / INNER_WIDTH;

export const curveColour = (frame: Frame, i: number, form: FitForm): string => (frame.single ? INK[form] : paletteColour(i));
export const pointColour = (frame: Frame, i: number): string => (frame.single ? INK.points : paletteColour(i));

// What every part of the extrapolation chart shares: the series and forms it draws, the loss range,
// the score range, the drawing's size and margins, where a pixel offset falls in data units, and the
// colours of series and points.
import { findSeries } from '../../../../lib/analyse';
import { parseSeriesList } from '../../../../lib/series-ref';
import type { Analysis, Dataset, FitForm, Series, Setting } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { paletteColour, paletteLabelColour } from '../labels';
import { formsOf, type FitChoice } from '../series';
import { isWeakFit } from './trust';
import { isPhoneWidth, REGULAR, type ChartLayout } from '../../layout';

export interface ExtrapolationChartOptions {
  /** `overall`, `categories`, a category or task id, or a comma-separated list of those. */
  series: string;
  fit: FitChoice;
  /** Defaults to the analysis' chosen setting (the only one with bootstrap bands). */
  setting?: Setting;
}

/** The drawing's size at the regular width; a narrower layout (charts/layout.ts) keeps the height's proportion. */
export const WIDTH = 720;
export const HEIGHT = 480;
/** Text on the chart: at least 11 px wherever the SVG is drawn at its own size. */
export const FONT_PX = 11;
/** The top margin holds the four-line compute axis and its label. */
const TOP = 96;
/** The left margin holds the score ticks and the threshold labels. */
const LEFT = 56;
/** A multi-series chart names its curves in the right margin: room for "Reading comprehension *". */
const RIGHT_LABELS = 170;
const RIGHT_PLAIN = 28;
/** On a phone the curve names take a narrower margin. */
const RIGHT_LABELS_NARROW = 110;
const BOTTOM = 44;
/** Highest and lowest normalised score the chart shows; straight lines run on beyond and are clipped. */
const Y_CAP = { lo: -0.3, hi: 1.15 };

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  analysis: Analysis;
  setting: Setting;
  forms: FitForm[];
  list: Series[];
  /** One series: the fit forms' colours, a legend, and bands. Several: the palette and direct labels. */
  single: boolean;
  /** Per series: its slot in the palette (a category keeps its colour on every chart). */
  slots: number[];
  /** Per series: whether its fit rests on too few rising points to trust (trust.ts). */
  weak: boolean[];
  /** The drawing's size in pixels (charts/layout.ts: the regular width, a phone's, or the container's). */
  width: number;
  height: number;
  /** The plotted loss range: the analysis' grid. */
  lo: number;
  hi: number;
  margin: Margin;
}

export function frameOf(analysis: Analysis, dataset: Dataset, options: ExtrapolationChartOptions, layout: ChartLayout = REGULAR): Frame {
  const setting = options.setting ?? analysis.assumptions.setting;
  const list = parseSeriesList(options.series, dataset).map((ref) => findSeries(analysis, ref, setting));
  const single = list.length === 1;
  const categoryIds = dataset.categories.map((c) => c.id);
  const allCategories = list.every((s) => s.kind === 'category');
  return {
    analysis,
    setting,
    forms: formsOf(options.fit, analysis),
    list,
    single,
    slots: list.map((s, i) => (allCategories ? categoryIds.indexOf(s.id) : i)),
    weak: list.map(isWeakFit),
    width: layout.width,
    // A phone's drawing is relatively taller, so the curves keep their vertical room.
    height: Math.round(Math.min(HEIGHT, Math.max(360, layout.width * 1.1))),
    lo: Math.min(...analysis.grid),
    hi: Math.max(...analysis.grid),
    margin: { top: TOP, right: single ? RIGHT_PLAIN : isPhoneWidth(layout.width) ? RIGHT_LABELS_NARROW : RIGHT_LABELS, bottom: BOTTOM, left: LEFT },
  };
}

export const innerWidth = (frame: Frame): number => frame.width - frame.margin.left - frame.margin.right;
export const innerHeight = (frame: Frame): number => frame.height - frame.margin.top - frame.margin.bottom;

/**
 * The plotted score range: everything drawn, within Y_CAP, and at least chance to ceiling; above it,
 * a strip `stripPx` tall where only the shading's names go, so that no curve runs through them.
 */
export interface ScoreRange {
  yLo: number;
  /** The top of the frame (the top of the strip). */
  yHi: number;
  /** The top of the data: curves stop here. */
  dataHi: number;
  /** Score per pixel, to place text a number of pixels apart. */
  perPixel: number;
}

export function scoreRange(frame: Frame, shown: readonly number[], stripPx = 0): ScoreRange {
  const yLo = Math.max(Y_CAP.lo, Math.min(-0.05, ...shown));
  const dataHi = Math.min(Y_CAP.hi, Math.max(1.05, ...shown));
  const perPixel = (dataHi - yLo) / (innerHeight(frame) - stripPx);
  return { yLo, yHi: dataHi + stripPx * perPixel, dataHi, perPixel };
}

/** Loss per pixel across the plot. */
export const lossPerPixel = (frame: Frame): number => (frame.hi - frame.lo) / innerWidth(frame);

/**
 * The data point `px` pixels right of and `py` pixels below the plot's top-left corner (negative
 * values reach into the margins: Plot's linear scales run on beyond their domains).
 */
export function at(frame: Frame, scores: ScoreRange, px: number, py: number): { loss: number; score: number } {
  return { loss: frame.hi - px * lossPerPixel(frame), score: scores.yHi - py * scores.perPixel };
}

/** The curve's colour: per form on one series, the series' palette slot on several. */
export const curveColour = (frame: Frame, i: number, form: FitForm): string => (frame.single ? INK[form] : paletteColour(frame.slots[i]!));
export const pointColour = (frame: Frame, i: number): string => (frame.single ? INK.points : paletteColour(frame.slots[i]!));
export const labelColour = (frame: Frame, i: number): string => paletteLabelColour(frame.slots[i]!);

/** The form whose curve a series is named by, and whose bands are drawn: the reader's, if drawn. */
export const leadForm = (frame: Frame): FitForm =>
  frame.forms.includes(frame.analysis.assumptions.fitForm) ? frame.analysis.assumptions.fitForm : frame.forms[0]!;

/** Text drawn over lines: a halo of the page's colour keeps it legible. */
export const HALO = { stroke: INK.background, strokeWidth: 3, paintOrder: 'stroke' } as const;

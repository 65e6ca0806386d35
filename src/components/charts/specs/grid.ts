// Small multiples (METHOD §4, §5): one panel per series, each its normalised score against loss with
// the eight GPT-3 models and the fits, on one pair of axes shared by every panel, so the panels
// compare at a glance. The panels wrap into as many columns as the drawing's width holds.
import * as Plot from '@observablehq/plot';
import { findSeries } from '../../../lib/analyse';
import { curveAt } from '../../../lib/axis';
import { formatPercent } from '../../../lib/format';
import { parseSeriesList } from '../../../lib/series-ref';
import type { Analysis, Dataset, FitForm, Series, Setting } from '../../../lib/types';
import { lossColumn, scoreColumn, textColumn } from '../../tables/columns';
import { INK, type ChartModel } from '../chart-model';
import { FONT_PX, REGULAR, type ChartLayout } from '../layout';
import { seriesName } from './labels';
import { fitCurves, fitFailures, fitsDrawn, formsOf, lossRange, type FitChoice } from './series';
import { assumptionsLine, SETTING_NAMES } from './words';

export interface GridChartOptions {
  /** `overall`, `categories`, a category or task id, or a comma-separated list of those: one panel each. */
  series: string;
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
  fit: FitChoice;
}

/** Pixels left of, right of, below and between the panels. */
const MARGIN = { left: 48, right: 10, bottom: 40 };
const COLUMN_GAP = 14;
/** The panel width the columns aim at; each panel is at least MIN_PANEL wide. */
const PANEL = 170;
const MIN_PANEL = 120;
const TITLE_LINE = 15;
/** A generous estimate of a bold title's width per character, in ems, so a wrapped title always has room. */
const TITLE_EM_PER_CHAR = 0.66;
/**
 * Plot wraps text by its own estimate of Helvetica's widths; bold system fonts run wider, so it is
 * told the panel is this much narrower than it is.
 */
const BOLD_WRAP = 0.85;
/** The y axis's extent, whatever a straight line runs to: chance − 0.25 to ceiling + 0.1. */
const Y_CAP = { lo: -0.25, hi: 1.1 };

export interface GridLayout {
  columns: number;
  rows: number;
  panelWidth: number;
  panelHeight: number;
  /** Lines the longest title wraps to. */
  titleLines: number;
  /** Pixels above each panel for its title. */
  titleSpace: number;
  rowGap: number;
  height: number;
}

/** How `titles` fall into panels `width` wide: columns as near PANEL wide as fit, rows as even as can be. */
export function gridLayout(titles: readonly string[], width: number): GridLayout {
  const count = titles.length;
  const inner = width - MARGIN.left - MARGIN.right;
  const fits = Math.max(1, Math.floor((inner + COLUMN_GAP) / (MIN_PANEL + COLUMN_GAP)));
  const aimed = Math.max(1, Math.round((inner + COLUMN_GAP) / (PANEL + COLUMN_GAP)));
  const rows = Math.ceil(count / Math.min(aimed, fits, count));
  // As many columns as the rows need, so 3 panels in two columns are 2 + 1, not 2 + 1 + 0.
  const columns = Math.ceil(count / rows);
  const panelWidth = (inner - (columns - 1) * COLUMN_GAP) / columns;
  const panelHeight = Math.round(Math.max(90, panelWidth * 0.62));
  const longest = Math.max(...titles.map((t) => t.length * TITLE_EM_PER_CHAR * FONT_PX));
  const titleLines = Math.min(2, Math.ceil(longest / panelWidth));
  const titleSpace = titleLines * TITLE_LINE + 6;
  // Between rows: the next row's titles, or the x axis of a column whose last panel ends early.
  const rowGap = Math.max(titleSpace + 4, 30);
  const height = titleSpace + rows * panelHeight + (rows - 1) * rowGap + MARGIN.bottom;
  return { columns, rows, panelWidth, panelHeight, titleLines, titleSpace, rowGap, height };
}

/** One panel: its series, where it sits, and its title. */
interface Panel {
  series: Series;
  title: string;
  column: number;
  row: number;
}

export function gridSpec(analysis: Analysis, dataset: Dataset, options: GridChartOptions, layout: ChartLayout = REGULAR): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const forms = formsOf(options.fit, analysis);
  const list = parseSeriesList(options.series, dataset).map((ref) => findSeries(analysis, ref, setting));
  const titles = list.map(seriesName);
  const grid = gridLayout(titles, layout.width);
  const panels: Panel[] = list.map((series, i) => ({ series, title: titles[i]!, column: i % grid.columns, row: Math.floor(i / grid.columns) }));

  // Shared axes: every series has the same eight losses; the scores' range is the union of the panels'.
  const range = lossRange(list.flatMap((s) => s.x));
  const [lo, hi] = range;
  const place = (p: Panel) => ({ panel: p.title, column: p.column, row: p.row });
  const points = panels.flatMap((p) =>
    dataset.models.map((model, i) => ({ ...place(p), model: model.label, loss: p.series.x[i]!, score: p.series.y[i]! })),
  );
  const curves = panels.flatMap((p) => fitCurves(p.series, forms, range, analysis.axis).map((c) => ({ ...place(p), ...c })));
  const scores = [...points, ...curves].map((d) => d.score);
  const yDomain = [Math.max(Y_CAP.lo, Math.min(-0.05, ...scores)), Math.min(Y_CAP.hi, Math.max(1.05, ...scores))];
  const failed = panels.flatMap((p) => {
    const none = forms.filter((form) => !p.series[form].ok);
    return none.length ? [{ ...place(p), text: none.map((form) => `no ${form} fit`).join('\n') }] : [];
  });
  const facet = { fx: 'column', fy: 'row' } as const;

  const settingName = SETTING_NAMES[setting];
  const failureSentences = panels.flatMap((p) => fitFailures(p.series, forms).map((text) => `${p.title}: ${text}.`));
  const first = dataset.models[0]!.label;
  const last = dataset.models[dataset.models.length - 1]!.label;

  return {
    title: `Normalised ${settingName} score against loss, one panel for each of ${list.length} series`,
    description:
      `Small multiples on shared axes, normalised ${settingName} score against loss for the eight GPT-3 models, ` +
      `from ${first} to ${last}: ` +
      panels.map((p) => `${p.title} ${formatPercent(p.series.y[0]!)} to ${formatPercent(p.series.y[p.series.y.length - 1]!)}`).join('; ') +
      '.',
    caption:
      `Normalised ${settingName} score (0 = chance, 1 = ceiling) against each GPT-3 model's loss, one panel per series, ` +
      `all on the same axes; lower loss to the right. Points are the eight models, from ${first} to ${last}; ${fitsDrawn(forms)}. ` +
      (failureSentences.length ? `${failureSentences.join(' ')} ` : '') +
      assumptionsLine(analysis.assumptions),
    plot: {
      width: layout.width,
      height: grid.height,
      marginTop: grid.titleSpace,
      marginLeft: MARGIN.left,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      // Facets by column and row, wrapped; the gaps are in pixels, the band scales' padding a share of a step.
      fx: { axis: null, round: false, paddingInner: COLUMN_GAP / (grid.panelWidth + COLUMN_GAP), paddingOuter: 0 },
      fy: { axis: null, round: false, paddingInner: grid.rowGap / (grid.panelHeight + grid.rowGap), paddingOuter: 0 },
      x: { domain: [hi, lo], ticks: 3, tickFormat: '.1f', label: 'Loss, falling →' },
      y: { domain: yDomain, ticks: [0, 0.5, 1], tickFormat: '.0%', grid: true, label: null },
      marks: [
        Plot.ruleY(
          panels.flatMap((p) => [0, 1].map((y) => ({ ...place(p), y }))),
          { ...facet, y: 'y', stroke: INK.muted, strokeDasharray: '2,3' },
        ),
        ...forms.map((form: FitForm) =>
          Plot.line(
            curves.filter((c) => c.form === form),
            { ...facet, x: 'loss', y: 'score', stroke: INK[form], strokeWidth: 1.5, clip: true, ...(form === 'linear' ? { strokeDasharray: '5,3' } : {}) },
          ),
        ),
        Plot.dot(points, {
          ...facet,
          x: 'loss',
          y: 'score',
          r: 2.5,
          fill: INK.points,
          tip: true,
          channels: { Series: 'panel', Model: 'model' },
        }),
        Plot.text(failed, { ...facet, text: 'text', frameAnchor: 'top-left', dx: 4, dy: 4, lineAnchor: 'top', textAnchor: 'start', fill: INK.muted }),
        // The panel's title, above its frame.
        Plot.text(panels.map(place), {
          ...facet,
          text: 'panel',
          frameAnchor: 'top-left',
          dy: -5,
          lineAnchor: 'bottom',
          textAnchor: 'start',
          fontWeight: 600,
          lineWidth: (BOLD_WRAP * grid.panelWidth) / FONT_PX,
        }),
      ],
    },
    columns: [
      textColumn('series', 'Series'),
      textColumn('model', 'Model'),
      lossColumn(),
      scoreColumn('score', 'Normalised score'),
      ...forms.map((form) => scoreColumn(form, `${form === 'linear' ? 'Linear' : 'Logistic'} fit`)),
    ],
    rows: panels.flatMap((p) =>
      dataset.models.map((model, i) => ({
        series: p.title,
        model: model.label,
        loss: p.series.x[i]!,
        score: p.series.y[i]!,
        ...Object.fromEntries(forms.map((form) => [form, curveAt(form, p.series[form], p.series.x[i]!, analysis.axis)])),
      })),
    ),
    download: { what: `small-multiples-${options.series.replace(/[^a-z0-9]+/gi, '-')}`, setting, state: analysis.assumptions },
  };
}

// The extrapolation chart (METHOD §5–§8): fitted curves of one or more series from the GPT-3 models'
// losses down to far lower loss, with bootstrap bands, the §7 reference lines, the §8 thresholds, and
// a second x axis on top labelling the loss with what reaching it costs (§6).
import * as Plot from '@observablehq/plot';
import { curveAt } from '../../../lib/axis';
import { formatFlop, formatLoss, formatOrders, scientific, significant } from '../../../lib/format';
import { lossForFlop, lossToResources } from '../../../lib/resources';
import { resourcesAt } from '../../../lib/yardstick';
import type { Analysis, Bands, Dataset, FitForm, Series, Setting } from '../../../lib/types';
import { INK, type Cell, type ChartModel, type Column } from '../chart-model';
import { findSeries } from '../../../lib/analyse';
import { parseSeriesList, seriesRefText } from '../../../lib/series-ref';
import { paletteColour, seriesName, short, shortReferenceLabel, thresholdText } from './labels';
import { capitalise, formsOf, type FitChoice } from './series';
import { assumptionsLine, LOSS_MODEL_NAMES, SETTING_NAMES } from './words';

export interface ExtrapolationChartOptions {
  /** `overall`, `categories`, a category or task id, or a comma-separated list of those. */
  series: string;
  fit: FitChoice;
  /** Defaults to the analysis' chosen setting (the only one with bootstrap bands). */
  setting?: Setting;
}

/** Rows of the table: the grid thinned to about this many losses. */
export const TABLE_ROWS = 25;
/** At most this many compute ticks on the top axis. */
export const MAX_TOP_TICKS = 6;

const WIDTH = 720;
const HEIGHT = 470;
const MARGIN = { top: 84, right: 24, bottom: 44, left: 52 };
/** Highest and lowest normalised score the chart shows; straight lines run on beyond and are clipped. */
const Y_CAP = { lo: -0.3, hi: 1.15 };

/** A loss on the top axis: where the training compute is a power of ten, with what that buys. */
export interface ComputeTick {
  loss: number;
  flop: number;
  label: string;
}

/**
 * Losses in [lo, hi] where the training FLOP is a power of ten (every `step`-th power, so that at
 * most MAX_TOP_TICKS fit), labelled "1e25 FLOP / 4e11 params / 5e12 tokens / $1e8".
 */
export function computeTicks(analysis: Analysis, lo: number, hi: number, minSpacing = 0): ComputeTick[] {
  const { lossModel } = analysis.assumptions;
  const flopAt = (loss: number) => {
    const r = lossToResources(loss, lossModel, analysis.assumptions);
    return r.ok ? r.flop : null;
  };
  const most = flopAt(lo);
  const least = flopAt(hi);
  if (most === null || least === null) return [];
  const first = Math.ceil(Math.log10(least));
  const last = Math.floor(Math.log10(most));
  if (last < first) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / MAX_TOP_TICKS));
  const ticks: ComputeTick[] = [];
  for (let p = Math.ceil(first / step) * step; p <= last; p += step) {
    const flop = 10 ** p;
    const loss = lossForFlop(flop, lossModel);
    if (loss === null || loss < lo || loss > hi) continue;
    // FLOP grows ever faster as loss falls, so ticks crowd at low loss: keep those `minSpacing` apart.
    const previous = ticks[ticks.length - 1];
    if (previous && previous.loss - loss < minSpacing) continue;
    const r = lossToResources(loss, lossModel, analysis.assumptions);
    if (!r.ok) continue;
    ticks.push({
      loss,
      flop,
      label: [`1e${p} FLOP`, `${short(r.params)} params`, `${short(r.tokens)} tokens`, `$${short(r.dollars)}`].join('\n'),
    });
  }
  return ticks;
}

/** The grid thinned to about `count` losses, first and last included. */
export function thinGrid(grid: readonly number[], count = TABLE_ROWS): number[] {
  if (grid.length <= count) return [...grid];
  return Array.from({ length: count }, (_, k) => grid[Math.round((k * (grid.length - 1)) / (count - 1))]!);
}

export function extrapolationSpec(analysis: Analysis, dataset: Dataset, options: ExtrapolationChartOptions): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const forms = formsOf(options.fit, analysis);
  const list = parseSeriesList(options.series, dataset).map((ref) => findSeries(analysis, ref, setting));
  const single = list.length === 1;
  const { grid, assumptions } = analysis;
  const hi = Math.max(...grid);
  const lo = Math.min(...grid);
  const colour = (i: number, form: FitForm) => (single ? INK[form] : paletteColour(i));
  const pointColour = (i: number) => (single ? INK.points : paletteColour(i));

  // Curves on every other point of the analysis' grid (smooth enough, and half the drawing work when
  // a reader's change redraws eleven of them); bands on the full grid.
  const curveGrid = thinGrid(grid, Math.ceil(grid.length / 2));
  const curves = list.flatMap((s, i) =>
    forms.flatMap((form) =>
      curveGrid.flatMap((loss) => {
        const score = curveAt(form, s[form], loss, analysis.axis);
        return score === null ? [] : [{ key: `${seriesRefText(s)}:${form}`, series: seriesName(s), form, loss, score, i }];
      }),
    ),
  );
  const bandsOf = (s: Series, form: FitForm): Bands | undefined => s.bands?.[form];
  const drawBands = single; // on a multi-series chart the bands would hide each other (caption says so)
  const bandRows = drawBands
    ? list.flatMap((s) =>
        forms.flatMap((form) => {
          const b = bandsOf(s, form);
          return b ? b.loss.map((loss, j) => ({ form, loss, lo95: b.lo95[j]!, hi95: b.hi95[j]!, lo80: b.lo80[j]!, hi80: b.hi80[j]! })) : [];
        }),
      )
    : [];
  const points = list.flatMap((s, i) =>
    dataset.models.map((m, j) => ({ series: seriesName(s), model: m.label, loss: s.x[j]!, score: s.y[j]!, i })),
  );

  const shown = [...points.map((p) => p.score), ...curves.map((c) => c.score), ...bandRows.flatMap((b) => [b.lo95, b.hi95])];
  const yLo = Math.max(Y_CAP.lo, Math.min(-0.05, ...shown));
  const yHi = Math.min(Y_CAP.hi, Math.max(1.05, ...shown));
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const perPixel = (yHi - yLo) / innerHeight;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;

  // §7 reference lines inside the plotted range; close ones share one label.
  const references = analysis.referenceLosses;
  const inRange = references.filter((r) => r.loss !== null && r.loss >= lo && r.loss <= hi) as { reference: (typeof references)[number]['reference']; loss: number }[];
  const outOfRange = references.filter((r) => !inRange.includes(r as (typeof inRange)[number]));
  const labelGroups: { loss: number; text: string }[] = [];
  for (const r of [...inRange].sort((a, b) => b.loss - a.loss)) {
    const last = labelGroups[labelGroups.length - 1];
    const px = (Math.abs((last?.loss ?? Infinity) - r.loss) / (hi - lo)) * innerWidth;
    if (last && px < 13) last.text = joinLabels(last.text, shortReferenceLabel(r.reference));
    else labelGroups.push({ loss: r.loss, text: shortReferenceLabel(r.reference) });
  }

  // Top-axis labels are about 64 px wide.
  const ticks = computeTicks(analysis, lo, hi, (68 * (hi - lo)) / innerWidth);
  const thresholds = assumptions.thresholds;

  // A legend drawn inside the frame (top left: high loss, high score, where no curve runs).
  const legend = single
    ? []
    : list.map((s, i) => ({ loss: hi, score: yHi - (i + 0.6) * 14 * perPixel, text: seriesName(s) + failureNote(s, forms), i }));
  const formNote = forms.length === 2 ? 'dashed: linear; solid: logistic' : `${forms[0]} fit`;

  const failures = list.flatMap((s) => forms.flatMap((form) => (s[form].ok ? [] : [`${seriesName(s)}, ${form}: no fit (${(s[form] as { reason: string }).reason})`])));

  const marks: Plot.Markish[] = [
    Plot.gridX(ticks.map((t) => t.loss), { stroke: INK.muted, strokeOpacity: 0.25 }),
    Plot.ruleY([0, 1], { stroke: INK.muted, strokeDasharray: '2,3' }),
    Plot.ruleY(thresholds, { stroke: INK.muted, strokeOpacity: 0.6, strokeDasharray: '1,3' }),
    Plot.text(thresholds, { x: lo, y: (t: number) => t, text: (t: number) => thresholdText(t), textAnchor: 'end', dx: -2, dy: -5, fill: INK.muted, fontSize: 9 }),
    ...forms.flatMap((form) => [
      Plot.areaY(bandRows.filter((b) => b.form === form), { x: 'loss', y1: 'lo95', y2: 'hi95', fill: INK[form], fillOpacity: 0.1, clip: true }),
      Plot.areaY(bandRows.filter((b) => b.form === form), { x: 'loss', y1: 'lo80', y2: 'hi80', fill: INK[form], fillOpacity: 0.16, clip: true }),
    ]),
    Plot.ruleX(inRange, { x: 'loss', stroke: INK.reference, strokeDasharray: '4,3', strokeOpacity: 0.8 }),
    Plot.text(labelGroups, {
      x: 'loss',
      y: yLo,
      text: 'text',
      rotate: -90,
      textAnchor: 'start',
      lineAnchor: 'bottom',
      dx: -3,
      dy: -4,
      fill: INK.reference,
      fontSize: 9.5,
    }),
    ...list.flatMap((s, i) =>
      forms.map((form) =>
        Plot.line(
          curves.filter((c) => c.key === `${seriesRefText(s)}:${form}`),
          {
            x: 'loss',
            y: 'score',
            stroke: colour(i, form),
            strokeWidth: single ? 2.2 : 1.6,
            clip: true,
            ...(form === 'linear' ? { strokeDasharray: '6,4' } : {}),
          },
        ),
      ),
    ),
    ...list.map((_, i) =>
      Plot.dot(
        points.filter((p) => p.i === i),
        { x: 'loss', y: 'score', fill: pointColour(i), r: single ? 3.5 : 2.5, stroke: 'var(--sl-color-bg)', strokeWidth: 0.5, tip: true, channels: { Series: 'series', Model: 'model' } },
      ),
    ),
    ...(legend.length
      ? [
          Plot.dot(legend, { x: 'loss', y: 'score', fill: (d: { i: number }) => paletteColour(d.i), r: 4, dx: 8 }),
          Plot.text(legend, { x: 'loss', y: 'score', text: 'text', textAnchor: 'start', dx: 16, fill: 'currentColor', fontSize: 10 }),
          Plot.text([formNote], { x: hi, y: yHi - (legend.length + 0.6) * 14 * perPixel, textAnchor: 'start', dx: 4, fill: INK.muted, fontSize: 10 }),
        ]
      : failures.length
        ? [Plot.text([failures.join('\n')], { frameAnchor: 'top-left', dx: 6, dy: 6, fill: INK.muted, lineWidth: 40 })]
        : []),
    Plot.axisX({ anchor: 'bottom', label: 'Loss (nats per token), falling →', ticks: 10, tickFormat: (d: number) => formatLoss(d).replace(/0+$/, '').replace(/\.$/, '') }),
    Plot.axisX(
      ticks.map((t) => t.loss),
      {
        anchor: 'top',
        tickFormat: (loss: number) => ticks.find((t) => t.loss === loss)?.label ?? '',
        label: `Training compute that reaches the loss (${readingName(analysis)}) →`,
        labelAnchor: 'right',
        labelOffset: MARGIN.top - 10,
        fontSize: 9.5,
        lineHeight: 1.05,
      },
    ),
    Plot.axisY({ anchor: 'left', tickFormat: '.0%', label: 'Normalised score', labelAnchor: 'center', labelArrow: 'none' }),
  ];

  // Table: the grid thinned to ~25 losses, with resources and each curve's value (and bands).
  const rowsAt = thinGrid(grid);
  const curveColumns: Column[] = list.flatMap((s) =>
    forms.flatMap((form): Column[] => [
      { key: `${seriesRefText(s)}:${form}`, label: `${seriesName(s)}, ${form}` },
      ...(drawBands && bandsOf(s, form)
        ? [
            { key: `${seriesRefText(s)}:${form}:80`, label: `${seriesName(s)}, ${form}, 80% band` },
            { key: `${seriesRefText(s)}:${form}:95`, label: `${seriesName(s)}, ${form}, 95% band` },
          ]
        : []),
    ]),
  );
  const rows = rowsAt.map((loss) => {
    const r = resourcesAt(analysis, loss);
    const row: Record<string, Cell> = {
      loss: formatLoss(loss),
      params: r.ok ? scientific(r.params) : null,
      tokens: r.ok ? scientific(r.tokens) : null,
      flop: r.ok ? scientific(r.flop) : null,
      orders: r.ok ? formatOrders(r.ordersBeyondGpt3) : null,
      dollars: r.ok ? `$${scientific(r.dollars)}` : null,
    };
    for (const s of list) {
      for (const form of forms) {
        const p = curveAt(form, s[form], loss, analysis.axis);
        row[`${seriesRefText(s)}:${form}`] = p === null ? 'no fit' : significant(p, 3);
        const b = drawBands ? bandsOf(s, form) : undefined;
        if (b) {
          const j = nearestIndex(b.loss, loss);
          row[`${seriesRefText(s)}:${form}:80`] = `${significant(b.lo80[j]!, 3)} – ${significant(b.hi80[j]!, 3)}`;
          row[`${seriesRefText(s)}:${form}:95`] = `${significant(b.lo95[j]!, 3)} – ${significant(b.hi95[j]!, 3)}`;
        }
      }
    }
    return row;
  });

  const names = list.map(seriesName);
  const what = single ? (list[0]!.kind === 'overall' ? 'the overall score' : names[0]!) : names.length > 4 ? `${names.length} series` : names.join(', ');
  const keyThreshold = thresholds.includes(0.9) ? 0.9 : thresholds[thresholds.length - 1]!;
  const summaries = list.flatMap((s) => forms.map((form) => crossingSentence(s, form, keyThreshold)));
  const hasBands = drawBands && list.some((s) => forms.some((f) => bandsOf(s, f)));

  return {
    title: `${capitalise(what)}: ${SETTING_NAMES[setting]} score extrapolated to lower loss`,
    description:
      `Normalised ${SETTING_NAMES[setting]} score of ${what} against loss, from the GPT-3 models (${formatLoss(Math.max(...analysis.losses))} to ` +
      `${formatLoss(Math.min(...analysis.losses))}) down to a loss of ${formatLoss(lo)}. ` +
      summaries.join(' ') +
      (inRange.length ? ` Reference lines: ${inRange.map((r) => `${r.reference.label} at loss ${formatLoss(r.loss)}`).join('; ')}.` : ''),
    caption:
      `Normalised ${SETTING_NAMES[setting]} score (0 = chance, 1 = ceiling) of ${single ? what : names.join(', ')} against loss, lower loss to the right: ` +
      `the eight GPT-3 models (points) and the ${forms.length === 2 ? 'linear (dashed) and logistic (solid) fits' : `${forms[0]} fit`} extended to a loss of ${formatLoss(lo)}. ` +
      (hasBands
        ? `Shaded: the bootstrap's 80% and 95% bands (${assumptions.bootstrap} resamples). `
        : single
          ? ''
          : 'Bootstrap bands are drawn on single-series charts only. ') +
      `Dotted horizontal lines: the thresholds ${thresholds.map(thresholdText).join(', ')}. ` +
      `Dashed vertical lines: reference points (METHOD §7) converted to loss.` +
      (outOfRange.length
        ? ` Not drawn: ${outOfRange.map((r) => `${r.reference.label} (${r.loss === null ? 'reaches no loss' : `loss ${formatLoss(r.loss)}, outside the plotted range`})`).join('; ')}.`
        : '') +
      ` The top axis marks the losses that 10ⁿ FLOP of training reach, with the parameters, tokens and dollars of that budget (${readingName(analysis)}). ` +
      (failures.length ? `No fit: ${failures.join('; ')}. ` : '') +
      assumptionsLine(assumptions),
    plot: {
      width: WIDTH,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      x: { domain: [hi, lo] },
      y: { domain: [yLo, yHi], grid: true },
      marks,
    },
    columns: [
      { key: 'loss', label: 'Loss (nats/token)' },
      { key: 'params', label: 'Parameters' },
      { key: 'tokens', label: 'Tokens' },
      { key: 'flop', label: 'Training FLOP' },
      { key: 'orders', label: 'Orders of magnitude beyond GPT-3' },
      { key: 'dollars', label: 'Dollars' },
      ...curveColumns,
    ],
    rows,
    csvName: `extrapolation-${options.series.replace(/[^a-z0-9]+/gi, '-')}-${setting}-shot-${options.fit}.csv`,
  };
}

/** "GPT-3 FLOP" + "GPT-3 params" → "GPT-3 FLOP · params": labels of lines too close to label apart. */
function joinLabels(text: string, next: string): string {
  const words = text.split(' · ')[0]!.split(' ');
  const prefix = words.length > 1 ? `${words[0]} ` : '';
  return `${text} · ${prefix && next.startsWith(prefix) ? next.slice(prefix.length) : next}`;
}

function readingName(analysis: Analysis): string {
  return analysis.assumptions.lossModel === 'chinchilla'
    ? 'Chinchilla compute-optimal'
    : `Kaplan's single-variable laws, loss model ${LOSS_MODEL_NAMES[analysis.assumptions.lossModel]}`;
}

function failureNote(s: Series, forms: FitForm[]): string {
  const failed = forms.filter((f) => !s[f].ok);
  return failed.length ? ` (no ${failed.join('/')} fit)` : '';
}

function crossingSentence(s: Series, form: FitForm, threshold: number): string {
  const c = s.crossings[form].find((x) => x.threshold === threshold);
  const who = `${seriesName(s)}, ${form}`;
  if (!c) return '';
  if (c.status === 'no-fit') return `${who}: no fit (${c.reason}).`;
  if (c.status === 'never') return `${who}: never reaches ${thresholdText(threshold)} (${c.reason}).`;
  if (c.status === 'already') return `${who}: already past ${thresholdText(threshold)} at GPT-3 175B.`;
  const r = c.resources;
  return r.ok
    ? `${who}: ${thresholdText(threshold)} at loss ${formatLoss(c.loss)} (${formatFlop(r.flop)}, ${formatOrders(r.ordersBeyondGpt3)} orders of magnitude beyond GPT-3).`
    : `${who}: ${thresholdText(threshold)} at loss ${formatLoss(c.loss)} (${r.reason}).`;
}

function nearestIndex(values: readonly number[], target: number): number {
  let best = 0;
  for (let j = 1; j < values.length; j++) if (Math.abs(values[j]! - target) < Math.abs(values[best]! - target)) best = j;
  return best;
}

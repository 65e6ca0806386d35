// How far each headline conclusion moves when one assumption changes (src/lib/sensitivity.ts), as a
// dot plot beside the sensitivity table: one panel per threshold (80, 90, 95 %), one row per
// alternative, the x axis in orders of magnitude of compute beyond GPT-3 175B. A vertical line is
// the current assumptions' crossing; each alternative's dot is where it moves the crossing, joined to
// the line. A crossing with no number is drawn at the panel's edge with an arrow and its word. On a
// phone the three panels stack, each the drawing's width, rather than share it three ways.
import { FONT_PX, isPhoneWidth, REGULAR, type ChartLayout } from '../../layout';
import * as Plot from '@observablehq/plot';
import { formatOrders } from '../../../../lib/format';
import { HEADLINE_THRESHOLDS, sensitivity, type SensitivityRow } from '../../../../lib/sensitivity';
import type { Analysis, Dataset } from '../../../../lib/types';
import { INK, type ChartModel } from '../../chart-model';
import { thresholdText } from '../labels';
import { drawnRows, placeOf, points, type Place, type Point } from './rows';
import { sensitivityCaption, sensitivityDescription } from './words';
import { sensitivityColumns, sensitivityRows } from './table';

/** The chart takes no options: it shows the headline under the reader's assumptions. */
export type SensitivityChartOptions = Record<string, never>;

/** Side by side (regular) or stacked (phone): the row labels' margin, the width they wrap at, a row's height. */
const SIDE_BY_SIDE = { left: 196, labelEms: 15, rowPx: 32 };
const STACKED = { left: 150, labelEms: 9, rowPx: 40 };
const MARGIN = { top: 52, right: 18, bottom: 68 };
/** Stacked panels: the gap above each, for its title and the current crossing, pixels. */
const STACK_GAP_PX = 48;
/** The edge column, where crossings with no number sit, is this share of the finite range beyond it. */
const EDGE_SHARE = 0.16;

/** Text drawn over lines: a halo of the page's colour keeps it legible. */
const HALO = { stroke: INK.background, strokeWidth: 3, paintOrder: 'stroke' } as const;

/** The key to the dots' colours, once, below the row labels (clear of the panels' titles). */
function keyMarks(left: number, stacked: boolean): Plot.Markish[] {
  const entries = [
    { text: 'needs more compute than now', colour: INK.further, dy: 36 },
    { text: 'needs less compute than now', colour: INK.nearer, dy: 52 },
  ];
  const at = { frameAnchor: 'bottom-left', facetAnchor: stacked ? 'bottom' : 'left', fontSize: FONT_PX } as const;
  return entries.flatMap((e) => [
    Plot.dot([e], { ...at, dx: -left + 6, dy: e.dy, r: 4.5, fill: e.colour }),
    Plot.text([e], { ...at, text: 'text', textAnchor: 'start', dx: -left + 16, dy: e.dy, fill: 'currentColor' }),
  ]);
}

export const directionColour = (d: Point['direction']): string => (d === 'further' ? INK.further : d === 'nearer' ? INK.nearer : 'currentColor');

export function sensitivitySpec(analysis: Analysis, dataset: Dataset, _options: SensitivityChartOptions = {}, layout: ChartLayout = REGULAR): ChartModel {
  const base = analysis.assumptions;
  const result = sensitivity(dataset, base);
  const drawn = drawnRows(result);
  const facetOf = (t: number) => thresholdText(t);
  const data = points(drawn, result.base, facetOf);
  const stacked = isPhoneWidth(layout.width);
  const facet = stacked ? 'fy' : 'fx';
  const room = stacked ? STACKED : SIDE_BY_SIDE;
  const finite = [...result.base.headline, ...drawn.moved.flatMap((r) => r.headline)].flatMap((h) => (h.orders === null ? [] : [h.orders]));
  const lo = Math.min(0, ...finite);
  const hi = Math.max(1, ...finite);
  const edge = hi + EDGE_SHARE * (hi - lo);
  const x = (p: Place) => (p.kind === 'orders' ? p.orders : edge);
  const rows = drawn.moved.map((r) => r.label);
  const baseLines = result.base.headline.map((h) => ({ facet: facetOf(h.threshold), place: placeOf(h) }));
  const panelHeight = Math.max(1, rows.length) * room.rowPx;
  const withX = data.map((p) => ({ ...p, x1: x(p.base), x2: x(p.to) }));
  const moved = withX.filter((p) => p.direction !== 'same');

  return {
    title: `How far the headline crossings move when one assumption changes`,
    description: sensitivityDescription(base, result, drawn),
    caption: sensitivityCaption(base, result, drawn),
    plot: {
      width: layout.width,
      height: MARGIN.top + MARGIN.bottom + panelHeight * (stacked ? HEADLINE_THRESHOLDS.length : 1) + (stacked ? STACK_GAP_PX * (HEADLINE_THRESHOLDS.length - 1) : 0),
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: room.left,
      style: { fontSize: `${FONT_PX}px` },
      // The panels' titles are text marks (below), so the facet scale draws no axis of its own.
      [facet]: { domain: HEADLINE_THRESHOLDS.map(facetOf), padding: stacked ? STACK_GAP_PX / (panelHeight + STACK_GAP_PX) : 0.12, axis: null },
      x: {
        domain: [lo - 0.04 * (edge - lo), edge + 0.02 * (edge - lo)],
        label: stacked ? 'Orders of magnitude beyond GPT-3 175B →' : 'Orders of magnitude of compute beyond GPT-3 175B →',
        labelAnchor: stacked ? 'right' : 'center',
        ticks: stacked ? 3 : 4,
      },
      y: { domain: rows, label: null },
      marks: [
        Plot.frame({ stroke: INK.muted, strokeOpacity: 0.3 }),
        Plot.ruleY(rows, { y: (r: string) => r, stroke: INK.muted, strokeOpacity: 0.15 }),
        // The edge column: where "never", "no fit" and "unreachable" go.
        Plot.ruleX(HEADLINE_THRESHOLDS.map(facetOf), { [facet]: (f: string) => f, x: edge, stroke: INK.muted, strokeOpacity: 0.4, strokeDasharray: '2,3' }),
        Plot.ruleX(baseLines, { [facet]: 'facet', x: (b: { place: Place }) => x(b.place), stroke: 'currentColor', strokeWidth: 1.5 }),
        // "now 7.2" over each panel's line; "now never" right-aligned at the edge.
        ...(['orders', 'edge'] as const).map((kind) =>
          Plot.text(
            baseLines.filter((b) => b.place.kind === kind),
            {
              [facet]: 'facet',
              x: (b: { place: Place }) => x(b.place),
              frameAnchor: 'top',
              dy: -4,
              lineAnchor: 'bottom',
              text: (b: { place: Place }) => `now ${b.place.kind === 'orders' ? formatOrders(b.place.orders) : b.place.word}`,
              textAnchor: kind === 'orders' ? 'middle' : 'end',
              fill: 'currentColor',
              fontWeight: 700,
              fontSize: FONT_PX,
            },
          ),
        ),
        Plot.link(moved.filter((p) => p.to.kind === 'orders'), { [facet]: 'facet', x1: 'x1', x2: 'x2', y: 'row', stroke: (p: Point) => directionColour(p.direction), strokeWidth: 2 }),
        // Out of reach: an arrow off to the edge, with why.
        Plot.arrow(moved.filter((p) => p.to.kind === 'edge'), { [facet]: 'facet', x1: 'x1', x2: 'x2', y1: 'row', y2: 'row', stroke: INK.further, strokeWidth: 2, headLength: 7 }),
        // The edge's words: bold where the alternative moved the crossing there, muted where it already was.
        ...([true, false] as const).map((movedThere) =>
          Plot.text(
            withX.filter((p) => p.to.kind === 'edge' && (p.direction !== 'same') === movedThere),
            {
              [facet]: 'facet',
              x: edge,
              y: 'row',
              text: (p: Point) => (p.to.kind === 'edge' ? p.to.word : ''),
              textAnchor: 'end',
              dx: -3,
              dy: -8,
              fill: movedThere ? 'currentColor' : INK.muted,
              fontSize: FONT_PX,
              ...HALO,
            },
          ),
        ),
        // How far each dot moved, above it.
        Plot.text(
          withX.filter((p) => p.to.kind === 'orders' && p.base.kind === 'orders' && Math.abs(p.to.orders - p.base.orders) >= 0.05),
          {
            [facet]: 'facet',
            x: 'x2',
            y: 'row',
            text: (p: Point) => (p.to.kind === 'orders' && p.base.kind === 'orders' ? formatOrders(p.to.orders - p.base.orders) : ''),
            dy: -10,
            fill: 'currentColor',
            fontSize: FONT_PX,
            ...HALO,
          },
        ),
        Plot.dot(withX.filter((p) => p.to.kind === 'orders'), {
          [facet]: 'facet',
          x: 'x2',
          y: 'row',
          r: 4.5,
          fill: (p: Point) => directionColour(p.direction),
          stroke: INK.background,
          strokeWidth: 1,
        }),
        Plot.axisY({ anchor: 'left', lineWidth: room.labelEms, fontSize: FONT_PX, tickSize: 0, label: null }),
        // Each panel's title above it, left of its current crossing's "now".
        Plot.text(HEADLINE_THRESHOLDS.map(facetOf), {
          [facet]: (f: string) => f,
          text: (f: string) => `Reaching ${f}`,
          frameAnchor: stacked ? 'top-left' : 'top',
          textAnchor: stacked ? 'end' : 'middle',
          lineAnchor: 'bottom',
          dx: stacked ? -6 : 0,
          dy: stacked ? -4 : -20,
          fill: 'currentColor',
          fontSize: FONT_PX + 1,
          fontWeight: 700,
        }),
        ...keyMarks(room.left, stacked),
        // Stacked, every panel has its ticks.
        Plot.axisX({ anchor: 'bottom', fontSize: FONT_PX, ticks: stacked ? 3 : 4, tickFormat: (d: number) => (d > hi + 1e-9 ? '' : String(d)), ...(stacked ? { facetAnchor: null } : {}) }),
      ],
    },
    columns: sensitivityColumns(),
    rows: sensitivityRows(result, drawn),
    download: { what: 'sensitivity-chart', setting: base.setting, state: base },
  };
}

export type { SensitivityRow };

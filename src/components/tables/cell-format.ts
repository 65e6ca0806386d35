// The one place a view's raw cells are printed for people: each FormatKind calls one formatter of
// src/lib/format.ts. A value that is not a finite number prints as "–", here, whatever the formatter.
import {
  formatDollars,
  formatLoss,
  formatOrders,
  formatPercent,
  formatPoints,
  formatAbsPoints,
  NOT_A_NUMBER,
  scientific,
  significant,
} from '../../lib/format';
import type { Cell, Column, FormatKind } from './view-model';

interface Formatter {
  print: (value: number) => string;
  /**
   * The unit the printed cell is in, for the screen's header: the raw value's unit by default;
   * null where the cell carries its own sign ("86%", "$1.2 billion").
   */
  shownUnit?: (rawUnit: string | undefined) => string | undefined | null;
}

const inCell = () => null;

const FORMATTERS: Record<FormatKind, Formatter> = {
  text: { print: String },
  loss: { print: formatLoss },
  percent: { print: (v) => formatPercent(v, 3), shownUnit: inCell },
  threshold: { print: (v) => formatPercent(v, 4), shownUnit: inCell },
  scientific: { print: (v) => scientific(v) },
  size: { print: (v) => scientific(v, 3) },
  dollars: { print: formatDollars, shownUnit: inCell },
  orders: { print: formatOrders },
  points: { print: formatPoints, shownUnit: () => 'points' },
  'abs-points': { print: formatAbsPoints, shownUnit: () => 'points' },
  significant: { print: (v) => significant(v, 3) },
  'as-printed': { print: String },
  integer: { print: (v) => String(Math.round(v)) },
  'yes-no': { print: (v) => (v ? 'yes' : 'no') },
};

/** A cell as the screen prints it: "–" for null and for any value that is not a finite number. */
export function formatCell(value: Cell | undefined, format: FormatKind): string {
  if (value === null || value === undefined) return NOT_A_NUMBER;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return Number.isFinite(value) ? FORMATTERS[format].print(value) : NOT_A_NUMBER;
}

const withUnit = (label: string, unit: string | undefined | null) => (unit ? `${label} (${unit})` : label);

/** A column's header on screen, with the unit its printed cells are in. */
export function screenHeading(column: Column): string {
  const shown = FORMATTERS[column.format].shownUnit;
  return withUnit(column.label, shown ? shown(column.unit) : column.unit);
}

/** A column's header in the CSV, with the unit of its raw values. */
export function csvHeading(column: Column): string {
  return withUnit(column.label, column.unit);
}

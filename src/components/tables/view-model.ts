// The one view model of every figure's table and every computed table. Cells hold the RAW values
// (numbers at full precision, null, yes/no as booleans, plain strings for names); each column names
// the formatter that prints it. The screen, the table view and the CSV are then read from the same
// numbers: cell-format.ts prints them for people, csv.ts writes them for spreadsheets.
import type { Assumptions, Setting } from '../../lib/types';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * How a column's numbers are printed on screen, by name, so that the model stays plain data (it is
 * built in the browser too). Each names one formatter in cell-format.ts.
 */
export const FORMAT_KINDS = [
  /** Names, statuses and notes: printed as they are. */
  'text',
  /** Nats per token, three decimals. */
  'loss',
  /** A share in [0, 1] as a percentage, three significant figures: 0.862 → "86.2%". */
  'percent',
  /** A §8 threshold as a percentage: 0.9 → "90%". */
  'threshold',
  /** A converted quantity (FLOP, parameters, tokens) to two significant figures: 3.1 × 10²⁵. */
  'scientific',
  /** A model size from Table D.1, to three significant figures: 1.25 × 10⁸. */
  'size',
  /** Dollars in words: $1.2 billion. */
  'dollars',
  /** Orders of magnitude, signed, one decimal: +3.0. */
  'orders',
  /** A difference of normalised scores in percentage points, signed: 0.061 → "+6.1". */
  'points',
  /** An absolute error in percentage points, unsigned: 0.061 → "6.1". */
  'abs-points',
  /** A measured value to three significant figures (chance levels, ceilings). */
  'significant',
  /** A value exactly as the paper prints it (Table H.1 scores). */
  'as-printed',
  /** A whole number (shots, years, resamples). */
  'integer',
  /** A boolean as "yes" or "no". */
  'yes-no',
] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

/**
 * A column of the view. `unit` is the unit of the raw value (the CSV header carries it);
 * `hrefKey` names a row field holding a path relative to the site's base (e.g.
 * `benchmarks/lambada/`), and the cell is then printed as a link to it.
 */
export interface Column {
  key: string;
  label: string;
  unit?: string;
  format: FormatKind;
  hrefKey?: string;
  /** Sentences (notes, reasons): the screen wraps them in a wide cell rather than keeping them on one line. */
  prose?: boolean;
}

/**
 * A column of a table's at-a-glance view: one of the view's columns (same key, same cells), which may
 * sit under a heading it shares with its neighbours (`group`, e.g. "90%") and then carry a shorter
 * label of its own ("Orders" rather than "90%: orders beyond GPT-3").
 */
export interface GlanceColumn extends Column {
  group?: string;
}

/**
 * What a CSV download is of, for its file name (csv.ts): `what` the data is (e.g. `crossings-overall`),
 * the setting it is of, and the assumptions it was computed under (null for data no assumption
 * changes, such as Table H.1 as printed).
 */
export interface DownloadOf {
  what: string;
  setting?: Setting;
  state: Assumptions | null;
}

/** The numbers of a figure or table: what its table view prints and its CSV download holds. */
export interface DataView {
  columns: Column[];
  rows: Row[];
  download: DownloadOf;
  /**
   * The columns a reader needs first, where the table has more than a text column can show: the
   * screen prints these, and every column (as the CSV holds them) behind an "All columns" disclosure.
   */
  glance?: GlanceColumn[];
  /**
   * The columns the screen prints of a table so long (hundreds of rows) that every column would weigh
   * the page down twice over: no "All columns" table follows, and a line names what only the CSV holds.
   */
  printed?: Column[];
}

/** `path` (relative to the site's base) under `base` (import.meta.env.BASE_URL), with one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

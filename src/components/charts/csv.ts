// A figure's or table's data as CSV, for its download link. papaparse (already the data's parser)
// writes it. Cells are printed for people ("4.7 × 10²⁶", "86%"); the CSV gets the plain numbers a
// spreadsheet reads ("4.7e26", "0.86").
import Papa from 'papaparse';
import type { Cell, Column } from './chart-model';

const DIGIT_OF_SUPERSCRIPT: Record<string, string> = {
  '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/** "4.7 × 10²⁶" → "4.7e26", "86%" → "0.86", "−3.0" → "-3.0"; any other text is left as it is. */
export function machineReadable(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  const text = cell.replace(/−/g, '-').trim();
  const power = text.match(/^(-?[\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/);
  if (power) return `${power[1]}e${[...power[2]!].map((c) => DIGIT_OF_SUPERSCRIPT[c]).join('')}`;
  const percent = text.match(/^(-?[\d.]+)%$/);
  if (percent) return String(Number((Number(percent[1]) / 100).toPrecision(12)));
  return /^[-+]?[\d.]+$/.test(text) ? text : cell;
}

export function chartCsv(model: { columns: Column[]; rows: Record<string, Cell>[] }): string {
  const header = model.columns.map((c) => c.label);
  const rows = model.rows.map((row) => model.columns.map((c) => machineReadable(row[c.key] ?? '')));
  return Papa.unparse([header, ...rows]) + '\n';
}

/** A data: URL, so the download works from the static HTML without JavaScript or a server. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

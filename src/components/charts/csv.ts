// A figure's or table's numbers as a CSV download: the raw values at full precision (String(number)),
// units in the header, the assumptions as a first comment line, and a file name that says which
// state the numbers were made under. Written here, quoted exactly as papaparse (the data's parser)
// quotes, rather than by papaparse: the browser writes every download again after each change, and
// its general writer costs several times this one.
import { DEFAULT_ASSUMPTIONS } from '../../lib/assumptions';
import type { Assumptions } from '../../lib/types';
import { csvHeading } from '../tables/cell-format';
import type { Cell, DataView, DownloadOf } from '../tables/view-model';

/** A raw cell for a spreadsheet: numbers in full, nothing for null or a non-finite number. */
function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/**
 * Every assumption as `key=value`, in METHOD's order: lists joined by "/", custom ceilings as
 * `task:ceiling` (sorted), so the line holds no comma and stays one field for a reader without
 * comment support.
 */
export function assumptionPairs(state: Assumptions): [string, string][] {
  const value = (key: keyof Assumptions): string => {
    const v = state[key];
    if (Array.isArray(v)) return v.map(String).join('/');
    if (typeof v === 'object') {
      const entries = Object.entries(v).sort(([a], [b]) => a.localeCompare(b));
      return entries.length ? entries.map(([task, ceiling]) => `${task}:${ceiling}`).join('/') : 'none';
    }
    return String(v);
  };
  return (Object.keys(DEFAULT_ASSUMPTIONS) as (keyof Assumptions)[]).map((key) => [key, value(key)]);
}

/** The CSV's first line. */
export function assumptionsComment(state: Assumptions | null): string {
  return state === null
    ? '# assumptions: none (no assumption changes these numbers)'
    : `# assumptions: ${assumptionPairs(state).map(([k, v]) => `${k}=${v}`).join('; ')}`;
}

/** Papaparse's rule: quote a field holding a quote, a comma, a line break or a BOM, or with a space at either end. */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;
const csvField = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(',');

export function chartCsv(view: Pick<DataView, 'columns' | 'rows' | 'download'>): string {
  const header = csvLine(view.columns.map(csvHeading));
  const rows = view.rows.map((row) => csvLine(view.columns.map((c) => csvCell(row[c.key]))));
  return `${assumptionsComment(view.download.state)}\n${[header, ...rows].join('\n')}\n`;
}

/** FNV-1a, 32 bits, as 6 hex digits: a short, stable tag of the assumptions a name cannot spell out. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * The file name: `<what>[-<setting>-shot]-<loss model>[-<tag>].csv`, e.g.
 * `crossings-overall-both-few-shot-gpt3-frontier.csv`. The tag is a hash of every other assumption that
 * differs from METHOD's defaults, so two states with different numbers never share a name; under
 * the defaults there is none. Data no assumption changes gets `<what>.csv`.
 */
export function csvFileName(download: DownloadOf): string {
  const { what, setting, state } = download;
  const parts = [what, ...(setting ? [`${setting}-shot`] : [])];
  if (state) {
    parts.push(state.lossModel);
    const defaults = new Map(assumptionPairs(DEFAULT_ASSUMPTIONS));
    const rest = assumptionPairs(state).filter(
      ([key, value]) => key !== 'lossModel' && !(key === 'setting' && state.setting === setting) && defaults.get(key) !== value,
    );
    if (rest.length > 0) parts.push(shortHash(rest.map(([k, v]) => `${k}=${v}`).join(';')));
  }
  return `${parts.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.csv`;
}

/**
 * What a data: URL must escape: `%` and `#` (which would end it), whitespace (which a browser strips
 * from a URL), what HTML or a URL parser treats specially, and every character beyond ASCII (as
 * UTF-8). Commas, digits and letters, most of a CSV, stay as they are: the page carries the numbers
 * at about their own size, where encodeURIComponent would triple every comma.
 */
const URL_UNSAFE = /[^\x21-\x7e]|[%#"'<>&\\^`{|}[\]]/gu;

/**
 * A data: URL, for the download of a figure or table the browser draws again: it needs no server
 * (the build's downloads under the defaults are files: embed/[figure]/data.csv.ts, tables/[table].csv.ts).
 */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${csv.replace(URL_UNSAFE, encodeURIComponent)}`;
}

/** What a download link needs: its file name and its href. */
export function csvDownload(view: DataView): { name: string; href: string } {
  return { name: csvFileName(view.download), href: csvDataUrl(chartCsv(view)) };
}

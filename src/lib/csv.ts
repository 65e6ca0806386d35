// Reading CSV text into rows of strings. Papa Parse is the chosen parser: maintained, handles quoted
// fields with commas ("Language Modeling, Cloze, and Completion Tasks"), CRLF and LF alike, and runs
// unchanged in Node and the browser. Values stay the printed strings; callers decide what they mean.
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based line in the file (the header is line 1), for error messages. */
  line: number;
  /** Column name → the cell as printed (no trimming, no conversion). */
  values: Record<string, string>;
  /** Cells beyond the header's width, if any (a malformed row). */
  extra: string[];
  /** Number of cells the row actually had. */
  width: number;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Parse `text` (one whole file). Blank lines are skipped but still counted, so `line` matches an editor. */
export function parseCsv(text: string): CsvTable {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(withoutBom, { header: false, skipEmptyLines: false });
  const [header = [], ...body] = parsed.data;
  const records: CsvRecord[] = [];
  // None of the project's files has a newline inside a quoted field, so row index + 2 is the line.
  body.forEach((cells, index) => {
    if (cells.length === 1 && cells[0] === '') return;
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      const cell = cells[column];
      if (cell !== undefined) values[name] = cell;
    });
    records.push({ line: index + 2, values, extra: cells.slice(header.length), width: cells.length });
  });
  return { header, records };
}

/** Write rows as CSV (Papa Parse's writer), header first, LF line endings. */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\n' });
}

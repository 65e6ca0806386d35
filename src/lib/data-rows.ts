// Reading one CSV data file into validated rows, and the error every data problem is: a `DataError`
// whose message names the file, the line and row, the column, the value found and what was expected,
// so a typo in a CSV is found from the build log alone. Shared by every data file's parser.
import type { z } from 'zod';
import { parseCsv, type CsvRecord, type CsvTable } from './csv';

export interface DataFile {
  /** File name, as messages print it (e.g. `gpt3-table-h1.csv`). */
  name: string;
  text: string;
}

/** Where in which file a problem is. */
export interface DataErrorLocation {
  file: string;
  line?: number;
  /** What the row is, e.g. `task "HellaSwag", metric acc, setting few`. */
  row?: string;
  column?: string;
}

export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly location: DataErrorLocation,
    /** What is wrong, e.g. `found "4x.1"`. */
    readonly problem: string,
    /** What was expected instead. */
    readonly expected: string,
  ) {
    super(formatDataError(location, problem, expected));
  }
}

function formatDataError({ file, line, row, column }: DataErrorLocation, problem: string, expected: string): string {
  let where = line === undefined ? file : `${file}, line ${line}`;
  if (row !== undefined) where += ` (${row})`;
  if (column !== undefined) where += `, column "${column}"`;
  return `${where}: ${problem}; expected ${expected}.`;
}

export function checkHeader(file: DataFile, table: CsvTable, expected: readonly string[]): void {
  const expectedList = `the columns ${expected.join(', ')} in this order`;
  const missing = expected.find((column) => !table.header.includes(column));
  if (missing !== undefined) {
    throw new DataError({ file: file.name, line: 1, row: 'header', column: missing }, 'the column is missing', expectedList);
  }
  const unexpected = table.header.find((column) => !expected.includes(column));
  if (unexpected !== undefined) {
    throw new DataError({ file: file.name, line: 1, row: 'header', column: unexpected }, 'unknown column', expectedList);
  }
  const misplaced = expected.findIndex((column, index) => table.header[index] !== column);
  if (misplaced !== -1 || table.header.length !== expected.length) {
    throw new DataError(
      { file: file.name, line: 1, row: 'header', column: table.header[misplaced] ?? '' },
      `found the columns ${table.header.join(', ')}`,
      expectedList,
    );
  }
}

export function validateRecord<S extends z.ZodType>(
  file: DataFile,
  record: CsvRecord,
  header: readonly string[],
  schema: S,
  describe: (values: Record<string, string>) => string,
): z.output<S> {
  const row = describe(record.values);
  if (record.width !== header.length) {
    const column = header[record.width] ?? `#${record.width}`;
    throw new DataError(
      { file: file.name, line: record.line, row, ...(record.width < header.length ? { column } : {}) },
      `the row has ${record.width} cells`,
      `${header.length} cells, one per column`,
    );
  }
  const result = schema.safeParse(record.values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const column = String(issue?.path[0] ?? '');
  throw new DataError(
    { file: file.name, line: record.line, row, column },
    `found "${record.values[column] ?? ''}"`,
    issue?.message ?? 'a valid value',
  );
}

export function rowsOf<S extends z.ZodType>(
  file: DataFile,
  header: readonly string[],
  schema: S,
  describe: (values: Record<string, string>) => string,
): { record: CsvRecord; value: z.output<S> }[] {
  const table = parseCsv(file.text);
  checkHeader(file, table, header);
  return table.records.map((record) => ({ record, value: validateRecord(file, record, header, schema, describe) }));
}

export function rejectDuplicates<T>(
  file: DataFile,
  items: { record: CsvRecord; value: T }[],
  key: (value: T) => string,
  column: string,
  describe: (value: T) => string,
): void {
  const firstLine = new Map<string, number>();
  for (const { record, value } of items) {
    const k = key(value);
    const seen = firstLine.get(k);
    if (seen !== undefined) {
      throw new DataError(
        { file: file.name, line: record.line, row: describe(value), column },
        `duplicates line ${seen}`,
        `one row per ${column}`,
      );
    }
    firstLine.set(k, record.line);
  }
}

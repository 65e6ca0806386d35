// The <table> of a view: column headings with their units (under a shared heading where columns are
// grouped), one row per view row, "–" for empty cells. Built in whatever document it is given:
// linkedom's at build time, the page's in the browser (render-table.ts places it).
import { formatCell, screenHeading } from './cell-format';
import { withBase, type Column, type GlanceColumn, type Row } from './view-model';

export interface TableElementOptions {
  /** The site's base (import.meta.env.BASE_URL), for cells linked with `hrefKey`. */
  base: string;
  caption?: string;
}

/** Consecutive columns under the same group heading (or a single ungrouped column). */
interface Run {
  group?: string;
  columns: GlanceColumn[];
}

/** Numbers line up on the decimal side: their cells are right-aligned (src/styles/tables.css). */
const isNumber = (column: Column) => column.format !== 'text' && column.format !== 'yes-no';

/** The cell's class: prose wraps, numbers align; names and words are neither. */
const cellClass = (column: Column) => (column.prose ? 'cell-prose' : isNumber(column) ? 'cell-number' : undefined);

function runs(columns: readonly GlanceColumn[]): Run[] {
  const out: Run[] = [];
  for (const column of columns) {
    const last = out[out.length - 1];
    if (column.group !== undefined && last?.group === column.group) last.columns.push(column);
    else out.push({ group: column.group, columns: [column] });
  }
  return out;
}

export function tableElement(columns: readonly GlanceColumn[], rows: readonly Row[], document: Document, options: TableElementOptions): HTMLTableElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const heading = (column: Column, scope: string) => {
    const th = element('th', screenHeading(column));
    th.setAttribute('scope', scope);
    const className = cellClass(column);
    if (className) th.className = className;
    return th;
  };

  const table = element('table');
  if (options.caption !== undefined) table.append(element('caption', options.caption));
  const head = element('thead');
  const grouped = runs(columns);
  if (grouped.some((run) => run.group !== undefined)) {
    // Two heading rows: a group's name over its columns, whose own headings sit below it. The
    // <colgroup>s tell assistive technology which columns a group heading covers.
    for (const run of grouped) {
      const colgroup = element('colgroup');
      colgroup.setAttribute('span', String(run.columns.length));
      table.append(colgroup);
    }
    const top = element('tr');
    const below = element('tr');
    for (const run of grouped) {
      if (run.group === undefined) {
        const th = heading(run.columns[0]!, 'col');
        th.setAttribute('rowspan', '2');
        top.append(th);
        continue;
      }
      const th = element('th', run.group);
      th.setAttribute('scope', 'colgroup');
      th.setAttribute('colspan', String(run.columns.length));
      top.append(th);
      for (const column of run.columns) below.append(heading(column, 'col'));
    }
    head.append(top, below);
  } else {
    const row = element('tr');
    for (const column of columns) row.append(heading(column, 'col'));
    head.append(row);
  }

  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    for (const column of columns) {
      const td = element('td');
      const className = cellClass(column);
      if (className) td.className = className;
      const text = formatCell(row[column.key], column.format);
      const href = column.hrefKey ? row[column.hrefKey] : undefined;
      if (typeof href === 'string') {
        const link = element('a', text);
        link.setAttribute('href', withBase(options.base, href));
        td.append(link);
      } else td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

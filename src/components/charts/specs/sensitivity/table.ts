// The sensitivity chart's table and CSV: every alternative (drawn or not), the orders of magnitude
// beyond GPT-3 at each threshold and the change from the current assumptions, and a note on
// crossings with no number and rows not drawn.
import { HEADLINE_THRESHOLDS, type Sensitivity, type SensitivityRow } from '../../../../lib/sensitivity';
import { noteColumn, RESOURCE_COLUMNS, textColumn } from '../../../tables/columns';
import type { Column, Row } from '../../chart-model';
import { thresholdText } from '../labels';
import { placeOf, type Drawn } from './rows';

const key = (t: number, field: string) => `${Math.round(t * 100)}:${field}`;

export function sensitivityColumns(): Column[] {
  return [
    textColumn('alternative', 'Change from the current assumptions'),
    ...HEADLINE_THRESHOLDS.flatMap((t): Column[] => [
      { ...RESOURCE_COLUMNS.orders, key: key(t, 'orders'), label: `${thresholdText(t)}: orders beyond GPT-3` },
      { key: key(t, 'delta'), label: `${thresholdText(t)}: change in orders`, format: 'orders' },
    ]),
    noteColumn,
  ];
}

function note(row: SensitivityRow, drawnHere: boolean): string | null {
  const missing = row.headline.flatMap((h) => {
    const p = placeOf(h);
    return p.kind === 'edge' ? [`${thresholdText(h.threshold)}: ${p.word}${h.reason ? ` (${h.reason})` : ''}`] : [];
  });
  const parts = [...missing, ...(drawnHere ? [] : ['not drawn: moves no crossing in orders of magnitude'])];
  return parts.length ? parts.join('; ') : null;
}

export function sensitivityRows(result: Sensitivity, drawn: Drawn): Row[] {
  const all = [result.base, ...drawn.moved, ...drawn.still];
  return all.map((row) => {
    const out: Row = { alternative: row.id === 'base' ? 'None (current assumptions)' : row.label };
    row.headline.forEach((h, i) => {
      out[key(h.threshold, 'orders')] = h.orders;
      out[key(h.threshold, 'delta')] = row.id === 'base' ? null : row.delta[i]!.orders;
    });
    out.note = note(row, row.id === 'base' || drawn.moved.includes(row));
    return out;
  });
}

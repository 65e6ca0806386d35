// How the headline moves (src/lib/sensitivity.ts): the overall crossing at 80, 90 and 95 % under the
// current assumptions and under each one-step alternative, with the change in orders of magnitude.
// At a glance: each threshold's orders of magnitude beyond GPT-3 and their change, under the
// threshold's heading; every column (dollars, years, losses, FLOP) under "All columns" and in the CSV.
import { HEADLINE_THRESHOLDS, sensitivity, type Headline, type Sensitivity } from '../../../lib/sensitivity';
import type { Analysis, Assumptions, Dataset } from '../../../lib/types';
import { thresholdText } from '../../charts/specs/labels';
import { formatDollars } from '../../../lib/format';
import { budgetKey } from '../../../lib/time';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import { lossColumn, noteColumn, pickGlance, RESOURCE_COLUMNS, textColumn } from '../columns';
import type { Column, Row, TableModel } from '../table-model';
import type { NoParams } from './tasks';

/** The last few results by assumptions (a page may hold the table more than once; the browser redraws it). */
const cache = new Map<string, Sensitivity>();
function cached(dataset: Dataset, base: Assumptions): Sensitivity {
  const key = JSON.stringify({ ...base, bootstrap: 0, seed: 0 });
  let result = cache.get(key);
  if (!result) {
    result = sensitivity(dataset, base);
    cache.set(key, result);
    if (cache.size > 8) cache.delete(cache.keys().next().value!);
  }
  return result;
}

const key = (t: number, field: string) => `${Math.round(t * 100)}:${field}`;

function cells(h: Headline, budget: number): Row {
  const t = h.threshold;
  const year = h.yearAt?.[budgetKey(budget)] ?? null;
  return { [key(t, 'loss')]: h.loss, [key(t, 'flop')]: h.flop, [key(t, 'orders')]: h.orders, [key(t, 'dollars')]: h.dollars, [key(t, 'year')]: year };
}

/** Why a threshold has no number, or that the fit is past it already: the row's note. */
function headlineNote(h: Headline): string | null {
  if (h.reason) return `${thresholdText(h.threshold)}: ${h.reason}`;
  return h.status === 'already' ? `${thresholdText(h.threshold)}: already past at GPT-3 175B` : null;
}

export function sensitivityTable(analysis: Analysis, dataset: Dataset, _params: NoParams = {}): TableModel {
  const base = analysis.assumptions;
  const result = cached(dataset, base);
  // §14: the year each crossing falls to the first budget, so the halving-time rows show what they move.
  const budget = base.budgets[0]!;
  const rows = [result.base, ...result.alternatives].map((row) => {
    const out: Row = { alternative: row.label };
    for (const h of row.headline) Object.assign(out, cells(h, budget));
    for (const d of row.delta) out[key(d.threshold, 'delta')] = row.id === 'base' ? null : d.orders;
    const notes = [...new Set(row.headline.flatMap((h) => headlineNote(h) ?? []))];
    out.note = notes.length ? notes.join('; ') : null;
    return out;
  });
  const columns: Column[] = [
    { ...textColumn('alternative', 'Change from the current assumptions'), prose: true },
    ...HEADLINE_THRESHOLDS.flatMap((t): Column[] => [
      { ...RESOURCE_COLUMNS.orders, key: key(t, 'orders'), label: `${thresholdText(t)}: orders beyond GPT-3` },
      { key: key(t, 'delta'), label: `${thresholdText(t)}: Δ orders`, format: 'orders' },
      { ...RESOURCE_COLUMNS.dollars, key: key(t, 'dollars'), label: `${thresholdText(t)}: training cost` },
      { key: key(t, 'year'), label: `${thresholdText(t)}: year at ${formatDollars(budget)}`, unit: 'year', format: 'integer' },
      lossColumn(key(t, 'loss'), `${thresholdText(t)}: loss`),
      { ...RESOURCE_COLUMNS.flop, key: key(t, 'flop'), label: `${thresholdText(t)}: training FLOP` },
    ]),
    noteColumn,
  ];
  const glance = pickGlance(columns, [
    { key: 'alternative', label: 'One assumption changed' },
    ...HEADLINE_THRESHOLDS.flatMap((t) => [
      { key: key(t, 'orders'), label: 'Orders beyond GPT-3', group: thresholdText(t) },
      { key: key(t, 'delta'), label: 'Change', group: thresholdText(t) },
    ]),
  ]);
  return {
    caption:
      `Where the overall ${SETTING_NAMES[base.setting]} score's ${base.fitForm} fit reaches ${HEADLINE_THRESHOLDS.map(thresholdText).join(', ')} ` +
      `under the current assumptions (first row) and with one assumption changed at a time (each row reruns the whole analysis, ` +
      `without the bootstrap): the orders of magnitude of training FLOP beyond GPT-3 175B and their change from the first row; "All columns" adds ` +
      `the dollars, the year the cost falls to ${formatDollars(budget)} with hardware and algorithms improving, the loss and the training FLOP. Current: ${assumptionsLine(base)}`,
    columns,
    glance,
    rows,
    download: { what: 'sensitivity', setting: base.setting, state: base },
  };
}

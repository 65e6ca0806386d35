// How the headline moves (src/lib/sensitivity.ts): the overall crossing at 80, 90 and 95 % under the
// current assumptions and under each one-step alternative, with the change in orders of magnitude.
import { formatLoss, formatOrders, scientific, words } from '../../../lib/format';
import { HEADLINE_THRESHOLDS, sensitivity, type Headline, type Sensitivity } from '../../../lib/sensitivity';
import type { Analysis, Assumptions, Dataset } from '../../../lib/types';
import { thresholdText } from '../../charts/specs/labels';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import type { Cell, TableModel, TableColumn } from '../table-model';
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

function cells(h: Headline): Record<string, Cell> {
  const t = h.threshold;
  if (h.loss === null) {
    const text = h.status === 'no-fit' ? 'no fit' : 'never';
    return { [key(t, 'loss')]: text, [key(t, 'flop')]: text, [key(t, 'dollars')]: text };
  }
  return {
    [key(t, 'loss')]: `${formatLoss(h.loss)}${h.status === 'already' ? ' (already)' : ''}`,
    [key(t, 'flop')]: h.flop === null || h.orders === null ? 'unreachable' : `${scientific(h.flop)} (${formatOrders(h.orders)})`,
    [key(t, 'dollars')]: h.dollars === null ? null : `$${words(h.dollars)}`,
  };
}

export function sensitivityTable(analysis: Analysis, dataset: Dataset, _params: NoParams = {}): TableModel {
  const base = analysis.assumptions;
  const result = cached(dataset, base);
  const rows = [result.base, ...result.alternatives].map((row) => {
    const out: Record<string, Cell> = { alternative: row.label };
    for (const h of row.headline) Object.assign(out, cells(h));
    for (const d of row.delta) out[key(d.threshold, 'delta')] = row.id === 'base' ? '–' : d.orders === null ? null : formatOrders(d.orders);
    const reasons = [...new Set(row.headline.flatMap((h) => (h.reason ? [`${thresholdText(h.threshold)}: ${h.reason}`] : [])))];
    out.note = reasons.length ? reasons.join('; ') : null;
    return out;
  });
  const columns: TableColumn[] = [
    { key: 'alternative', label: 'Change from the current assumptions' },
    ...HEADLINE_THRESHOLDS.flatMap((t) => [
      { key: key(t, 'loss'), label: `${thresholdText(t)}: loss` },
      { key: key(t, 'flop'), label: `${thresholdText(t)}: FLOP (orders beyond GPT-3)` },
      { key: key(t, 'dollars'), label: `${thresholdText(t)}: dollars` },
      { key: key(t, 'delta'), label: `${thresholdText(t)}: Δ orders` },
    ]),
    { key: 'note', label: 'Note' },
  ];
  return {
    caption:
      `Where the overall ${SETTING_NAMES[base.setting]} score's ${base.fitForm} fit reaches ${HEADLINE_THRESHOLDS.map(thresholdText).join(', ')} ` +
      `under the current assumptions (first row) and with one assumption changed at a time (each row reruns the whole analysis, ` +
      `without the bootstrap): the loss, the training FLOP with its orders of magnitude beyond GPT-3 175B, the dollars, and the change ` +
      `in orders of magnitude from the first row. Current: ${assumptionsLine(base)}`,
    columns,
    rows,
    csvName: 'sensitivity.csv',
  };
}

// Where the fits reach each threshold (METHOD §8) and what that costs (§6): one row per series ×
// threshold × fit form, with the bootstrap's 80 % and 95% ranges of the loss (and of the FLOP at the
// range's ends) where the analysis has them.
import { formatLoss, formatOrders, formatPercent, scientific, words } from '../../../lib/format';
import { lossToResources } from '../../../lib/resources';
import type { Analysis, Dataset, Range, Setting } from '../../../lib/types';
import { findSeries } from '../../../lib/analyse';
import { parseSeriesList } from '../../../lib/series-ref';
import { lossRangeText, seriesName, thresholdText } from '../../charts/specs/labels';
import { formsOf, type FitChoice } from '../../charts/specs/series';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import type { Cell, TableModel } from '../table-model';

export interface CrossingsTableOptions {
  /** `overall`, `categories`, a category or task id, or a comma-separated list of those. */
  series: string;
  /** Defaults to both forms. */
  fit?: FitChoice;
  /** Defaults to the analysis' chosen setting (the only one with bootstrap ranges). */
  setting?: Setting;
}

const STATUS_TEXT = { reached: 'reached', already: 'already', never: 'never', 'no-fit': 'no fit' } as const;

export function crossingsTable(analysis: Analysis, dataset: Dataset, options: CrossingsTableOptions): TableModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const forms = formsOf(options.fit ?? 'both', analysis);
  const list = parseSeriesList(options.series, dataset).map((ref) => findSeries(analysis, ref, setting));
  const { assumptions } = analysis;
  const flopAt = (loss: number): string => {
    const r = lossToResources(loss, assumptions.lossModel, assumptions);
    return r.ok ? scientific(r.flop) : 'unreachable';
  };
  const rangeCells = (range: Range | null | undefined): Record<string, Cell> =>
    range
      ? {
          loss80: lossRangeText(range.lo80, range.hi80),
          loss95: lossRangeText(range.lo95, range.hi95),
          // Lower loss costs more: the FLOP range runs from the range's high loss to its low loss.
          flop80: `${flopAt(range.hi80)} – ${flopAt(range.lo80)}`,
          flop95: `${flopAt(range.hi95)} – ${flopAt(range.lo95)}`,
          neverShare: formatPercent(range.neverShare),
        }
      : { loss80: null, loss95: null, flop80: null, flop95: null, neverShare: null };

  const rows: Record<string, Cell>[] = [];
  for (const s of list) {
    for (const form of forms) {
      s.crossings[form].forEach((c, i) => {
        const range = s.crossingRanges?.[form]?.[i] ?? (c.status === 'reached' ? c.lossRange : undefined);
        const base: Record<string, Cell> = {
          series: seriesName(s),
          threshold: thresholdText(c.threshold),
          fit: form,
          status: STATUS_TEXT[c.status],
          loss: null,
          params: null,
          tokens: null,
          flop: null,
          dollars: null,
          orders: null,
          note: null,
          ...rangeCells(s.crossingRanges || c.status === 'reached' ? range : undefined),
        };
        if (c.status === 'never' || c.status === 'no-fit') {
          rows.push({ ...base, note: c.reason });
          return;
        }
        const r = c.resources;
        rows.push({
          ...base,
          loss: formatLoss(c.loss),
          ...(r.ok
            ? {
                params: scientific(r.params),
                tokens: scientific(r.tokens),
                flop: scientific(r.flop),
                dollars: `$${words(r.dollars)}`,
                orders: formatOrders(r.ordersBeyondGpt3),
              }
            : {}),
          note: !r.ok ? r.reason : c.status === 'already' ? 'the fitted curve is already past this threshold at GPT-3 175B' : null,
        });
      });
    }
  }

  const bootstrap = assumptions.bootstrap > 0 && list.some((s) => s.crossingRanges);
  return {
    caption:
      `Where the ${forms.length === 2 ? 'linear and logistic fits' : `${forms[0]} fit`} of the normalised ${SETTING_NAMES[setting]} score ` +
      `(${list.map(seriesName).join(', ')}) reach each threshold: the loss, the parameters, tokens, training FLOP and dollars that reach it, ` +
      `and the orders of magnitude of training FLOP beyond GPT-3 175B, measured with the same conversion at both ends (GPT-3 175B's loss converts to ${scientific(analysis.yardstick.convertedFlop)} FLOP). ` +
      `"Already": GPT-3 175B's fitted score is past the threshold; "never": the fit does not reach it. ` +
      (bootstrap
        ? `Ranges: the bootstrap's 80% and 95% intervals of the crossing loss (${assumptions.bootstrap} resamples), and the FLOP at their ends; ` +
          `"never in resamples" is the share of resamples that never reach the threshold. `
        : 'No bootstrap ranges (the bootstrap is off, or this setting has none). ') +
      assumptionsLine(assumptions),
    columns: [
      { key: 'series', label: 'Series' },
      { key: 'threshold', label: 'Threshold' },
      { key: 'fit', label: 'Fit' },
      { key: 'status', label: 'Status' },
      { key: 'loss', label: 'Loss (nats/token)' },
      { key: 'params', label: 'Parameters' },
      { key: 'tokens', label: 'Tokens' },
      { key: 'flop', label: 'Training FLOP' },
      { key: 'dollars', label: 'Dollars' },
      { key: 'orders', label: 'Orders of magnitude beyond GPT-3' },
      { key: 'loss80', label: 'Loss, 80% range' },
      { key: 'loss95', label: 'Loss, 95% range' },
      { key: 'flop80', label: 'FLOP, 80% range' },
      { key: 'flop95', label: 'FLOP, 95% range' },
      { key: 'neverShare', label: 'Never in resamples' },
      { key: 'note', label: 'Note' },
    ],
    rows,
    csvName: `crossings-${options.series.replace(/[^a-z0-9]+/gi, '-')}-${setting}-shot.csv`,
  };
}

// Where the fits reach each threshold (METHOD §8) and what that costs (§6): one row per series ×
// threshold × fit form, with the §6 warnings, and the bootstrap's 80 % and 95 % ranges of the loss
// (and of the FLOP at the range's ends) where the analysis has them. The screen shows the columns a
// reader needs at a glance (which crossing, whether it is reached, how far beyond GPT-3, what it
// costs); every column follows under "All columns" and in the CSV, those first.
import { noFitText } from '../../../lib/fit-sentences';
import { formatOrders, scientific } from '../../../lib/format';
import { resourcesAt } from '../../../lib/yardstick';
import type { Analysis, Crossing, Dataset, FitForm, Range, Setting } from '../../../lib/types';
import { findSeries } from '../../../lib/analyse';
import { parseSeriesList } from '../../../lib/series-ref';
import { seriesName } from '../../charts/specs/labels';
import { formsOf, type FitChoice } from '../../charts/specs/series';
import { assumptionsLine, SETTING_NAMES } from '../../charts/specs/words';
import {
  costCells,
  costColumns,
  lossColumn,
  noteColumn,
  rangeCells,
  rangeColumns,
  RESOURCE_COLUMNS,
  resourceCells,
  textColumn,
  thresholdColumn,
  WARNING_COLUMNS,
  warningCells,
  pickGlance,
} from '../columns';
import type { Column, Row, TableModel } from '../table-model';

export interface CrossingsTableOptions {
  /** `overall`, `categories`, a category or task id, or a comma-separated list of those. */
  series: string;
  /** Defaults to both forms. */
  fit?: FitChoice;
  /** Defaults to the analysis' chosen setting (the only one with bootstrap ranges). */
  setting?: Setting;
}

const STATUS_TEXT = { reached: 'reached', already: 'already', never: 'never', 'no-fit': 'no fit' } as const;

/** The sentence that states the yardstick's offset once (§6), for this table's caption. */
export function yardstickSentence(analysis: Analysis): string {
  const y = analysis.yardstick;
  return (
    `GPT-3 175B's loss converts to ${scientific(y.convertedFlop)} FLOP, ${formatOrders(y.offsetOrders)} orders from its actual ` +
    `${scientific(y.gpt3Flop)} FLOP (the conversion assumes loss-optimal training); distances here use the conversion at both ends.`
  );
}

function crossingNote(c: Crossing, form: FitForm): string | null {
  if (c.status === 'no-fit') return noFitText(form, c);
  if (c.status === 'never') return c.reason;
  if (!c.resources.ok) return c.resources.reason;
  return c.status === 'already' ? 'the fitted curve is already past this threshold at GPT-3 175B' : null;
}

export function crossingsTable(analysis: Analysis, dataset: Dataset, options: CrossingsTableOptions): TableModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const forms = formsOf(options.fit ?? 'both', analysis);
  const list = parseSeriesList(options.series, dataset).map((ref) => findSeries(analysis, ref, setting));
  const { assumptions } = analysis;
  const flopAt = (loss: number): number | null => {
    const r = resourcesAt(analysis, loss);
    return r.ok ? r.flop : null;
  };
  // Lower loss costs more: the FLOP range's low end is at the loss range's high end.
  const flopEnds = (range: Range) => ({ lo80: flopAt(range.hi80), hi80: flopAt(range.lo80), lo95: flopAt(range.hi95), hi95: flopAt(range.lo95) });
  const rangeRow = (range: Range | null | undefined): Row => ({
    ...rangeCells('loss', range ?? undefined),
    ...rangeCells('flop', range ? flopEnds(range) : undefined),
    neverShare: range?.neverShare ?? null,
  });

  const rows: Row[] = list.flatMap((s) =>
    forms.flatMap((form) =>
      s.crossings[form].map((c, i): Row => {
        const range = s.crossingRanges?.[form]?.[i] ?? (c.status === 'reached' ? c.lossRange : undefined);
        const resources = 'resources' in c ? c.resources : undefined;
        return {
          series: seriesName(s),
          threshold: c.threshold,
          fit: form,
          status: STATUS_TEXT[c.status],
          loss: 'loss' in c ? c.loss : null,
          ...resourceCells(resources),
          ...costCells(resources, assumptions.budgets),
          ...warningCells(resources, assumptions.lossModel),
          ...rangeRow(range),
          note: crossingNote(c, form),
        };
      }),
    ),
  );

  const bootstrap = assumptions.bootstrap > 0 && list.some((s) => s.crossingRanges);
  const columns: Column[] = [
    textColumn('series', 'Series'),
    thresholdColumn,
    textColumn('fit', 'Fit'),
    textColumn('status', 'Status'),
    RESOURCE_COLUMNS.orders,
    RESOURCE_COLUMNS.dollars,
    WARNING_COLUMNS.warnings,
    ...costColumns(assumptions.budgets),
    lossColumn(),
    RESOURCE_COLUMNS.params,
    RESOURCE_COLUMNS.tokens,
    RESOURCE_COLUMNS.flop,
    WARNING_COLUMNS.beyondParams,
    WARNING_COLUMNS.beyondTokens,
    WARNING_COLUMNS.belowEntropy,
    ...rangeColumns('loss', 'Loss', lossColumn()),
    ...rangeColumns('flop', 'Training FLOP', RESOURCE_COLUMNS.flop),
    { key: 'neverShare', label: 'Never in resamples', unit: 'fraction of resamples', format: 'percent' },
    noteColumn,
  ];
  // A column that is the same on every row (one series, one form) says nothing at a glance: the caption names it.
  const glance = pickGlance(columns, [
    ...(list.length > 1 ? ['series'] : []),
    'threshold',
    ...(forms.length > 1 ? ['fit'] : []),
    'status',
    { key: 'orders', label: 'Orders beyond GPT-3' },
    { key: 'dollars', label: 'Training cost, 2020' },
  ]);
  return {
    caption:
      `Where the ${forms.length === 2 ? 'linear and logistic fits' : `${forms[0]} fit`} of the normalised ${SETTING_NAMES[setting]} score ` +
      `(${list.map(seriesName).join(', ')}) reach each threshold: the orders of magnitude of training FLOP beyond GPT-3 175B and the dollars at 2020 prices; ` +
      `"All columns" adds the warnings, what the dollars fall to by 2025 and 2030 and the year they reach each budget (hardware halving the cost every ${assumptions.hardwareHalving} years, algorithms every ${assumptions.algorithmHalving} years),` +
      ` and the loss, parameters, tokens and training FLOP that reach it. ${yardstickSentence(analysis)} ` +
      `Warnings: how far the crossing's parameters (N) and tokens (D) lie beyond the largest model the scaling law was fitted on, and whether ` +
      `its loss lies below the estimated entropy of text; a crossing is shown under every warning. ` +
      `"Already": GPT-3 175B's fitted score is past the threshold; "never": the fit does not reach it. ` +
      (bootstrap
        ? `Ranges: the bootstrap's 80% and 95% intervals of the crossing loss (${assumptions.bootstrap} resamples), and the FLOP at their ends; ` +
          `"never in resamples" is the share of resamples that never reach the threshold. `
        : 'No bootstrap ranges (the bootstrap is off, or this setting has none). ') +
      assumptionsLine(assumptions),
    columns,
    glance,
    rows,
    download: { what: `crossings-${options.series}${options.fit ? `-${options.fit}` : ''}`, setting, state: assumptions },
  };
}

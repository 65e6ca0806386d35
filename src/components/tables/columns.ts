// Columns several views share, each defined once: its label, the unit of its raw values and its
// formatter. And the cells of the §6 resources, so a crossing's table and the extrapolation's
// table print a conversion alike.
import { warningText } from '../../lib/yardstick';
import { budgetKey } from '../../lib/time';
import { formatDollars } from '../../lib/format';
import type { LossModelId, Resources } from '../../lib/types';
import type { Column, GlanceColumn, Row } from './view-model';

/** The unit of a normalised score's raw value. */
export const SCORE_UNIT = 'fraction, 0 = chance, 1 = ceiling';

export const textColumn = (key: string, label: string): Column => ({ key, label, format: 'text' });
export const noteColumn: Column = { ...textColumn('note', 'Note'), prose: true };
export const lossColumn = (key = 'loss', label = 'Loss'): Column => ({ key, label, unit: 'nats/token', format: 'loss' });
export const scoreColumn = (key: string, label: string): Column => ({ key, label, unit: SCORE_UNIT, format: 'percent' });
export const thresholdColumn: Column = { key: 'threshold', label: 'Threshold', unit: SCORE_UNIT, format: 'threshold' };
export const pointsColumn = (key: string, label: string): Column => ({
  key,
  label,
  unit: 'difference of normalised scores; 0.01 = 1 point',
  format: 'points',
});

/** An absolute error of normalised scores, printed unsigned in points. */
export const absPointsColumn = (key: string, label: string): Column => ({
  key,
  label,
  unit: 'absolute difference of normalised scores; 0.01 = 1 point',
  format: 'abs-points',
});

/** The §6 conversion of a loss: what reaching it costs, and how far that is beyond GPT-3. */
export const RESOURCE_COLUMNS = {
  params: { key: 'params', label: 'Parameters', unit: 'count', format: 'scientific' },
  tokens: { key: 'tokens', label: 'Tokens', unit: 'count', format: 'scientific' },
  flop: { key: 'flop', label: 'Training FLOP', unit: 'FLOP', format: 'scientific' },
  orders: { key: 'orders', label: 'Orders of magnitude beyond GPT-3', format: 'orders' },
  dollars: { key: 'dollars', label: 'Training cost', unit: 'US$', format: 'dollars' },
} as const satisfies Record<string, Column>;

/** The cells of RESOURCE_COLUMNS: null throughout where the loss converts to nothing. */
export function resourceCells(r: Resources | undefined): Row {
  const ok = r?.ok ? r : undefined;
  return {
    params: ok?.params ?? null,
    tokens: ok?.tokens ?? null,
    flop: ok?.flop ?? null,
    orders: ok?.ordersBeyondGpt3 ?? null,
    dollars: ok?.dollars ?? null,
  };
}

/** §6's warnings of a conversion: the sentence, and its parts as numbers. */
export const WARNING_COLUMNS = {
  warnings: { ...textColumn('warnings', 'Warnings'), prose: true },
  beyondParams: { key: 'beyondParams', label: "N: orders of magnitude beyond the law's fitted range", format: 'orders' },
  beyondTokens: { key: 'beyondTokens', label: "D: orders of magnitude beyond the law's fitted range", format: 'orders' },
  belowEntropy: { key: 'belowEntropy', label: 'Below the entropy estimate', format: 'yes-no' },
} as const satisfies Record<string, Column>;

export function warningCells(r: Resources | undefined, lossModel: LossModelId): Row {
  const ok = r?.ok ? r : undefined;
  return {
    warnings: ok ? warningText(ok, lossModel) : null,
    beyondParams: ok?.beyondFittedRange.params ?? null,
    beyondTokens: ok?.beyondFittedRange.tokens ?? null,
    belowEntropy: ok?.belowEntropyEstimate ?? null,
  };
}

/** A bootstrap range as four numbers: its 80 % and 95 % intervals' low and high ends. */
export interface RangeEnds {
  lo80: number | null;
  hi80: number | null;
  lo95: number | null;
  hi95: number | null;
}

const RANGE_ENDS = [
  ['80', 'lo'],
  ['80', 'hi'],
  ['95', 'lo'],
  ['95', 'hi'],
] as const;

/** A range's ends in separate columns (`<key>:80:lo` …), each like `like`: never one "a – b" cell. */
export function rangeColumns(key: string, label: string, like: Omit<Column, 'key' | 'label'>): Column[] {
  return RANGE_ENDS.map(([level, end]) => ({ ...like, key: `${key}:${level}:${end}`, label: `${label}, ${level}% range, ${end === 'lo' ? 'low' : 'high'}` }));
}

export function rangeCells(key: string, ends: RangeEnds | undefined): Row {
  return Object.fromEntries(RANGE_ENDS.map(([level, end]) => [`${key}:${level}:${end}`, ends?.[`${end}${level}`] ?? null]));
}

/** §14: a crossing's cost in 2025 and 2030, and the year it falls to each budget ("already" if it costs less in 2020). */
export function costColumns(budgets: readonly number[]): Column[] {
  return [
    { key: 'cost2025', label: 'Cost in 2025', unit: 'US$', format: 'dollars' },
    { key: 'cost2030', label: 'Cost in 2030', unit: 'US$', format: 'dollars' },
    ...budgets.map((b): Column => ({ key: `yearAt:${budgetKey(b)}`, label: `Year at ${formatDollars(b)}`, unit: 'year', format: 'integer' })),
  ];
}

export function costCells(r: Resources | undefined, budgets: readonly number[]): Row {
  const ok = r?.ok ? r : undefined;
  return {
    cost2025: ok?.cost.in5Years ?? null,
    cost2030: ok?.cost.in10Years ?? null,
    ...Object.fromEntries(budgets.map((b) => [`yearAt:${budgetKey(b)}`, ok?.cost.yearAt[budgetKey(b)] ?? null])),
  };
}

/**
 * A glance column: a view column's key, relabelled (and its unit left out, where the caption gives it
 * once for several columns) or put under a shared heading where given.
 */
export type GlancePick = string | ({ key: string } & Partial<Pick<GlanceColumn, 'label' | 'group' | 'unit'>>);

/**
 * The at-a-glance columns (view-model.ts: DataView.glance), picked by key from the view's own columns,
 * so the glance can only show what the full table and the CSV hold. An unknown key is a spec's bug.
 */
export function pickGlance(columns: readonly Column[], picks: readonly GlancePick[]): GlanceColumn[] {
  return picks.map((pick) => {
    const { key, ...changes } = typeof pick === 'string' ? { key: pick } : pick;
    const column = columns.find((c) => c.key === key);
    if (!column) throw new Error(`glance column "${key}" is not a column of the table`);
    return { ...column, ...changes };
  });
}

// What the sensitivity chart draws, from src/lib/sensitivity.ts: for each alternative that moves a
// headline crossing, and each threshold, where the crossing goes in orders of magnitude beyond GPT-3
// and how it got there from the current assumptions' crossing. A crossing with no number (never
// reached, no fit, or a loss the loss model cannot reach) is an "edge" point: drawn at the scale's
// edge with its word, never as 0. Alternatives that move no crossing (price, halving times) are left
// out of the picture and named in the caption: they move dollars and years, not orders.
import type { Headline, Sensitivity, SensitivityRow } from '../../../../lib/sensitivity';

/** Why a crossing has no number, in a word the chart can print. */
export type EdgeWord = 'never' | 'no fit' | 'unreachable';

export const edgeWord = (h: Headline): EdgeWord => (h.status === 'never' ? 'never' : h.status === 'no-fit' ? 'no fit' : 'unreachable');

/** One crossing as the chart places it: a number of orders, or the edge with its word. */
export type Place = { kind: 'orders'; orders: number } | { kind: 'edge'; word: EdgeWord };

export const placeOf = (h: Headline): Place => (h.orders === null ? { kind: 'edge', word: edgeWord(h) } : { kind: 'orders', orders: h.orders });

/** Two places are the same if both have the same number, or neither has one (whatever the word). */
const samePlace = (a: Place, b: Place): boolean =>
  a.kind === 'orders' && b.kind === 'orders' ? a.orders === b.orders : a.kind === 'edge' && b.kind === 'edge';

/** Whether an alternative moves any crossing (in orders, or between a number and none). */
export const movesOrders = (row: SensitivityRow, base: SensitivityRow): boolean =>
  row.headline.some((h, i) => !samePlace(placeOf(h), placeOf(base.headline[i]!)));

/**
 * How far a row moves its furthest-moved crossing: a crossing that gains or loses its number counts
 * as moving furthest of all, so those rows come first.
 */
export function movement(row: SensitivityRow, base: SensitivityRow): number {
  return Math.max(
    ...row.headline.map((h, i) => {
      const [to, from] = [placeOf(h), placeOf(base.headline[i]!)];
      if (to.kind === 'orders' && from.kind === 'orders') return Math.abs(to.orders - from.orders);
      return samePlace(to, from) ? 0 : Infinity;
    }),
  );
}

export interface Drawn {
  /** Rows that move a crossing, furthest-moving first (ties in the order sensitivity.ts gives). */
  moved: SensitivityRow[];
  /** Rows that move none. */
  still: SensitivityRow[];
}

export function drawnRows(result: Sensitivity): Drawn {
  const moved = result.alternatives
    .filter((r) => movesOrders(r, result.base))
    .map((row, i) => ({ row, i, by: movement(row, result.base) }))
    .sort((a, b) => b.by - a.by || a.i - b.i)
    .map((r) => r.row);
  return { moved, still: result.alternatives.filter((r) => !movesOrders(r, result.base)) };
}

/** The marks' data: one per drawn row and threshold. */
export interface Point {
  row: string;
  threshold: number;
  /** The facet's name, "80%". */
  facet: string;
  base: Place;
  to: Place;
  /** further: more compute than the current assumptions need; nearer: less; same: unchanged. */
  direction: 'further' | 'nearer' | 'same';
}

function direction(base: Place, to: Place): Point['direction'] {
  if (samePlace(base, to)) return 'same';
  if (base.kind === 'orders' && to.kind === 'orders') return to.orders > base.orders ? 'further' : 'nearer';
  // Losing the number is moving out of reach; gaining one is coming within it.
  return to.kind === 'edge' ? 'further' : 'nearer';
}

export function points(drawn: Drawn, base: SensitivityRow, facet: (t: number) => string): Point[] {
  return drawn.moved.flatMap((row) =>
    row.headline.map((h, i) => {
      const from = placeOf(base.headline[i]!);
      const to = placeOf(h);
      return { row: row.label, threshold: h.threshold, facet: facet(h.threshold), base: from, to, direction: direction(from, to) };
    }),
  );
}

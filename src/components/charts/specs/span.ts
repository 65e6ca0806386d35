/** Losses spanning [lo, hi] in `count` steps, for drawing a fitted curve. */
export function span(lo: number, hi: number, count = 80): number[] {
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

// Labels along one axis nudged apart: each label wants a position (the end of its curve, its line),
// and no two may be closer than `gap`. Overlapping labels are merged into blocks, each block placed
// where its labels want it on average and kept inside [lo, hi], until no two blocks overlap. This is
// the least-squares placement that keeps the labels' order, so a label moves only as far as it must.

interface Block {
  /** Sorted indices of the labels in the block, spaced `step` apart from `start`. */
  members: number[];
  /** Σ (wanted − offset in the block): the block's best start is this over the count. */
  sum: number;
  start: number;
}

/** Positions for labels wanting `wanted` (any units), at least `gap` apart, within [lo, hi]; in the order given. */
export function dodge(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const sorted = wanted.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w || a.i - b.i);
  const span = Math.max(0, hi - lo);
  // When they cannot all fit, they share the whole span evenly (closer than `gap`, but in order).
  const step = sorted.length > 1 && gap * (sorted.length - 1) > span ? span / (sorted.length - 1) : gap;
  const place = (b: Block): Block => {
    const size = step * (b.members.length - 1);
    b.start = Math.min(Math.max(b.sum / b.members.length, lo), Math.max(lo, hi - size));
    return b;
  };
  const blocks: Block[] = [];
  sorted.forEach(({ w }, k) => {
    blocks.push(place({ members: [k], sum: w, start: w }));
    // Merge the newest block into the one before while they overlap.
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.start + step * a.members.length <= b.start + 1e-9 * Math.max(1, Math.abs(step))) break;
      const sum = a.sum + b.sum - a.members.length * b.members.length * step;
      blocks.splice(-2, 2, place({ members: [...a.members, ...b.members], sum, start: 0 }));
    }
  });
  const out = new Array<number>(wanted.length);
  for (const b of blocks) b.members.forEach((k, j) => (out[sorted[k]!.i] = b.start + j * step));
  return out;
}

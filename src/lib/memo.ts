// A small bounded cache for `analyse`. Fits depend only on the eight (loss, score) points, and most
// edits a reader makes (price, tokens per word, thresholds, headline setting or form) leave those
// unchanged, so re-analysing after such an edit reuses the fits instead of re-solving 384 logistics.

/** Entries kept per cache; the oldest is dropped first. A few full analyses' worth. */
const MAX_ENTRIES = 2048;

export class BoundedCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * An exact key for arrays of numbers: JavaScript prints the shortest string that reads back as the
 * same double, so equal keys mean equal values.
 */
export function numbersKey(...arrays: readonly (readonly number[])[]): string {
  return arrays.map((a) => a.join(',')).join('|');
}

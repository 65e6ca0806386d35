// §8: the bootstrap's seeded, deterministic random numbers.
//
// Library: pure-rand (https://github.com/dubzzz/pure-rand, MIT, maintained; no dependencies, pure
// integer arithmetic, so the same seed gives the same stream in Node and in every browser).
// Generator: its `mersenne`, the standard 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura
// 1998) seeded by the reference `init_genrand`; its uint32 stream is the one NumPy's legacy
// `np.random.RandomState(seed)` produces, which tests/unit/random.test.ts checks. Doubles come from
// pure-rand's `uniformFloat64` (53 random bits from two draws), uniform on [0, 1).

import { mersenne } from 'pure-rand/generator/mersenne';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/**
 * A deterministic PRNG returning numbers uniform on [0, 1). `seed` must be a finite number; it is
 * truncated to an integer and reduced to 32 bits (ToInt32), so 42 and 42.9 give the same stream,
 * as do 1 and 2**32 + 1.
 */
export function createRng(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new RangeError(`the seed must be a finite number, got ${seed}`);
  const gen = mersenne(Math.trunc(seed) | 0);
  return () => uniformFloat64(gen);
}

/** The raw uint32 stream of MT19937 for `seed` (for tests and cross-checks against NumPy). */
export function createUint32Stream(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new RangeError(`the seed must be a finite number, got ${seed}`);
  const gen = mersenne(Math.trunc(seed) | 0);
  return () => gen.next() >>> 0;
}

/** An integer uniform on 0 … n − 1 drawn from `rng` (n ≥ 1); for resampling indices. */
export function randomIndex(rng: () => number, n: number): number {
  return Math.floor(rng() * n);
}

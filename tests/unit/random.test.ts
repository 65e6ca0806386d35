import { describe, expect, test } from 'vitest';
import { createRng, createUint32Stream, randomIndex } from '../../src/lib/random';

// Reference streams computed with NumPy on this machine (its legacy RandomState seeds MT19937 with the
// reference init_genrand, as pure-rand's `mersenne` does):
//   bg = np.random.RandomState(42)._bit_generator; [int(bg.random_raw()) for _ in range(6)]
//   → [1608637542, 3421126067, 4083286876, 787846414, 3143890026, 3348747335]
//   bg = np.random.RandomState(5489)._bit_generator → first 3499211612 (MT19937's published first output)
// and the doubles pure-rand's uniformFloat64 builds from pairs of them (26 low bits / 2^26 + 27 low bits / 2^53):
//   [(r[2*i]&(2**26-1))/2**26 + (r[2*i+1]&(2**27-1))/2**53 for i in range(3)]
//   → [0.9705673231091424, 0.8457159529613436, 0.8476120673136699]

describe('random', () => {
  test('the uint32 stream is MT19937 (same as NumPy RandomState)', () => {
    const s = createUint32Stream(42);
    expect(Array.from({ length: 6 }, s)).toEqual([1608637542, 3421126067, 4083286876, 787846414, 3143890026, 3348747335]);
    expect(createUint32Stream(5489)()).toBe(3499211612);
  });

  test('the doubles are the documented function of that stream', () => {
    const r = createRng(42);
    expect([r(), r(), r()]).toEqual([0.9705673231091424, 0.8457159529613436, 0.8476120673136699]);
  });

  test('same seed → same stream; different seed → different stream', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const sa = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(sa);
    expect(Array.from({ length: 1000 }, c)).not.toEqual(sa);
  });

  test('values lie in [0, 1) and look uniform', () => {
    const r = createRng(1);
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 10)]!++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(sum / n).toBeGreaterThan(0.495);
    expect(sum / n).toBeLessThan(0.505);
    for (const b of bins) expect(Math.abs(b - n / 10)).toBeLessThan(500); // ~5 σ
  });

  test('seed handling: truncated to a 32-bit integer; non-finite rejected', () => {
    expect(createRng(42.9)()).toBe(createRng(42)());
    expect(createRng(2 ** 32 + 42)()).toBe(createRng(42)());
    expect(() => createRng(NaN)).toThrow(RangeError);
    expect(() => createRng(Infinity)).toThrow(RangeError);
  });

  test('randomIndex covers 0 … n − 1', () => {
    const r = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomIndex(r, 8));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

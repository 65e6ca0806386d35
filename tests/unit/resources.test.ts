import { describe, expect, it } from 'vitest';
import {
  chinchillaOptimalParams,
  chinchillaOptimalTokens,
  kaplanParamsForLoss,
  kaplanTokensForLoss,
  lossForFlop,
  lossForParams,
  lossForTokens,
  lossToResources,
} from '../../src/lib/resources';
import { LOSS_MODELS } from '../../src/lib/types';

const prices = { flopPerDollar: 1e17, tokensPerWord: 1.4 };
const rel = (actual: number, expected: number, tol = 1e-10) => expect(Math.abs(actual / expected - 1)).toBeLessThan(tol);

describe('loss → resources (§6)', () => {
  it('Kaplan single-variable reading at L = 1.5', () => {
    // python3: N = 8.8e13*1.5**(-1/0.076); D = 5.4e13*1.5**(-1/0.095); C = 6*N*D
    const r = lossToResources(1.5, 'gpt3-frontier', prices);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    rel(r.params, 424123582748.9898);
    rel(r.tokens, 756487156825.7322);
    rel(r.flop, 1.9250642595391587e24);
    rel(r.dollars, 19250642.595391586); // C / 1e17
    rel(r.words, 540347969161.2373); // D / 1.4
    // kaplan-nd uses the same single-variable reading
    expect(lossToResources(1.5, 'kaplan-nd', prices)).toEqual(r);
  });

  it('Chinchilla compute-optimal N and D at L = 1.9', () => {
    // python3: N = (406.4*0.62/(0.28*0.21))**(1/0.34); D = (410.7*0.62/(0.34*0.21))**(1/0.28).
    // Cross-checked by minimising log(6ND) over N numerically (scipy minimize_scalar) subject to
    // A/N^α + B/D^β = L − E: N = 4.81126213e10, C = 1.40250287559030e24.
    const r = lossToResources(1.9, 'chinchilla', prices);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    rel(r.params, 48112620070.51055);
    rel(r.tokens, 4858402617078.045);
    rel(r.flop, 1.4025028755903007e24);
    rel(r.dollars, 14025028.755903007);
  });

  it('Chinchilla: losses at or below E = 1.69 are unreachable, with a reason', () => {
    for (const loss of [1.69, 1.5]) {
      const r = lossToResources(loss, 'chinchilla', prices);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/irreducible loss E = 1\.69/);
    }
    expect(lossToResources(0, 'gpt3-frontier', prices).ok).toBe(false);
  });

  it('inverses on hand-checked values', () => {
    // python3 brentq on 6*N(L)*D(L) = C (root-finding, not the closed form)
    expect(lossForFlop(1e26, 'gpt3-frontier')).toBeCloseTo(1.2695702131009845, 10);
    expect(lossForFlop(1e26, 'chinchilla')).toBeCloseTo(1.7990634812441675, 10);
    expect(lossForFlop(3.14e23, 'kaplan-nd')).toBeCloseTo(1.6193544423200978, 10);
    expect(lossForFlop(3.14e23, 'chinchilla')).toBeCloseTo(1.9542541225506804, 10);
    // python3: (8.8e13/1e15)**0.076 and 1.69 + 406.4*0.62/(0.28*1e15**0.34)
    expect(lossForParams(1e15, 'gpt3-frontier')).toBeCloseTo(0.8313438398801473, 12);
    expect(lossForParams(1e15, 'chinchilla')).toBeCloseTo(1.6971480463088215, 12);
    // python3: (5.4e13/1.4e12)**0.095 and 1.69 + 410.7*0.62/(0.34*1.4e12**0.28)
    expect(lossForTokens(1.4e12, 'kaplan-nd')).toBeCloseTo(1.4148006275989145, 12);
    expect(lossForTokens(1.4e12, 'chinchilla')).toBeCloseTo(1.9875237404576958, 12);
  });

  it('inverses are null where there is nothing to invert', () => {
    for (const id of LOSS_MODELS) {
      expect(lossForParams(0, id)).toBeNull();
      expect(lossForTokens(-1, id)).toBeNull();
      expect(lossForFlop(Number.NaN, id)).toBeNull();
    }
  });

  it('round trips loss → N → loss, loss → D → loss, loss → C → loss, and D → loss → D', () => {
    for (const id of LOSS_MODELS) {
      for (const loss of [1.75, 1.9, 2.2, 2.5]) {
        const r = lossToResources(loss, id, prices);
        if (!r.ok) throw new Error(r.reason);
        expect(lossForParams(r.params, id)).toBeCloseTo(loss, 12);
        expect(lossForTokens(r.tokens, id)).toBeCloseTo(loss, 12);
        expect(lossForFlop(r.flop, id)).toBeCloseTo(loss, 12);
      }
      for (const tokens of [3e11, 1.4e12, 1e14]) {
        const loss = lossForTokens(tokens, id)!;
        const back = id === 'chinchilla' ? chinchillaOptimalTokens(loss) : kaplanTokensForLoss(loss);
        rel(back, tokens, 1e-9);
      }
      for (const params of [1.75e11, 1e15]) {
        const loss = lossForParams(params, id)!;
        const back = id === 'chinchilla' ? chinchillaOptimalParams(loss) : kaplanParamsForLoss(loss);
        rel(back, params, 1e-9);
      }
    }
  });
});

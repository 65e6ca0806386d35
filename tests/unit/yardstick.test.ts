// METHOD §6: one yardstick, and the warnings every crossing carries. Reference values by hand.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { FIT_FORMS, LOSS_MODELS } from '../../src/lib/types';
import { ENTROPY_ESTIMATE, resourcesAt, warningText } from '../../src/lib/yardstick';

describe('the one yardstick', () => {
  for (const lossModel of LOSS_MODELS) {
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel, bootstrap: 0 });
    const L175 = Math.min(...analysis.losses);

    it(`${lossModel}: GPT-3 175B's own loss is 0 orders beyond GPT-3, and its lines stand at its point`, () => {
      const r = resourcesAt(analysis, L175);
      if (!r.ok) throw new Error(r.reason);
      expect(r.ordersBeyondGpt3).toBe(0);
      for (const id of ['gpt3-flop', 'gpt3-params', 'gpt3-tokens']) {
        expect(analysis.referenceLosses.find((x) => x.reference.id === id)!.loss).toBe(L175);
      }
    });

    it(`${lossModel}: no crossing at a lower loss than GPT-3's has negative orders, none at a higher loss positive`, () => {
      for (const s of analysis.series) {
        for (const form of FIT_FORMS) {
          for (const c of s.crossings[form]) {
            if ((c.status !== 'reached' && c.status !== 'already') || !c.resources.ok) continue;
            if (c.loss < L175) expect(c.resources.ordersBeyondGpt3, `${s.kind}:${s.id} ${form}`).toBeGreaterThan(0);
            if (c.loss > L175) expect(c.resources.ordersBeyondGpt3, `${s.kind}:${s.id} ${form}`).toBeLessThan(0);
          }
        }
      }
    });
  }

  it('the offset is log10(C(L₁₇₅B) / 3.14e23), about −0.7 under the default', () => {
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    const L = 2.57 * 3640 ** -0.048;
    const flop = 6 * 8.8e13 * L ** (-1 / 0.076) * 5.4e13 * L ** (-1 / 0.095);
    expect(analysis.yardstick.gpt3Flop).toBe(3.14e23);
    expect(analysis.yardstick.convertedFlop / flop).toBeCloseTo(1, 12);
    expect(analysis.yardstick.offsetOrders).toBeCloseTo(-0.70, 2);
  });
});

describe('validity warnings', () => {
  const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });

  it('N and D beyond Kaplan’s largest fitted model (1.5e9 parameters, 23B tokens), in orders', () => {
    const loss = 1.2;
    const r = resourcesAt(analysis, loss);
    if (!r.ok) throw new Error(r.reason);
    const N = 8.8e13 * loss ** (-1 / 0.076);
    const D = 5.4e13 * loss ** (-1 / 0.095);
    expect(r.beyondFittedRange.params).toBeCloseTo(Math.log10(N / 1.5e9), 12);
    expect(r.beyondFittedRange.tokens).toBeCloseTo(Math.log10(D / 23e9), 12);
    expect(r.belowEntropyEstimate).toBe(true);
    expect(warningText(r, 'gpt3-frontier')).toBe(
      `N ${Math.log10(N / 1.5e9).toFixed(1)} and D ${Math.log10(D / 23e9).toFixed(1)} orders of magnitude beyond what Kaplan et al. fitted; ` +
        `loss below the estimated entropy of text (${ENTROPY_ESTIMATE} nats)`,
    );
  });

  it('GPT-3 175B is already two orders beyond Kaplan’s parameter range', () => {
    const r = resourcesAt(analysis, Math.min(...analysis.losses));
    if (!r.ok) throw new Error(r.reason);
    expect(r.beyondFittedRange.params).toBeGreaterThan(1.5);
  });

  it('under chinchilla no reachable loss is below the entropy estimate, and Hoffmann’s range applies', () => {
    const chinchilla = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel: 'chinchilla', bootstrap: 0 });
    const r = resourcesAt(chinchilla, 1.9);
    if (!r.ok) throw new Error(r.reason);
    expect(r.belowEntropyEstimate).toBe(false);
    const N = ((406.4 * 0.62) / (0.28 * 0.21)) ** (1 / 0.34);
    expect(r.beyondFittedRange.params).toBeCloseTo(Math.log10(N / 1.6e10), 10);
  });
});

describe('the one-cent-per-word line is computed from the price and tokens per word (METHOD §7)', () => {
  const centLoss = (flopPerDollar: number, tokensPerWord: number) =>
    analyse(dataset, { ...DEFAULT_ASSUMPTIONS, flopPerDollar, tokensPerWord, bootstrap: 0 }).referenceLosses.find((r) => r.reference.id === 'cent-per-word')!.loss!;

  it('sits at N = $0.01 × FLOP per dollar / (2 × tokens per word), through Kaplan’s N(L)', () => {
    for (const [price, tpw] of [[1e17, 1.4], [1e18, 1.4], [1e17, 1.1]] as const) {
      const N = (0.01 * price) / (2 * tpw); // 3.6e14 at the defaults
      expect(centLoss(price, tpw)).toBeCloseTo((8.8e13 / N) ** 0.076, 12);
    }
    expect(centLoss(1e18, 1.4)).not.toBe(centLoss(1e17, 1.4));
  });
});

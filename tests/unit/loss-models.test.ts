import { describe, expect, it } from 'vitest';
import { chinchilla, gpt3Frontier, kaplanNd, modelLosses } from '../../src/lib/loss-models';
import { dataset } from '../../src/lib/load-dataset';

// Expected losses, smallest model first, computed independently with python3 from the CSV
// (csv.DictReader on gpt3-model-sizes.csv; D = 3e11 tokens):
//   frontier:   2.57 * C_pfdays**-0.048
//   kaplan-nd:  ((6.4e13/(12*n_layers*d_model**2))**(0.076/0.103) + 1.8e13/3e11)**0.103
//   chinchilla: 1.69 + 406.4/(params_millions*1e6)**0.34 + 410.7/3e11**0.28
const EXPECTED = {
  'gpt3-frontier': [
    2.454790323229401, 2.334284229180886, 2.251114488458414, 2.192023238823979, 2.119922808952447,
    2.0280021585798473, 1.9650909393987712, 1.7338050234230806,
  ],
  'kaplan-nd': [
    2.797581360290102, 2.5415840884469625, 2.391081443188617, 2.2903519718484935, 2.1691546902317262,
    2.026284830749781, 1.9326033686982143, 1.6613881656091447,
  ],
  chinchilla: [
    2.6589499839560395, 2.444024351913792, 2.329725582478509, 2.263224741606499, 2.195275180225602,
    2.1269172597240034, 2.0897170590525427, 2.002335523415167,
  ],
} as const;

describe('loss models (§3)', () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: the eight GPT-3 models`, () => {
      const losses = modelLosses(dataset.models, id as keyof typeof EXPECTED);
      expect(losses).toHaveLength(8);
      losses.forEach((loss, i) => expect(loss).toBeCloseTo(expected[i]!, 12));
    });
  }

  it('gpt3-frontier gives 1.73 for 175B, as METHOD says', () => {
    // by hand: 2.57 * 3640**-0.048 = 2.57 * exp(-0.048 * 8.1997) = 2.57 * 0.67463 = 1.7338
    expect(gpt3Frontier(3640)).toBeCloseTo(1.7338, 4);
  });

  it('each formula on hand-picked inputs', () => {
    // python3: ((6.4e13/1e9)**(0.076/0.103) + 1.8e13/1e10)**0.103
    expect(kaplanNd(1e9, 1e10)).toBeCloseTo(2.4196518191691774, 12);
    // python3: 1.69 + 406.4/1e9**0.34 + 410.7/1e10**0.28
    expect(chinchilla(1e9, 1e10)).toBeCloseTo(2.6948752371019298, 12);
  });

  it('losses fall as models grow, under every loss model', () => {
    for (const id of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
      const losses = modelLosses(dataset.models, id);
      for (let i = 1; i < losses.length; i++) expect(losses[i]!).toBeLessThan(losses[i - 1]!);
    }
  });
});

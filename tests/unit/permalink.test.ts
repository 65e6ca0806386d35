import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { decodeAssumptions, encodeAssumptions } from '../../src/lib/permalink';
import type { Assumptions } from '../../src/lib/types';

const decode = (query: string) => decodeAssumptions(new URLSearchParams(query), dataset);

describe('permalink', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeAssumptions(DEFAULT_ASSUMPTIONS).toString()).toBe('');
    expect(decode('')).toEqual({ assumptions: DEFAULT_ASSUMPTIONS, problems: [] });
  });

  it('round-trips every assumption', () => {
    const changed: Assumptions = {
      lossModel: 'chinchilla',
      ceilingPreset: 'custom',
      customCeilings: { lambada: 90, cb: 75.5 },
      setting: 'zero',
      fitForm: 'linear',
      aggregation: 'tasks',
      axis: 'log-reducible',
      flopPerDollar: 4e17,
      tokensPerWord: 1.3,
      hardwareHalving: 2,
      algorithmHalving: 0.67,
      budgets: [1e8, 5e9],
      thresholds: [0.6, 0.85],
      bootstrap: 0,
      seed: 7,
      includeCaveats: false,
    };
    const query = encodeAssumptions(changed).toString();
    expect(query).toContain('loss=chinchilla');
    expect(query).toContain('axis=log-reducible');
    expect(query).toContain('algo=0.67');
    expect(query).toContain('budgets=1e8%2C5e9');
    expect(query).toContain('price=4e17');
    expect(query).toContain('thresholds=60%2C85');
    expect(query).toContain('caveats=false');
    expect(decode(query)).toEqual({ assumptions: changed, problems: [] });
  });

  it('ignores unknown and invalid parameters with a reason, keeping the valid ones', () => {
    const { assumptions, problems } = decode('setting=one&utm_source=x&price=-5&thresholds=50,120&loss=gpt5');
    expect(assumptions).toEqual({ ...DEFAULT_ASSUMPTIONS, setting: 'one' });
    expect(problems.map((p) => p.param)).toEqual(['utm_source', 'price', 'thresholds', 'loss']);
    expect(problems[1]!.message).toMatch(/between 1 × 10¹⁰ and 1 × 10²⁵/);
    expect(problems[2]!.message).toMatch(/between 0% and 100%/);
  });

  it('rejects a custom ceiling at or below chance, and an unknown task', () => {
    // CB's chance level is 33.3 (three labels, tasks.csv).
    const { assumptions, problems } = decode('ceiling=custom&c.cb=30&c.nosuchtask=80&c.lambada=95');
    expect(assumptions.customCeilings).toEqual({ lambada: 95 });
    expect(problems.map((p) => p.param)).toEqual(['c.cb', 'c.nosuchtask']);
    expect(problems[0]!.message).toMatch(/above its chance level of 33.3/);
  });

  it('reads "off" and blank numbers as a person means them', () => {
    expect(decode('bootstrap=off').assumptions.bootstrap).toBe(0);
    expect(decode('tpw=').problems.map((p) => p.param)).toEqual(['tpw']);
    expect(decode('thresholds=90%25').assumptions.thresholds).toEqual([0.9]);
  });

  it('words a link’s problems for a reader, naming what it asked for and what is shown instead', () => {
    const { problems } = decode('loss=xyz&thr=abc&setting=zero&setting=seven&price=cheap');
    const notices = Object.fromEntries(problems.map((p) => [p.param, p.notice]));
    expect(notices.loss).toBe('The link asked for loss model "xyz", which does not exist; showing the default, GPT-3 compute frontier.');
    expect(notices.thr).toBe('The link carries "thr", which is not a setting of this site; it is ignored.');
    // An earlier valid value stays in force, and the notice names it rather than the default.
    expect(notices.setting).toBe('The link asked for setting "seven", which does not exist; showing zero-shot.');
    expect(notices.price).toMatch(/^The link asked for price: FLOP per dollar "cheap", which is not valid \(The price must be a number\); showing the default, 1 × 10¹⁷ FLOP per dollar\.$/);
  });
});

import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, ASSUMPTION_LIST, DEFAULT_ASSUMPTIONS, parseAssumptions } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';

const fieldsOf = (input: unknown, withDataset = false) => {
  const r = parseAssumptions(input, withDataset ? dataset : undefined);
  if (r.ok) return [];
  return r.errors.map((e) => e.field);
};

describe('assumptions', () => {
  it('defaults are METHOD’s', () => {
    expect(DEFAULT_ASSUMPTIONS).toEqual({
      lossModel: 'gpt3-frontier',
      ceilingPreset: 'perfect',
      customCeilings: {},
      setting: 'few',
      fitForm: 'logistic',
      aggregation: 'categories',
      axis: 'loss',
      flopPerDollar: 1e17,
      tokensPerWord: 1.4,
      hardwareHalving: 2.5,
      algorithmHalving: 2.5,
      budgets: [1e9, 1e10],
      thresholds: [0.5, 0.8, 0.9, 0.95, 0.99],
      bootstrap: 1000,
      seed: 1,
      includeCaveats: true,
    });
    expect(parseAssumptions(DEFAULT_ASSUMPTIONS, dataset)).toEqual({ ok: true, value: DEFAULT_ASSUMPTIONS });
  });

  it('rejects a price or tokens per word outside its stated range (no conversion can overflow)', () => {
    for (const flopPerDollar of [0, -1e17, 1e-300, 1e300, 9e9, 1.1e25]) {
      const r = parseAssumptions({ ...DEFAULT_ASSUMPTIONS, flopPerDollar });
      expect(r).toEqual({ ok: false, errors: [{ field: 'flopPerDollar', message: 'The price must lie between 1 × 10¹⁰ and 1 × 10²⁵ FLOP per dollar.' }] });
    }
    for (const flopPerDollar of [1e10, 1e25]) expect(parseAssumptions({ ...DEFAULT_ASSUMPTIONS, flopPerDollar }).ok).toBe(true);
    expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, tokensPerWord: 0.4 })).toEqual(['tokensPerWord']);
    expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, tokensPerWord: 0 })).toEqual(['tokensPerWord']);
    expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, flopPerDollar: '1e17' })).toEqual(['flopPerDollar']);
  });

  it('rejects thresholds outside (0, 1), naming which one', () => {
    const r = parseAssumptions({ ...DEFAULT_ASSUMPTIONS, thresholds: [0.5, 1, 0, 1.5] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['thresholds.1', 'thresholds.2', 'thresholds.3']);
    expect(r.errors[0]!.message).toMatch(/strictly between 0% and 100%/);
    expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, thresholds: [] })).toEqual(['thresholds']);
  });

  it('rejects unknown enum values', () => {
    const r = parseAssumptions({ ...DEFAULT_ASSUMPTIONS, lossModel: 'gpt4', setting: 'two', fitForm: 'cubic', aggregation: 'x', ceilingPreset: 'max' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(['aggregation', 'ceilingPreset', 'fitForm', 'lossModel', 'setting']);
    expect(r.errors.find((e) => e.field === 'lossModel')!.message).toBe('Choose a loss model: gpt3-frontier, kaplan-nd, chinchilla.');
  });

  it('bootstrap must be a whole number from 0 to 5000', () => {
    expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, bootstrap: 0 })).toEqual([]);
    expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, bootstrap: 5000 })).toEqual([]);
    for (const bootstrap of [-1, 5001, 10.5]) expect(fieldsOf({ ...DEFAULT_ASSUMPTIONS, bootstrap })).toEqual(['bootstrap']);
  });

  it('custom ceilings must lie above the task’s chance level and name a known task', () => {
    const custom = { ...DEFAULT_ASSUMPTIONS, ceilingPreset: 'custom', customCeilings: { hellaswag: 25, piqa: 90, nope: 50 } };
    const r = parseAssumptions(custom, dataset);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'customCeilings.hellaswag', message: 'The ceiling of HellaSwag must lie above its chance level of 25 and at most 1000 acc (got 25).' },
        { field: 'customCeilings.nope', message: 'There is no task "nope".' },
      ],
    });
    expect(parseAssumptions({ ...custom, customCeilings: { piqa: 90 } }, dataset).ok).toBe(true);
    expect(parseAssumptions({ ...custom, customCeilings: { piqa: 1e300 } }, dataset).ok).toBe(false);
    // only checked when the custom preset is in use
    expect(parseAssumptions({ ...custom, ceilingPreset: 'perfect' }, dataset).ok).toBe(true);
  });

  it('reports missing fields and non-objects', () => {
    const { seed: _seed, ...withoutSeed } = DEFAULT_ASSUMPTIONS;
    expect(fieldsOf(withoutSeed)).toEqual(['seed']);
    expect(parseAssumptions(null).ok).toBe(false);
  });

  it('declares each assumption once: a descriptor per key, with a unique parameter, a valid default and reader names', () => {
    const params = ASSUMPTION_LIST.map((d) => d.param);
    expect(new Set(params).size).toBe(params.length);
    expect(ASSUMPTION_LIST.map((d) => d.key).sort()).toEqual(Object.keys(DEFAULT_ASSUMPTIONS).sort());
    for (const d of ASSUMPTION_LIST) {
      expect(d.schema.safeParse(d.default).success, d.key).toBe(true);
      expect(d.summary(d.default as never), d.key).not.toBe('');
      if (d.choices) {
        for (const { value, name } of d.choices) {
          expect(d.schema.safeParse(value).success, `${d.key}=${value}`).toBe(true);
          expect(name).not.toBe('');
        }
      }
      // What a control shows decodes back to the same value.
      if (d.control !== 'ceilings') expect(d.schema.parse(d.decode(d.encode(d.default as never)))).toEqual(d.default);
    }
  });

  it('thresholds are read and written in percent, stored as fractions', () => {
    const { thresholds } = ASSUMPTIONS;
    expect(thresholds.encode([0.5, 0.9])).toBe('50,90');
    expect(thresholds.decode('50, 90%')).toEqual([0.5, 0.9]);
    expect(thresholds.decode('0.5')).toEqual([0.005]);
    const bad = parseAssumptions({ ...DEFAULT_ASSUMPTIONS, thresholds: thresholds.decode('120') });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toBe('A threshold must lie strictly between 0% and 100% (e.g. 90).');
  });
});

// The words that name the reader's state, for the summary line and the "under the defaults" clauses.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { activeAssumptions, basisOfScores, changedAssumptions, stateSummary, underClause } from '../../src/lib/state-words';

describe('state words', () => {
  it('say "defaults" only for the defaults', () => {
    expect(stateSummary(DEFAULT_ASSUMPTIONS)).toBe('defaults');
    expect(underClause(DEFAULT_ASSUMPTIONS)).toBe('under the defaults');
    expect(changedAssumptions({ ...DEFAULT_ASSUMPTIONS, thresholds: [...DEFAULT_ASSUMPTIONS.thresholds] })).toEqual([]);
  });

  it('name what differs, in the controls’ order, with the reader’s names', () => {
    const state = { ...DEFAULT_ASSUMPTIONS, lossModel: 'kaplan-nd' as const, setting: 'zero' as const, ceilingPreset: 'sota-2020' as const };
    expect(stateSummary(state)).toBe('zero-shot · Kaplan L(N, D) · ceiling: 2020 fine-tuned SOTA');
    expect(underClause(state)).toBe('under your assumptions (zero-shot · Kaplan L(N, D) · ceiling: 2020 fine-tuned SOTA)');
    expect(stateSummary({ ...DEFAULT_ASSUMPTIONS, bootstrap: 0, thresholds: [0.5, 0.9] })).toBe('thresholds 50, 90 % · bootstrap off');
  });

  it('count custom ceilings only when the custom preset uses them', () => {
    const ceilings = { lambada: 90 };
    expect(stateSummary({ ...DEFAULT_ASSUMPTIONS, customCeilings: ceilings })).toBe('defaults');
    expect(stateSummary({ ...DEFAULT_ASSUMPTIONS, ceilingPreset: 'custom', customCeilings: ceilings })).toBe('ceiling: custom · 1 custom ceiling');
  });

  it('list the assumptions in force as a sentence', () => {
    expect(basisOfScores(DEFAULT_ASSUMPTIONS)).toBe('few-shot prompts, the GPT-3 compute frontier loss model and a ceiling of 100 % on every task');
    expect(activeAssumptions({ ...DEFAULT_ASSUMPTIONS, axis: 'log-reducible', flopPerDollar: 1e18 })).toBe(
      'few-shot prompts, the GPT-3 compute frontier loss model with fits against log of reducible loss, ln(L − E) (2023), ' +
        'a ceiling of 100 % on every task, the overall score as the mean of the 11 categories, and compute at 1 × 10¹⁸ FLOP per dollar',
    );
  });
});

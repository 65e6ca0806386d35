// `analyse` keeps fits, normalised scores and crossings between calls (src/lib/analyse.ts). Whatever
// it reuses, an analysis must equal the one made from nothing.
import { describe, expect, it } from 'vitest';
import { analyse, clearAnalysisCaches } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import type { Assumptions, Dataset } from '../../src/lib/types';

const cold = (data: Dataset, assumptions: Assumptions) => {
  clearAnalysisCaches();
  return analyse(data, assumptions);
};

// Each state shares something with the one before: the fits (setting, form, prices, thresholds), the
// scores (loss model, axis), or nothing (ceilings, aggregation).
const states: Partial<Assumptions>[] = [
  {},
  { setting: 'one' },
  { setting: 'one', fitForm: 'linear' },
  { setting: 'one', flopPerDollar: 3e17 },
  { setting: 'one', flopPerDollar: 3e17, thresholds: [0.5, 0.9] },
  { lossModel: 'chinchilla' },
  { lossModel: 'chinchilla', axis: 'log-reducible' },
  { ceilingPreset: 'sota-2020' },
  { aggregation: 'tasks' },
  { ceilingPreset: 'custom', customCeilings: { lambada: 90 } },
  { ceilingPreset: 'custom', customCeilings: { lambada: 95 } },
  { setting: 'one' },
];

describe('analysis caches', () => {
  it('an analysis made after others equals one made from nothing, state after state', () => {
    clearAnalysisCaches();
    const warm = states.map((changes) => analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0, ...changes }));
    states.forEach((changes, i) => expect(warm[i], JSON.stringify(changes)).toEqual(cold(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0, ...changes })));
  });
});

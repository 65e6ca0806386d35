import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { categoryMean, ceilingFor, meanSeries, normalized, overallMean, sotaFromRows } from '../../src/lib/normalise';
import type { Task } from '../../src/lib/types';

const task = (id: string): Task => dataset.tasks.find((t) => t.id === id)!;
const noBootstrap = { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 };
const few = (a: ReturnType<typeof analyse>, kind: string, id: string) =>
  a.series.find((s) => s.kind === kind && s.id === id && s.setting === 'few')!.y;
const expectCloseArray = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
};

describe('normalised score (§4)', () => {
  it('is 0 at chance and 1 at the ceiling', () => {
    expect(normalized(25, 25, 100)).toBe(0);
    expect(normalized(100, 25, 100)).toBe(1);
    // by hand: HellaSwag few-shot 175B, (79.3 − 25) / (100 − 25) = 54.3 / 75 = 0.724
    expect(normalized(79.3, 25, 100)).toBeCloseTo(0.724, 12);
  });

  it('keeps values below 0 and above 1 (never clips)', () => {
    // by hand: ANLI R1 few-shot 760M, (30.9 − 33.3) / (100 − 33.3) = −2.4 / 66.7 = −0.035982…
    expect(normalized(30.9, 33.3, 100)).toBeCloseTo(-0.035982008995502225, 12);
    // by hand: LAMBADA zero-shot 175B against its printed SOTA, 76.2 / 68.0 = 1.12058…
    expect(normalized(76.2, 0, 68)).toBeCloseTo(1.1205882352941177, 12);
    const sota = analyse(dataset, { ...noBootstrap, ceilingPreset: 'sota-2020' });
    const lambadaZero = sota.series.find((s) => s.id === 'lambada' && s.setting === 'zero')!.y;
    // python3 from the CSVs: [(x − 0) / 68.0 for x in LAMBADA zero-shot acc]
    expectCloseArray(lambadaZero, [
      0.6279411764705882, 0.7985294117647058, 0.888235294117647, 0.9352941176470588, 0.9867647058823529,
      1.0338235294117646, 1.0661764705882353, 1.1205882352941177,
    ]);
    const anli = analyse(dataset, noBootstrap).series.find((s) => s.id === 'anli-r1' && s.setting === 'few')!.y;
    expect(Math.min(...anli)).toBeLessThan(0);
  });
});

describe('ceilings (§2)', () => {
  it('perfect, sota-2020 (printed SOTA else 100) and custom (else 100)', () => {
    const hellaswag = task('hellaswag');
    const sota = sotaFromRows(hellaswag, dataset.rows);
    expect(sota).toBe(85.6);
    expect(ceilingFor(hellaswag, 'perfect', {}, sota)).toBe(100);
    expect(ceilingFor(hellaswag, 'sota-2020', {}, sota)).toBe(85.6);
    expect(ceilingFor(hellaswag, 'custom', { hellaswag: 90 }, sota)).toBe(90);
    expect(ceilingFor(hellaswag, 'custom', { lambada: 90 }, sota)).toBe(100);
    // Ro→En's primary metric BLEU-sb has no printed SOTA (only BLEU-mb has one): 100
    const roEn = task('ro-en-16');
    expect(sotaFromRows(roEn, dataset.rows)).toBeNull();
    expect(ceilingFor(roEn, 'sota-2020', {}, null)).toBe(100);
    // MultiRC's primary f1a has SOTA 88.2 (its secondary acc has 62.3)
    expect(sotaFromRows(task('multirc'), dataset.rows)).toBe(88.2);
  });
});

describe('aggregation (§4)', () => {
  const a = analyse(dataset, noBootstrap);

  it('a category is the mean of its tasks; the SuperGLUE average is left out', () => {
    // python3 (numpy) from the CSVs: mean over BoolQ, CB, Copa, RTE, WiC, WSC, MultiRC (f1a) and
    // ReCoRD (acc) of (score − chance) / (100 − chance), few-shot, without the SuperGLUE row.
    expectCloseArray(few(a, 'category', 'superglue'), [
      0.2137410044977511, 0.310851011994003, 0.3166684782608695, 0.3636534857571214, 0.44421757871064466,
      0.4264743253373313, 0.4914692653673164, 0.6029542728635682,
    ]);
    const byTask = new Map(dataset.tasks.map((t) => [t.id, few(a, 'task', t.id)]));
    const withAverage = meanSeries(
      dataset.tasks.filter((t) => t.category === 'superglue').map((t) => byTask.get(t.id)!),
    );
    expect(categoryMean('superglue', dataset.tasks, byTask)).not.toEqual(withAverage);
  });

  it('overall: mean of the 11 categories (default)', () => {
    // python3 (numpy): mean over categories of the category means, few-shot, perfect ceilings
    expectCloseArray(few(a, 'overall', 'overall'), [
      0.10878630124331773, 0.1843914254236518, 0.23010996751624188, 0.2526529431496373, 0.3083981105659292,
      0.3363866659851893, 0.37560921357503063, 0.48896423061196687,
    ]);
  });

  it('overall: mean over all 51 aggregated tasks (option)', () => {
    const byTasks = analyse(dataset, { ...noBootstrap, aggregation: 'tasks' });
    // python3 (numpy): mean over the 51 tasks with aggregated=true, few-shot, perfect ceilings
    expectCloseArray(few(byTasks, 'overall', 'overall'), [
      0.1032514306572204, 0.17296605422778816, 0.20742211737268623, 0.2324371480926203, 0.2773793897169063,
      0.2975478745921157, 0.3489509877414234, 0.48348596682051137,
    ]);
    // categories' scores do not depend on the aggregation option
    expect(few(byTasks, 'category', 'superglue')).toEqual(few(a, 'category', 'superglue'));
  });

  it('overallMean picks its inputs by aggregation', () => {
    expect(overallMean('categories', [[0, 1], [1, 1]], [[0, 0], [0, 0], [0, 0]])).toEqual([0.5, 1]);
    expect(overallMean('tasks', [[0, 1], [1, 1]], [[0, 0], [0, 3], [3, 0]])).toEqual([1, 1]);
  });
});

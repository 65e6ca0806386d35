import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { LATER_MODELS_CSV_HEADER, forecastJson, laterModelsCsv } from '../../src/lib/published-later';

describe('published later-models data (§11)', () => {
  it('later-models.csv: every scores.csv row, with its model’s loss under each loss model', () => {
    const parsed = Papa.parse<Record<string, string>>(laterModelsCsv(dataset).trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...LATER_MODELS_CSV_HEADER]);
    expect(parsed.data).toHaveLength(dataset.later.scores.length);
    const row = parsed.data.find((r) => r['model'] === 'PaLM 540B' && r['task'] === 'LAMBADA' && r['setting'] === 'few')!;
    // N = 540.35e9, D = 780e9: C = 6ND = 2.528838e24 FLOP = 29268.96 PF-days
    // python3: 2.57*(6*540.35e9*780e9/8.64e19)**-0.048 = 1.5687205094217649;
    //   ((6.4e13/540.35e9)**(0.076/0.103) + 1.8e13/780e9)**0.103 = 1.5164308033791756;
    //   1.69 + 406.4/540.35e9**0.34 + 410.7/780e9**0.28 = 1.9238652678590735
    expect(Number(row['train_flop'])).toBeCloseTo(2.528838e24, -12);
    expect(Number(row['loss_gpt3_frontier'])).toBeCloseTo(1.5687205094217649, 12);
    expect(Number(row['loss_kaplan_nd'])).toBeCloseTo(1.5164308033791756, 12);
    expect(Number(row['loss_chinchilla'])).toBeCloseTo(1.9238652678590735, 12);
    expect([row['kaplan_n'], row['score'], row['shots'], row['comparable']]).toEqual(['total', '89.7', '8', 'yes']);
    const gpt4 = parsed.data.find((r) => r['model'] === 'GPT-4')!;
    expect([gpt4['n_params'], gpt4['loss_gpt3_frontier'], gpt4['loss_chinchilla'], gpt4['kaplan_n']]).toEqual(['', '', '', '']);
  });

  it('forecast.json: §11’s shape, nulls for failed forms and undisclosed sizes, nothing non-finite', () => {
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
    const json = forecastJson(dataset, analysis);
    expect(Object.keys(json)).toEqual(['assumptions', 'comparisons', 'summary']);
    expect(json.assumptions).toEqual(analysis.assumptions);
    expect(json.comparisons).toHaveLength(analysis.forecast.comparisons.length);
    for (const c of json.comparisons) {
      expect(Object.keys(c)).toEqual(['model', 'family', 'task', 'setting', 'comparable', 'loss', 'horizon_orders', 'observed', 'predicted', 'error']);
      expect(Object.keys(c.predicted)).toEqual(['linear', 'logistic']);
      expect(Object.keys(c.error)).toEqual(['linear', 'logistic']);
      expect(c.comparable).not.toBe('no');
      for (const form of ['linear', 'logistic'] as const) expect(c.error[form] === null).toBe(c.predicted[form] === null);
    }
    // WiC zero-shot: GPT-3 scores 0 at every size, so neither form fits and PaLM's rows predict null
    const wic = json.comparisons.find((c) => c.model === 'PaLM 540B' && c.task === 'WiC' && c.setting === 'zero')!;
    expect(wic.predicted).toEqual({ linear: null, logistic: null });
    expect(json.comparisons.find((c) => c.model === 'GPT-4')!.loss).toBeNull();
    expect(json.summary[0]).toMatchObject({ by: 'overall', id: 'all' });
    expect(json.summary.some((s) => s.by === 'task' && s.id === 'ARC (Easy)')).toBe(true);
    expect(json.summary.some((s) => s.by === 'category-score')).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

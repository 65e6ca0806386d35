import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import rawTableH1 from '../../src/content/data/gpt3-table-h1.csv?raw';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { NORMALIZED_CSV_HEADER, fitsJson, normalizedCsv } from '../../src/lib/published';
import { SETTINGS } from '../../src/lib/types';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });

describe('published data (§10)', () => {
  it('the raw table as the site imports it is the file, byte for byte (CRLF kept)', () => {
    const bytes = readFileSync(new URL('../../src/content/data/gpt3-table-h1.csv', import.meta.url));
    expect(Buffer.from(rawTableH1, 'utf8').equals(bytes)).toBe(true);
  });

  it('normalized.csv: one row per task × setting × model', () => {
    const csv = normalizedCsv(dataset, analysis);
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...NORMALIZED_CSV_HEADER]);
    expect(parsed.data).toHaveLength(52 * 3 * 8);
    const row = parsed.data.find((r) => r['task_id'] === 'hellaswag' && r['setting'] === 'few' && r['model'] === '175B')!;
    expect(row['task']).toBe('HellaSwag');
    expect(row['category']).toBe('cloze');
    expect(Number(row['score'])).toBe(79.3);
    expect(Number(row['params'])).toBe(1.746e11);
    // by hand: (79.3 − 25) / 75 = 0.724; python3: 2.57*3640**-0.048 = 1.7338050234230806
    expect(Number(row['normalized'])).toBeCloseTo(0.724, 12);
    expect(Number(row['loss'])).toBeCloseTo(1.7338050234230806, 12);
    // names with commas and arrows survive the round trip
    expect(parsed.data.some((r) => r['task'] === 'Ro→En 16')).toBe(true);
  });

  it('fits.json: every task, category and overall × setting, with the fields §10 names', () => {
    const json = fitsJson(analysis);
    expect(Object.keys(json)).toEqual(['assumptions', 'yardstick', 'axis', 'series']);
    expect(json.assumptions).toEqual(analysis.assumptions);
    expect(json.assumptions.axis).toBe('loss');
    expect(Object.keys(json.yardstick)).toEqual(['gpt3Flop', 'convertedFlop', 'offsetOrders']);
    // every reached crossing's resources carry the yardstick and the §6 warnings
    const overall = json.series.find((s) => s.kind === 'overall' && s.setting === 'few')!;
    for (const c of overall.crossings.logistic) {
      if (c.status !== 'reached' || !c.resources.ok) continue;
      expect(Object.keys(c.resources)).toEqual(expect.arrayContaining(['ordersBeyondGpt3', 'beyondFittedRange', 'belowEntropyEstimate']));
      expect(Object.keys(c.resources.beyondFittedRange)).toEqual(['params', 'tokens']);
    }
    const ids = new Set(json.series.map((s) => `${s.kind}/${s.id}/${s.setting}`));
    for (const setting of SETTINGS) {
      for (const t of dataset.tasks) expect(ids.has(`task/${t.id}/${setting}`)).toBe(true);
      for (const c of dataset.categories) expect(ids.has(`category/${c.id}/${setting}`)).toBe(true);
      expect(ids.has(`overall/overall/${setting}`)).toBe(true);
    }
    expect(json.series).toHaveLength(64 * 3);
    for (const s of json.series) {
      expect(Object.keys(s)).toEqual(['kind', 'id', 'setting', 'x', 'y', 'linear', 'logistic', 'crossings', 'backtest']);
      expect(Object.keys(s.linear).sort()).toEqual('error' in s.linear ? ['error'] : ['a', 'b', 'r2']);
      expect(Object.keys(s.logistic).sort()).toEqual('error' in s.logistic ? ['error'] : ['L50', 'k', 'r2']);
    }
    const reversed = json.series.find((s) => s.kind === 'task' && s.id === 'reversed-words' && s.setting === 'few')!;
    expect(reversed.logistic).toEqual({ error: expect.stringMatching(/flat/) });
    // JSON round trip loses nothing (no NaN or Infinity to turn into null)
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

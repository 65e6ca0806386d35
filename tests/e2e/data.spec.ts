import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROOT_URL, SUBPATH_URL } from './site';

const raw = readFileSync('src/content/data/gpt3-table-h1.csv');
const taskCount = readFileSync('src/content/data/tasks.csv', 'utf8').trim().split('\n').length - 1;
const categoryCount = readFileSync('src/content/data/categories.csv', 'utf8').trim().split('\n').length - 1;
const laterScoreRows = readFileSync('src/content/data/later-models/scores.csv', 'utf8').trim().split('\n').length - 1;

// METHOD §10: the published data, at stable URLs under the site's base path.
for (const [name, base] of [
  ['at the root', ROOT_URL],
  ['under BASE=/gpt-n/', SUBPATH_URL],
] as const) {
  test(`the published data files are served ${name}`, async ({ request }) => {
    const table = await request.get(`${base}data/gpt3-table-h1.csv`);
    expect(table.ok()).toBe(true);
    expect(Buffer.compare(await table.body(), raw)).toBe(0);

    const normalized = (await (await request.get(`${base}data/normalized.csv`)).text()).trim().split('\n');
    // One row per task × setting × model, after the header.
    expect(normalized).toHaveLength(1 + taskCount * 3 * 8);

    const fits = (await (await request.get(`${base}data/fits.json`)).json()) as {
      assumptions: object;
      series: { kind: string; id: string; setting: string; x: number[]; y: number[] }[];
    };
    expect(fits.assumptions).toBeTruthy();
    const count = (kind: string) => fits.series.filter((s) => s.kind === kind).length;
    expect([count('task'), count('category'), count('overall')]).toEqual([taskCount * 3, categoryCount * 3, 3]);
    for (const s of fits.series) expect([s.x.length, s.y.length]).toEqual([8, 8]);
    expect(Object.keys(fits)).toEqual(expect.arrayContaining(['yardstick', 'axis']));

    // METHOD §12: every prediction of k = 3…7 (each of the 8 − k larger models) for every series and setting.
    const backtest = (await (await request.get(`${base}data/backtest.json`)).json()) as {
      predictions: { k: number; horizon_orders: number | null }[];
      bins: { count: number }[];
    };
    const perSeries = [3, 4, 5, 6, 7].reduce((n, k) => n + (8 - k), 0);
    expect(backtest.predictions).toHaveLength((taskCount + categoryCount + 1) * 3 * perSeries);
    expect(backtest.bins.length).toBeGreaterThan(0);

    // METHOD §11: the later models' input rows with each model's loss under each loss model, and the forecast.
    const later = (await (await request.get(`${base}data/later-models.csv`)).text()).trim().split('\n');
    expect(later).toHaveLength(1 + laterScoreRows);
    for (const column of ['model', 'task', 'setting', 'score', 'comparable']) expect(later[0]).toContain(column);
    for (const lossModel of ['gpt3_frontier', 'kaplan_nd', 'chinchilla']) expect(later[0]).toContain(`loss_${lossModel}`);
    const forecast = (await (await request.get(`${base}data/forecast.json`)).json()) as {
      assumptions: object;
      comparisons: { comparable: string; predicted: { linear: number | null; logistic: number | null }; error: object }[];
      summary: unknown[];
    };
    expect(forecast.assumptions).toBeTruthy();
    expect(forecast.comparisons.length).toBeGreaterThan(0);
    // `no` rows never enter the comparisons.
    expect(forecast.comparisons.every((c) => c.comparable !== 'no')).toBe(true);
    expect(forecast.summary.length).toBeGreaterThan(0);
  });
}

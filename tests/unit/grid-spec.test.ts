// The small-multiples grid: one panel per series on shared axes, wrapped to the width, with one
// caption, one table and one CSV for the whole grid.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { curveAt } from '../../src/lib/axis';
import { findSeries } from '../../src/lib/analyse';
import { parseSeriesList } from '../../src/lib/series-ref';
import { SETTINGS } from '../../src/lib/types';
import { NARROW, REGULAR } from '../../src/components/charts/layout';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { chartCsv, csvFileName } from '../../src/components/charts/csv';
import { gridLayout } from '../../src/components/charts/specs/grid';
import { seriesName } from '../../src/components/charts/specs/labels';

const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const ALL = 'categories,overall';
const titles = (series: string) => parseSeriesList(series, dataset).map((ref) => seriesName(findSeries(analysis, ref, 'few')));

describe('grid layout', () => {
  it('puts twelve panels in 3 columns at the regular width and 2 at the narrow one, rows full', () => {
    expect(gridLayout(titles(ALL), REGULAR.width)).toMatchObject({ columns: 3, rows: 4 });
    expect(gridLayout(titles(ALL), NARROW.width)).toMatchObject({ columns: 2, rows: 6 });
  });

  it('balances rows: three panels are one row wide, or 2 + 1 when narrow', () => {
    const three = titles('arithmetic,word-scrambling,nli');
    expect(gridLayout(three, REGULAR.width)).toMatchObject({ columns: 3, rows: 1 });
    expect(gridLayout(three, NARROW.width)).toMatchObject({ columns: 2, rows: 2 });
  });

  it('gives a title two lines where it would not fit in one, and room above every row', () => {
    const narrow = gridLayout(titles(ALL), NARROW.width);
    expect(narrow.titleLines).toBe(2);
    expect(narrow.rowGap).toBeGreaterThanOrEqual(narrow.titleSpace);
    expect(gridLayout(['NLI', 'Arithmetic'], REGULAR.width).titleLines).toBe(1);
  });

  it('keeps the whole grid within about two screens at 1280 px and panels at least 120 px wide', () => {
    for (const layout of [REGULAR, NARROW]) {
      const grid = gridLayout(titles(ALL), layout.width);
      expect(grid.panelWidth).toBeGreaterThanOrEqual(120);
      if (layout === REGULAR) expect(grid.height).toBeLessThan(900);
    }
  });
});

describe('grid chart', () => {
  it('has one table of every panel and model, with the analysis numbers, in every setting', () => {
    for (const setting of SETTINGS) {
      const model = buildChart('grid', analysis, dataset, { series: ALL, fit: 'both', setting });
      const list = parseSeriesList(ALL, dataset).map((ref) => findSeries(analysis, ref, setting));
      expect(model.rows).toHaveLength(list.length * dataset.models.length);
      expect(model.columns.map((c) => c.key)).toEqual(['series', 'model', 'loss', 'score', 'linear', 'logistic']);
      list.forEach((s, p) =>
        dataset.models.forEach((m, i) => {
          const row = model.rows[p * dataset.models.length + i]!;
          expect(row).toMatchObject({ series: seriesName(s), model: m.label, loss: s.x[i], score: s.y[i] });
          expect(row.logistic).toBe(curveAt('logistic', s.logistic, s.x[i]!, analysis.axis));
        }),
      );
      expect(`${model.title} ${model.description} ${model.caption}`).not.toMatch(/NaN|undefined/);
    }
  });

  it('shares its axes: one x domain and one y domain covering every panel', () => {
    const model = buildChart('grid', analysis, dataset, { series: ALL, fit: 'both' });
    const { x, y } = model.plot as { x: { domain: number[] }; y: { domain: number[] } };
    const scores = model.rows.map((r) => r.score as number);
    const losses = model.rows.map((r) => r.loss as number);
    expect(Math.min(...y.domain)).toBeLessThanOrEqual(Math.min(0, ...scores));
    expect(Math.max(...y.domain)).toBeGreaterThanOrEqual(Math.max(1, ...scores));
    // Loss falls to the right.
    expect(x.domain[0]).toBeGreaterThan(Math.max(...losses));
    expect(x.domain[1]).toBeLessThan(Math.min(...losses));
  });

  it('titles every panel in the drawing, says which way loss falls, and draws without NaN at both widths', () => {
    for (const layout of [REGULAR, NARROW]) {
      const svg = renderSvg(buildChart('grid', analysis, dataset, { series: ALL, fit: 'both' }, layout), 'g-');
      // A long title wraps into lines: its first word opens a text or a tspan.
      for (const title of titles(ALL)) expect(svg).toContain(`>${title.split(' ')[0]!.replace('&', '&amp;')}`);
      expect(svg).toContain('Loss, falling →');
      expect(svg).not.toMatch(/NaN/);
    }
  });

  it('names a failed fit in its panel and gives the reason once, in the caption', () => {
    const failing = analysis.series.find((s) => s.setting === 'few' && s.kind !== 'task' && !s.logistic.ok);
    const ref = failing ? (failing.kind === 'overall' ? 'overall' : `category:${failing.id}`) : 'nli';
    const model = buildChart('grid', analysis, dataset, { series: `${ref},cloze`, fit: 'both', setting: 'few' });
    if (failing) {
      expect(model.caption).toContain(`${seriesName(failing)}: no logistic fit`);
      expect(renderSvg(model, 'f-')).toContain('no logistic fit');
    } else {
      expect(model.caption).not.toContain('no logistic fit');
    }
  });

  it('downloads one CSV of the whole grid, named for its series and state', () => {
    const model = buildChart('grid', analysis, dataset, { series: 'arithmetic,word-scrambling,nli', fit: 'both' });
    // Under the defaults (this analysis turns the bootstrap off, which the name would tag).
    expect(csvFileName({ ...model.download, state: DEFAULT_ASSUMPTIONS })).toBe('small-multiples-arithmetic-word-scrambling-nli-few-shot-gpt3-frontier.csv');
    expect(chartCsv(model).trim().split('\n')).toHaveLength(2 + 3 * dataset.models.length);
  });
});

describe('ChartGrid props', () => {
  it('takes the series list, fit, setting, id and note, and fails on a bad series', async () => {
    const { checkProps } = await import('../../src/components/props');
    const { seriesPropsSchema } = await import('../../src/components/series-prop');
    const check = (props: unknown) => checkProps('ChartGrid', '/categories/', seriesPropsSchema, props);
    expect(check({ series: 'categories, overall' })).toMatchObject({ series: 'categories,overall', fit: 'both' });
    expect(() => check({ series: 'cloze,clozee' })).toThrow(/<ChartGrid> on page \/categories\/.*prop "series" is "cloze,clozee"/);
    expect(() => check({ series: 'cloze', compact: true })).toThrow(/unknown prop "compact"/);
  });
});

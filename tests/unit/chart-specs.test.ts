// The chart and table specs of the extrapolation, backtest and raw-score figures and the computed
// tables: every one builds for every series, task and setting without NaN or undefined, and its
// numbers agree with the analysis and with §6's formulas computed here independently.
import { TABLE_SAMPLES } from './table-samples';
import { FAILURE_PHRASES } from '../../src/lib/fit-sentences';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { CHINCHILLA } from '../../src/lib/loss-models';
import { kaplanParamsForLoss, kaplanTokensForLoss, chinchillaOptimalParams, chinchillaOptimalTokens } from '../../src/lib/resources';
import { LOSS_MODELS, SETTINGS, type Series } from '../../src/lib/types';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { chartCsv } from '../../src/components/charts/csv';
import { computeTicks, thinGrid, TABLE_ROWS } from '../../src/components/charts/specs/extrapolation';
import { buildTable, TABLE_KINDS } from '../../src/components/tables/registry';
import { withBase } from '../../src/components/tables/table-model';
import type { Cell, Column } from '../../src/components/charts/chart-model';
import { formatCell } from '../../src/components/tables/cell-format';

const analysis = analyse(dataset, DEFAULT_ASSUMPTIONS);
const categoryIds = dataset.categories.map((c) => c.id);
const taskIds = dataset.tasks.map((t) => t.id);

/** Cells that are not a finite number, a string without NaN/undefined/Infinity, or null; or that print either. */
function badCells(rows: Record<string, Cell>[], columns: Column[]): string[] {
  const bad: string[] = [];
  rows.forEach((row, i) => {
    for (const { key, format } of columns) {
      const value = row[key];
      if (value === undefined) bad.push(`row ${i} ${key}: undefined`);
      else if (typeof value === 'number' && !Number.isFinite(value)) bad.push(`row ${i} ${key}: ${value}`);
      else if (typeof value === 'string' && /NaN|undefined|Infinity/.test(value)) bad.push(`row ${i} ${key}: ${value}`);
      else if (/NaN|undefined|Infinity/.test(formatCell(value, format))) bad.push(`row ${i} ${key} prints ${formatCell(value, format)}`);
    }
  });
  return bad;
}

const flopOf = (loss: number, lossModel: (typeof LOSS_MODELS)[number]) =>
  lossModel === 'chinchilla'
    ? 6 * chinchillaOptimalParams(loss) * chinchillaOptimalTokens(loss)
    : 6 * kaplanParamsForLoss(loss) * kaplanTokensForLoss(loss);

describe('extrapolation chart', () => {
  it('builds for every category, the overall score and every task, in every setting, without NaN', () => {
    for (const setting of SETTINGS) {
      for (const id of ['overall', ...categoryIds.map((c) => `category:${c}`), ...taskIds.map((t) => `task:${t}`)]) {
        const model = buildChart('extrapolation', analysis, dataset, { series: id, fit: 'both', setting });
        expect(model.rows).toHaveLength(TABLE_ROWS);
        expect(badCells(model.rows, model.columns), `${id} ${setting}`).toEqual([]);
        expect(`${model.title} ${model.description} ${model.caption}`).not.toMatch(/NaN|undefined/);
      }
    }
  });

  it('draws an SVG without NaN for the overall score, all categories and a list', () => {
    for (const series of ['overall', 'categories', 'arithmetic,nli,word-scrambling']) {
      const model = buildChart('extrapolation', analysis, dataset, { series, fit: 'both' });
      const svg = renderSvg(model, 'test-');
      expect(svg).toContain('<svg');
      expect(svg).not.toMatch(/NaN/);
    }
  });

  it('has one table column per series and form, plus band columns on a single series with bands', () => {
    const one = buildChart('extrapolation', analysis, dataset, { series: 'overall', fit: 'both' });
    expect(one.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['overall:linear', 'overall:logistic', 'overall:logistic:80:lo', 'overall:logistic:80:hi', 'overall:logistic:95:lo', 'overall:logistic:95:hi']),
    );
    const all = buildChart('extrapolation', analysis, dataset, { series: 'categories', fit: 'logistic' });
    expect(all.columns.filter((c) => c.key.endsWith(':logistic'))).toHaveLength(categoryIds.length);
    expect(all.columns.some((c) => c.key.includes(':80:'))).toBe(false);
  });

  it('table rows sample the analysis grid from its first to its last loss', () => {
    const thinned = thinGrid(analysis.grid);
    expect(thinned).toHaveLength(TABLE_ROWS);
    expect(thinned[0]).toBe(analysis.grid[0]);
    expect(thinned.at(-1)).toBe(analysis.grid.at(-1));
    const model = buildChart('extrapolation', analysis, dataset, { series: 'overall', fit: 'logistic' });
    expect(model.rows.map((r) => r.loss)).toEqual(thinned);
  });

  for (const lossModel of LOSS_MODELS) {
    it(`puts the top axis ticks where the training FLOP is a power of ten (${lossModel})`, () => {
      const a = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel, bootstrap: 0 });
      const lo = Math.min(...a.grid);
      const hi = Math.max(...a.grid);
      const ticks = computeTicks(a, lo, hi);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const tick of ticks) {
        expect(tick.loss).toBeGreaterThanOrEqual(lo);
        expect(tick.loss).toBeLessThanOrEqual(hi);
        const power = Math.log10(tick.flop);
        expect(power).toBe(Math.round(power));
        // 6 · N(L) · D(L) from §6's formulas at the tick's loss gives back the tick's FLOP.
        expect(flopOf(tick.loss, lossModel) / tick.flop).toBeCloseTo(1, 9);
        // The site's notation, "10²⁵ FLOP", never e-notation.
        const superscript = String(power).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
        expect(tick.label.split('\n')[0]).toBe(`10${superscript} FLOP`);
        expect(tick.label).not.toMatch(/\de[+-]?\d/);
        if (lossModel === 'chinchilla') expect(tick.loss).toBeGreaterThan(CHINCHILLA.E);
      }
      // Lower loss to the right means more FLOP: ticks run in increasing FLOP as loss falls.
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.flop).toBeGreaterThan(ticks[i - 1]!.flop);
      // Spacing keeps labels apart, and one step between powers throughout.
      const spaced = computeTicks(a, lo, hi, 0.1 * (hi - lo));
      for (let i = 1; i < spaced.length; i++) expect(spaced[i - 1]!.loss - spaced[i]!.loss).toBeGreaterThanOrEqual(0.1 * (hi - lo));
      const steps = spaced.slice(1).map((t, i) => Math.round(Math.log10(t.flop / spaced[i]!.flop)));
      expect(new Set(steps).size, steps.join(',')).toBeLessThanOrEqual(1);
    });

    it(`lists the reference lines outside the plotted range in the caption (${lossModel})`, () => {
      const a = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, lossModel, bootstrap: 0 });
      const model = buildChart('extrapolation', a, dataset, { series: 'overall', fit: 'both' });
      const lo = Math.min(...a.grid);
      const hi = Math.max(...a.grid);
      for (const r of a.referenceLosses) {
        const inside = r.loss !== null && r.loss >= lo && r.loss <= hi;
        const listed = model.caption.includes(`Not drawn:`) && model.caption.split('Not drawn:')[1]!.includes(r.reference.label);
        expect(listed, r.reference.id).toBe(!inside);
      }
    });
  }

});

describe('backtest chart', () => {
  for (const kind of ['category', 'task'] as const) {
    it(`lists every ${kind} series with the analysis' errors in points, in every setting`, () => {
      for (const setting of SETTINGS) {
        const model = buildChart('backtest', analysis, dataset, { kind, setting });
        const expected = analysis.series.filter((s) => s.setting === setting && (kind === 'task' ? s.kind === 'task' : s.kind !== 'task'));
        expect(model.rows).toHaveLength(expected.length);
        expect(badCells(model.rows, model.columns)).toEqual([]);
        expected.forEach((s, i) => {
          const b = s.backtest.logistic;
          const row = model.rows[i]!;
          if (b.ok) expect(row.logisticError).toBe(b.error);
          else expect([row.logisticError, row.note]).toEqual([null, expect.stringContaining('no logistic fit (')]);
        });
        expect(renderSvg(model, 't-')).not.toMatch(/NaN/);
      }
    });
  }
});

describe('raw-score chart', () => {
  it('builds for every task, with the primary metric of all three settings', () => {
    for (const id of taskIds) {
      const model = buildChart('raw', analysis, dataset, { task: id });
      const task = dataset.tasks.find((t) => t.id === id)!;
      expect(model.rows).toHaveLength(dataset.models.length);
      expect(badCells(model.rows, model.columns)).toEqual([]);
      for (const setting of SETTINGS) {
        const row = dataset.rows.find((r) => r.task === task.name && r.metric === task.metric && r.setting === setting)!;
        expect(model.rows.map((r) => r[setting])).toEqual(dataset.models.map((m) => row.scores[m.label] ?? null));
      }
      expect(renderSvg(model, 't-')).not.toMatch(/NaN/);
    }
  });
});

describe('tables', () => {
  const noBootstrap = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });

  it('every kind builds without NaN or undefined and writes a CSV with a header and one line per row', () => {
    const params = TABLE_SAMPLES;
    for (const kind of TABLE_KINDS) {
      for (const a of [analysis, noBootstrap]) {
        const model = buildTable(kind, a, dataset, params[kind] as never);
        expect(model.rows.length, kind).toBeGreaterThan(0);
        expect(badCells(model.rows, model.columns), kind).toEqual([]);
        expect(model.caption).not.toMatch(/NaN|undefined/);
        const csv = chartCsv(model);
        expect(csv.trimEnd().split('\n').length).toBeGreaterThanOrEqual(model.rows.length + 1);
      }
    }
  });

  it('crossings: one row per series × threshold × form, with the analysis\' losses and ordered ranges', () => {
    const model = buildTable('crossings', analysis, dataset, { series: 'overall' });
    const overall = analysis.series.find((s) => s.kind === 'overall' && s.setting === 'few')!;
    expect(model.rows).toHaveLength(analysis.assumptions.thresholds.length * 2);
    const rows = model.rows.filter((r) => r.fit === 'logistic');
    overall.crossings.logistic.forEach((c, i) => {
      const row = rows[i]!;
      expect(row.status).toBe(c.status === 'no-fit' ? 'no fit' : c.status);
      if (c.status === 'reached' || c.status === 'already') expect(row.loss).toBe(c.loss);
      else expect(row.loss).toBeNull();
      const range = overall.crossingRanges?.logistic?.[i];
      if (range) {
        const [lo95, lo80, hi80, hi95] = ['loss:95:lo', 'loss:80:lo', 'loss:80:hi', 'loss:95:hi'].map((key) => row[key] as number);
        expect([lo95, lo80, hi80, hi95]).toEqual([range.lo95, range.lo80, range.hi80, range.hi95]);
        expect(lo95).toBeLessThanOrEqual(lo80!);
        expect(lo80).toBeLessThanOrEqual(hi80!);
        expect(hi80).toBeLessThanOrEqual(hi95!);
      }
    });
  });

  it('benchmark index links each task to benchmarks/<id>/ and prints its logistic L50', () => {
    const model = buildTable('benchmarks', analysis, dataset, {});
    expect(model.rows).toHaveLength(dataset.tasks.length);
    expect(model.columns.find((c) => c.key === 'task')?.hrefKey).toBe('href');
    dataset.tasks.forEach((task, i) => {
      expect(model.rows[i]!.href).toBe(`benchmarks/${task.id}/`);
      const fit = analysis.series.find((s) => s.id === task.id && s.setting === 'few')!.logistic;
      expect(model.rows[i]!.L50).toBe(fit.ok ? fit.L50 : null);
      expect(model.rows[i]!.note).toBe(fit.ok ? null : `no logistic fit (${FAILURE_PHRASES[fit.code]})`);
    });
    expect(withBase('/gpt-n/', 'benchmarks/cb/')).toBe('/gpt-n/benchmarks/cb/');
    expect(withBase('/', 'benchmarks/cb/')).toBe('/benchmarks/cb/');
  });

  it('task table: every task, with the ceiling of the chosen preset', () => {
    const perfect = buildTable('tasks', noBootstrap, dataset, {});
    expect(perfect.rows).toHaveLength(dataset.tasks.length);
    expect(new Set(perfect.rows.map((r) => r.ceiling))).toEqual(new Set([100]));
    const sota = buildTable('tasks', analyse(dataset, { ...DEFAULT_ASSUMPTIONS, ceilingPreset: 'sota-2020', bootstrap: 0 }), dataset, {});
    sota.rows.forEach((row) => expect(row.ceiling).toBe(row.sota ?? 100));
  });

  it('backtest table: the mean absolute errors are the means of the series\' absolute errors', () => {
    const model = buildTable('backtest', noBootstrap, dataset, {});
    const few = (kind: Series['kind']) => noBootstrap.series.filter((s) => s.setting === 'few' && s.kind === kind);
    const mae = (list: Series[]) => {
      const e = list.flatMap((s) => (s.backtest.linear.ok ? [Math.abs(s.backtest.linear.error)] : []));
      return e.reduce((a, b) => a + b, 0) / e.length;
    };
    const [tasksRow, categoriesRow] = model.rows.slice(-2);
    expect(tasksRow!.linear).toBeCloseTo(mae(few('task')), 12);
    expect(categoriesRow!.linear).toBeCloseTo(mae(few('category')), 12);
    expect(model.rows).toHaveLength(dataset.categories.length + 1 + 2);
  });

  it('raw table: every Table H.1 row of the task', () => {
    for (const task of dataset.tasks) {
      const model = buildTable('raw', noBootstrap, dataset, { task: task.id });
      expect(model.rows).toHaveLength(dataset.rows.filter((r) => r.task === task.name).length);
    }
  });
});

describe('component props', () => {
  it('fail naming the component, page, prop, bad value and the choices', async () => {
    const { seriesPropsSchema } = await import('../../src/components/series-prop');
    const { checkProps } = await import('../../src/components/props');
    const check = (props: unknown) => checkProps('ExtrapolationChart', '/extrapolation/', seriesPropsSchema, props);
    expect(check({ series: 'overall, nli' }).series).toBe('overall,nli');
    expect(check({}).fit).toBe('both');
    expect(() => check({ series: 'overall,nope' })).toThrow(
      /<ExtrapolationChart> on page \/extrapolation\/.*prop "series" is "overall,nope"; "nope" is not a series: expected overall, category:<id> \(cloze/,
    );
    expect(() => check({ fit: 'cubic' })).toThrow(/prop "fit" is "cubic"; expected one of: linear, logistic, both, chosen/);
    expect(() => check({ serie: 'overall' })).toThrow(/unknown prop "serie"; expected: series, fit, setting, id, note/);
  });
});

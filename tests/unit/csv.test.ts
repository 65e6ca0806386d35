// CSV downloads: raw numbers at full precision, units in the header, the assumptions as a first
// comment line, and a file name that changes with every state that changes the numbers.
import { TABLE_SAMPLES } from './table-samples';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { resourcesAt } from '../../src/lib/yardstick';
import type { Assumptions } from '../../src/lib/types';
import { assumptionsComment, chartCsv, csvDataUrl, csvDownload, csvFileName } from '../../src/components/charts/csv';
import { buildTable, TABLE_KINDS } from '../../src/components/tables/registry';
import { buildChart } from '../../src/components/charts/registry';
import { csvHeading } from '../../src/components/tables/cell-format';
import type { DataView } from '../../src/components/tables/view-model';

const noBootstrap = (changes: Partial<Assumptions> = {}) => analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0, ...changes });

/** The CSV's comment line, header and rows, as a spreadsheet would read them back. */
function readBack(csv: string): { comment: string; header: string[]; rows: Record<string, string>[] } {
  const [comment, ...rest] = csv.split('\n');
  const parsed = Papa.parse<Record<string, string>>(rest.join('\n'), { header: true, skipEmptyLines: true });
  return { comment: comment!, header: parsed.meta.fields!, rows: parsed.data };
}

describe('the data: URL of a download', () => {
  // Read back by fetch, whose data: URL processor is the WHATWG Fetch standard's (the browser's own).
  const readBackUrl = async (url: string) => (await fetch(url)).text();
  it('reads back as the same text, whatever it holds', async () => {
    const texts = ['# a; b=c/d\nloss,"x, y",100%\n', 'tab\there  two spaces\r\n', 'ünïcode — ≥ 90 % · 10¹⁵ 🙂', `quotes "'<>&\\^\`{|}[]`, 'x#y?z'];
    for (const text of texts) expect(await readBackUrl(csvDataUrl(text))).toBe(text);
  });
  it('keeps commas, digits and letters as they are, and no whitespace or # in the URL', () => {
    const url = csvDataUrl('a,b\n1.5,-2e-7\n');
    expect(url).toBe('data:text/csv;charset=utf-8,a,b%0A1.5,-2e-7%0A');
    expect(csvDataUrl('x # y\tz')).not.toMatch(/[\s#]/);
  });
});

describe('the CSV writer', () => {
  /** What papaparse writes for the same header and rows (chartCsv's cells are strings already). */
  const papa = (view: DataView) => {
    const cell = (v: unknown) => (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : String(v));
    const rows = view.rows.map((row) => view.columns.map((c) => cell(row[c.key])));
    return `${assumptionsComment(view.download.state)}\n${Papa.unparse([view.columns.map(csvHeading), ...rows], { newline: '\n' })}\n`;
  };

  it('quotes exactly as papaparse does: quotes, commas, line breaks, a BOM, spaces at either end', () => {
    const awkward = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'cr\r', '\ufeffbom', ' lead', 'trail ', '', 'mid space', '10²⁶ FLOP', '–'];
    const view: DataView = {
      columns: awkward.map((label, i) => ({ key: `k${i}`, label, format: 'text' as const })),
      rows: [Object.fromEntries(awkward.map((text, i) => [`k${i}`, text])), { k0: null, k1: 3.5e-7, k2: Infinity, k3: true }],
      download: { what: 'test', state: null },
    };
    expect(chartCsv(view)).toBe(papa(view));
  });

  it('writes every table kind and the figures byte for byte as papaparse would', () => {
    const analysis = noBootstrap();
    const params = TABLE_SAMPLES;
    for (const kind of TABLE_KINDS) {
      const model = buildTable(kind, analysis, dataset, params[kind] as never);
      expect(chartCsv(model), kind).toBe(papa(model));
    }
    const figure = buildChart('extrapolation', analysis, dataset, { series: 'categories', fit: 'both' });
    expect(chartCsv(figure)).toBe(papa(figure));
  });
});

describe('figure and table CSV', () => {
  const view: DataView = {
    columns: [
      { key: 'task', label: 'Task', format: 'text' },
      { key: 'flop', label: 'FLOP, training', unit: 'FLOP', format: 'scientific' },
      { key: 'share', label: 'Share', unit: 'fraction', format: 'percent' },
    ],
    rows: [
      { task: 'Ro→En 16', flop: 1.2345678901234567e24, share: 0.1 + 0.2 },
      { task: 'A, B', flop: null, share: Number.POSITIVE_INFINITY },
    ],
    download: { what: 'example', state: null },
  };

  it('writes the assumptions line, a header with units, and the raw numbers in full (no rounding, nothing non-finite)', () => {
    expect(chartCsv(view)).toBe(
      '# assumptions: none (no assumption changes these numbers)\n' +
        'Task,"FLOP, training (FLOP)",Share (fraction)\n' +
        'Ro→En 16,1.2345678901234568e+24,0.30000000000000004\n' +
        '"A, B",,\n',
    );
  });

  it('records every assumption as key=value, custom ceilings included, in one comma-free field', () => {
    const state = { ...DEFAULT_ASSUMPTIONS, ceilingPreset: 'custom' as const, customCeilings: { lambada: 90, cb: 80 } };
    const line = assumptionsComment(state);
    expect(line.startsWith('# assumptions: ')).toBe(true);
    expect(line).not.toContain(',');
    for (const key of Object.keys(DEFAULT_ASSUMPTIONS)) expect(line).toMatch(new RegExp(`(: |; )${key}=`));
    expect(line).toContain('customCeilings=cb:80/lambada:90');
    expect(line).toContain('thresholds=0.5/0.8/0.9/0.95/0.99');
    expect(line).toContain('lossModel=gpt3-frontier');
  });

  it('holds the crossings to full precision: parsed back, they equal the analysis\' own numbers', () => {
    const analysis = noBootstrap();
    const table = buildTable('crossings', analysis, dataset, { series: 'overall', fit: 'logistic' });
    const { comment, header, rows } = readBack(chartCsv(table));
    expect(comment).toBe(assumptionsComment(analysis.assumptions));
    expect(header).toEqual(expect.arrayContaining(['Loss (nats/token)', 'Training FLOP (FLOP)', 'Threshold (fraction, 0 = chance, 1 = ceiling)']));
    const overall = analysis.series.find((s) => s.kind === 'overall' && s.setting === 'few')!;
    overall.crossings.logistic.forEach((c, i) => {
      const row = rows[i]!;
      expect(Number(row['Threshold (fraction, 0 = chance, 1 = ceiling)'])).toBe(c.threshold);
      if (c.status !== 'reached' && c.status !== 'already') return;
      expect(Number(row['Loss (nats/token)'])).toBe(c.loss);
      const r = resourcesAt(analysis, c.loss);
      if (!r.ok) throw new Error(r.reason);
      expect(Number(row['Training FLOP (FLOP)'])).toBe(r.flop);
      expect(Number(row['Parameters (count)'])).toBe(r.params);
      expect(Number(row['Orders of magnitude beyond GPT-3'])).toBe(r.ordersBeyondGpt3);
      expect(Number(row['Training cost (US$)'])).toBe(r.dollars);
      expect(Number(row["N: orders of magnitude beyond the law's fitted range"])).toBe(r.beyondFittedRange.params);
    });
  });

  it('names the file after the state: setting and loss model spelled out, any other change as a tag', () => {
    const name = (changes: Partial<Assumptions>, params = { series: 'overall' }) =>
      csvFileName(buildTable('crossings', noBootstrap(changes), dataset, params).download);
    const defaults = csvFileName(buildTable('crossings', analyse(dataset, DEFAULT_ASSUMPTIONS), dataset, { series: 'overall' }).download);
    expect(defaults).toBe('crossings-overall-few-shot-gpt3-frontier.csv');
    expect(name({ setting: 'one' })).toMatch(/^crossings-overall-one-shot-gpt3-frontier-[0-9a-f]{6}\.csv$/);
    expect(name({ lossModel: 'chinchilla' })).toMatch(/^crossings-overall-few-shot-chinchilla-[0-9a-f]{6}\.csv$/);
    const others: Partial<Assumptions>[] = [{}, { ceilingPreset: 'sota-2020' }, { axis: 'log-reducible' }, { fitForm: 'linear' }, { flopPerDollar: 1e18 }, { thresholds: [0.5, 0.9] }];
    const names = others.map((changes) => name(changes));
    expect(new Set(names).size).toBe(names.length);
    // The same state always gets the same name.
    expect(name({ axis: 'log-reducible' })).toBe(name({ axis: 'log-reducible' }));
    // Data no assumption changes is named after what it is.
    expect(csvFileName(buildTable('raw', noBootstrap(), dataset, { task: 'lambada' }).download)).toBe('lambada-table-h1.csv');
  });

  it('a figure\'s download is named after its setting, so one-shot data never carries a few-shot name', () => {
    const params = { series: { kind: 'task', id: 'hellaswag' }, fit: 'both' } as const;
    const few = csvDownload(buildChart('series', noBootstrap(), dataset, params));
    const one = csvDownload(buildChart('series', noBootstrap({ setting: 'one' }), dataset, params));
    expect(few.name).toMatch(/^task-hellaswag-few-shot-gpt3-frontier/);
    expect(one.name).toMatch(/^task-hellaswag-one-shot-gpt3-frontier/);
    expect(one.href).not.toBe(few.href);
  });
});

// §6 on screen: the crossings table's warnings and yardstick sentence, the extrapolation chart's
// shading of the regions beyond GPT-3's data and below the entropy estimate, and captions free of
// internal references and arbitrary numbers.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { formatOrders, scientific } from '../../src/lib/format';
import { dataset } from '../../src/lib/load-dataset';
import { ENTROPY_ESTIMATE, warningText } from '../../src/lib/yardstick';
import { LOSS_MODELS, type Assumptions } from '../../src/lib/types';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { shadedRegions } from '../../src/components/charts/specs/extrapolation';
import { frameOf } from '../../src/components/charts/specs/extrapolation/frame';
import { buildTable } from '../../src/components/tables/registry';
import { INK } from '../../src/components/charts/chart-model';

const at = (changes: Partial<Assumptions> = {}) => analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0, ...changes });
const overall = (a: ReturnType<typeof at>) => a.series.find((s) => s.kind === 'overall' && s.setting === a.assumptions.setting)!;

describe('crossings table', () => {
  const analysis = at();
  const table = buildTable('crossings', analysis, dataset, { series: 'overall', fit: 'logistic' });

  it('puts what a reader needs first: series, threshold, fit, whether it is reached, orders beyond GPT-3, dollars, warnings', () => {
    expect(table.columns.slice(0, 7).map((c) => c.key)).toEqual(['series', 'threshold', 'fit', 'status', 'orders', 'dollars', 'warnings']);
    expect(table.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['beyondParams', 'beyondTokens', 'belowEntropy']));
  });

  it("prints each crossing's §6 warnings, in words and as numbers", () => {
    overall(analysis).crossings.logistic.forEach((c, i) => {
      const row = table.rows[i]!;
      if (c.status !== 'reached' && c.status !== 'already') return expect(row.warnings).toBeNull();
      if (!c.resources.ok) return;
      expect(row.warnings).toBe(warningText(c.resources, 'gpt3-frontier'));
      expect(row.orders).toBe(c.resources.ordersBeyondGpt3);
      expect(row.beyondParams).toBe(c.resources.beyondFittedRange.params);
      expect(row.beyondTokens).toBe(c.resources.beyondFittedRange.tokens);
      expect(row.belowEntropy).toBe(c.loss < ENTROPY_ESTIMATE);
    });
    // Under the default every crossing at or above 80 % lies below the entropy estimate (METHOD §6).
    const high = table.rows.filter((r) => (r.threshold as number) >= 0.8 && r.status === 'reached');
    expect(high.length).toBeGreaterThan(0);
    for (const row of high) expect(row.warnings).toMatch(/below the estimated entropy of text/);
  });

  it('states the yardstick offset once, in its caption', () => {
    const y = analysis.yardstick;
    expect(table.caption).toContain(
      `GPT-3 175B's loss converts to ${scientific(y.convertedFlop)} FLOP, ${formatOrders(y.offsetOrders)} orders from its actual ` +
        `${scientific(y.gpt3Flop)} FLOP (the conversion assumes loss-optimal training); distances here use the conversion at both ends.`,
    );
    expect(table.caption).toContain('3.1 × 10²³ FLOP');
  });
});

describe('extrapolation chart', () => {
  const options = { series: 'overall', fit: 'both' } as const;

  it('shades the losses beyond GPT-3 175B and below the entropy estimate, from the data', () => {
    const analysis = at();
    const regions = shadedRegions(frameOf(analysis, dataset, options));
    expect(regions.map((r) => [r.label, r.from, r.fill])).toEqual([
      ["beyond GPT-3's data", Math.min(...analysis.losses), INK.shade.beyond],
      ['below the entropy estimate', ENTROPY_ESTIMATE, INK.shade.entropy],
    ]);
    const model = buildChart('extrapolation', analysis, dataset, options);
    const svg = renderSvg(model, 't-');
    expect(svg).toContain('var(--chart-shade-beyond)');
    expect(svg).toContain('var(--chart-shade-entropy)');
    expect(svg).toContain("beyond GPT-3's data");
    expect(svg).toContain('below the entropy estimate');
    expect(model.caption).toMatch(/Shaded: losses beyond GPT-3's data/);
  });

  it('draws no entropy shade under chinchilla, whose grid stops above E', () => {
    const analysis = at({ lossModel: 'chinchilla' });
    expect(shadedRegions(frameOf(analysis, dataset, options)).map((r) => r.label)).toEqual(["beyond GPT-3's data"]);
    expect(renderSvg(buildChart('extrapolation', analysis, dataset, options), 't-')).not.toContain('var(--chart-shade-entropy)');
  });

  it("gives each crossing's warning in the chart's description", () => {
    const analysis = at();
    const model = buildChart('extrapolation', analysis, dataset, options);
    const c = overall(analysis).crossings.logistic.find((x) => x.threshold === 0.9)!;
    if (c.status !== 'reached' || !c.resources.ok) throw new Error('expected the default 90% crossing to be reached');
    expect(model.description).toContain(`warning: ${warningText(c.resources, 'gpt3-frontier')}`);
  });

  it('names no internal section and no arbitrary loss in any caption', () => {
    for (const lossModel of LOSS_MODELS) {
      const analysis = at({ lossModel });
      for (const series of ['overall', 'categories']) {
        const model = buildChart('extrapolation', analysis, dataset, { series, fit: 'both' });
        expect(model.caption).not.toMatch(/METHOD|§/);
        expect(model.caption).not.toMatch(/extended to a loss of/);
        expect(model.caption).toContain("extended far below GPT-3 175B's loss");
      }
    }
  });
});

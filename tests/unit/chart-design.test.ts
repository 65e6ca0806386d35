// The figures' design rules, checked with numbers computed here: labels nudged apart never overlap
// and move as little as they must; the least trustworthy category curves are the ones the rule says;
// the eleven series colours stay apart under colour-vision deficiencies; Figure 1 keys every mark,
// keeps its labels apart under every loss model and fit axis; the sensitivity chart puts each
// alternative's crossings where the analysis does and never draws a missing one as 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { modelLoss } from '../../src/lib/loss-models';
import { lossToResources } from '../../src/lib/resources';
import { sensitivity } from '../../src/lib/sensitivity';
import { FIT_AXES, LOSS_MODELS } from '../../src/lib/types';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { chartCsv } from '../../src/components/charts/csv';
import { dodge } from '../../src/components/charts/specs/dodge';
import { powerLabel } from '../../src/components/charts/specs/labels';
import { scoreTicks } from '../../src/components/charts/specs/extrapolation/axes';
import { bandPoints } from '../../src/components/charts/specs/extrapolation/bands';
import { frameTicks } from '../../src/components/charts/specs/extrapolation/compute-axis';
import { curvePoints, WEAK_DASH } from '../../src/components/charts/specs/extrapolation/curves';
import { endLabels } from '../../src/components/charts/specs/extrapolation/end-labels';
import { frameOf, scoreRange } from '../../src/components/charts/specs/extrapolation/frame';
import { X_LABEL_OFFSET } from '../../src/components/charts/specs/extrapolation/axes';
import { NARROW, REGULAR } from '../../src/components/charts/layout';
import { legendEntries } from '../../src/components/charts/specs/extrapolation/legend';
import { placeReferences } from '../../src/components/charts/specs/extrapolation/references';
import { thresholdLabels, THRESHOLD_GAP_PX } from '../../src/components/charts/specs/extrapolation/thresholds';
import { isWeakFit } from '../../src/components/charts/specs/extrapolation/trust';
import { drawnRows, points } from '../../src/components/charts/specs/sensitivity/rows';

const at = (changes: Partial<Assumptions> = {}) => analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0, ...changes });

describe('dodge', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(dodge([3, 0, 7], 1, -10, 10)).toEqual([3, 0, 7]);
  });

  it('spreads coinciding labels evenly about where they want to be', () => {
    expect(dodge([0, 0, 0], 1, -10, 10)).toEqual([-1, 0, 1]);
  });

  it('keeps labels inside the bounds: a block pushed against the top', () => {
    // Unbounded, the pair would sit at (5 + 5.2 − 1) / 2 = 4.6 and 5.6; the top is 5.5.
    const placed = dodge([5, 5.2], 1, 0, 5.5);
    expect(placed[0]).toBeCloseTo(4.5, 12);
    expect(placed[1]).toBeCloseTo(5.5, 12);
  });

  it('matches a brute-force least-squares placement of three labels, in order and a gap apart', () => {
    const wanted = [0.3, 0.1, 0.9];
    const gap = 0.5;
    const placed = dodge(wanted, gap, -2, 2);
    // Every ordered placement on a 0.01 grid with the gaps kept: the one nearest (least squares) to what they want.
    let best = { cost: Infinity, x: [0, 0, 0] };
    for (let a = -200; a <= 200; a++)
      for (let b = a + 50; b <= 200; b++)
        for (let c = b + 50; c <= 200; c++) {
          // Sorted wanted positions: 0.1 (label 1), 0.3 (label 0), 0.9 (label 2).
          const x = [b / 100, a / 100, c / 100];
          const cost = x.reduce((sum, xi, i) => sum + (xi - wanted[i]!) ** 2, 0);
          if (cost < best.cost) best = { cost, x };
        }
    placed.forEach((p, i) => expect(p).toBeCloseTo(best.x[i]!, 2));
  });

  it('never lets labels overlap, even when too many want the same place', () => {
    const wanted = Array.from({ length: 11 }, (_, i) => 0.95 + (i % 3) * 0.01);
    const placed = dodge(wanted, 0.04, -0.05, 1.05);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(0.04 - 1e-9);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(-0.05 - 1e-9);
    expect(Math.max(...placed)).toBeLessThanOrEqual(1.05 + 1e-9);
  });
});

describe('axis labels in the site notation', () => {
  it('prints powers of ten with superscripts and a multiplication sign, never e-notation', () => {
    expect(powerLabel(1e26)).toBe('10²⁶');
    expect(powerLabel(6.2e9)).toBe('6 × 10⁹');
    expect(powerLabel(3e-4)).toBe('3 × 10⁻⁴');
    expect(powerLabel(1000)).toBe('1000');
  });
});

describe('the trust rule', () => {
  /** Categories whose series have fewer than three of the eight models above 10 % of the way, counted here. */
  const weakByHand = (setting: 'few' | 'zero', changes: Partial<Assumptions> = {}) =>
    at({ ...changes, setting })
      .series.filter((s) => s.kind === 'category' && s.setting === setting)
      .filter((s) => s.y.filter((y) => y > 0.1).length < 3)
      .map((s) => s.id);

  it('marks NLI (ANLI) and arithmetic under the defaults, and agrees with a count by hand in every setting', () => {
    const a = at();
    const weak = a.series.filter((s) => s.kind === 'category' && s.setting === 'few' && isWeakFit(s)).map((s) => s.id);
    expect(weak).toEqual(['nli', 'arithmetic']);
    expect(weak).toEqual(weakByHand('few'));
    for (const setting of ['zero', 'few'] as const) {
      const b = at({ setting, lossModel: 'kaplan-nd' });
      const computed = b.series.filter((s) => s.kind === 'category' && s.setting === setting && isWeakFit(s)).map((s) => s.id);
      expect(computed).toEqual(weakByHand(setting, { lossModel: 'kaplan-nd' }));
    }
    expect(weakByHand('zero')).toContain('word-scrambling');
  });

  it('draws the weak curves faded and dotted on the categories chart, and says why in the caption', () => {
    const model = buildChart('extrapolation', at(), dataset, { series: 'categories', fit: 'chosen' });
    const svg = renderSvg(model, 't-');
    expect(svg).toContain(`stroke-dasharray="${WEAK_DASH}"`);
    expect(model.caption).toMatch(/\* Faded and dotted: NLI \(ANLI\) and Arithmetic, the least trustworthy fits: fewer than three of the eight GPT-3 models score more than 10% of the way from chance to the ceiling \(NLI \(ANLI\): none; Arithmetic: two\)/);
    const frame = frameOf(at(), dataset, { series: 'categories', fit: 'chosen' });
    const labels = endLabels(frame, scoreRange(frame, [0, 1]));
    expect(labels.filter((l) => l.text.endsWith(' *')).map((l) => frame.list[l.i]!.id)).toEqual(['nli', 'arithmetic']);
  });
});

describe('the series palette', () => {
  const css = readFileSync('src/styles/site.css', 'utf8');
  const light = css.slice(0, css.indexOf('@media screen'));
  const dark = css.slice(css.indexOf("[data-theme='dark']"));
  const colours = (block: string) =>
    Array.from({ length: 11 }, (_, i) => {
      const match = block.match(new RegExp(`--chart-series-${i + 1}: (#[0-9a-f]{6})`));
      if (!match) throw new Error(`--chart-series-${i + 1} is not a hex colour here`);
      return match[1]!;
    });

  // sRGB → linear → OKLab, and Machado et al. (2009) full-severity simulation matrices.
  const linear = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const oklab = ([r, g, b]: number[]) => {
    const l = Math.cbrt(0.4122214708 * r! + 0.5363325363 * g! + 0.0514459929 * b!);
    const m = Math.cbrt(0.2119034982 * r! + 0.6806995451 * g! + 0.1073969566 * b!);
    const s = Math.cbrt(0.0883024619 * r! + 0.2817188376 * g! + 0.6299787005 * b!);
    return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
  };
  const VISIONS: Record<string, number[][]> = {
    normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
  };
  const seen = (hex: string, m: number[][]) => oklab(m.map((row) => Math.min(1, Math.max(0, row[0]! * linear(hex)[0]! + row[1]! * linear(hex)[1]! + row[2]! * linear(hex)[2]!))));
  const luminance = (hex: string) => { const [r, g, b] = linear(hex); return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!; };
  const contrast = (a: string, b: string) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };

  for (const [theme, block, page] of [['light', light, '#ffffff'], ['dark', dark, '#17191c']] as const) {
    it(`keeps the eleven ${theme} colours apart for normal vision and three colour-vision deficiencies`, () => {
      const list = colours(block);
      expect(new Set(list).size).toBe(11);
      for (const [vision, m] of Object.entries(VISIONS)) {
        let closest = Infinity;
        for (let i = 0; i < 11; i++)
          for (let j = i + 1; j < 11; j++) {
            const [p, q] = [seen(list[i]!, m), seen(list[j]!, m)];
            closest = Math.min(closest, 100 * Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!));
          }
        expect(closest, `${theme}, ${vision}`).toBeGreaterThanOrEqual(7);
      }
      // WCAG's 3:1 for graphics: every line against the page.
      for (const c of list) expect(contrast(c, page), c).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('Figure 1', () => {
  const options = { series: 'overall', fit: 'both' } as const;
  const states = LOSS_MODELS.flatMap((lossModel) => FIT_AXES.map((axis) => ({ lossModel, axis })));

  it('keys every mark: the models, both fits and the bands of the chosen form only', () => {
    const a = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 200 });
    const frame = frameOf(a, dataset, options);
    expect(legendEntries(frame).map((e) => e.text)).toEqual(['the eight GPT-3 models', 'linear fit', 'logistic fit', '80% and 95% ranges (logistic)']);
    expect(new Set(bandPoints(frame).map((b) => b.form))).toEqual(new Set([DEFAULT_ASSUMPTIONS.fitForm]));
    const model = buildChart('extrapolation', a, dataset, options);
    expect(model.caption).toMatch(/Bands: the bootstrap's 80% and 95% ranges of the logistic fit \(the form chosen under Assumptions\), from 200 resamples/);
  });

  it('keys its marks over the top left when drawn regular, and below the loss axis on a phone', () => {
    const a = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 200 });
    const texts = (layout: typeof REGULAR) => {
      const svg = renderSvg(buildChart('extrapolation', a, dataset, options, layout), 't-');
      const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
      const y = (label: string) => Number(new RegExp(`translate\\([\\d.]+,([\\d.]+)\\)"[^>]*>${label.replace(/[()]/g, '\\$&')}<`).exec(svg)![1]);
      return { height, key: legendEntries(frameOf(a, dataset, options, layout)).map((e) => y(e.text)) };
    };
    const regular = texts(REGULAR);
    const narrow = texts(NARROW);
    // Regular: every key row inside the frame's upper half.
    const frame = frameOf(a, dataset, options, REGULAR);
    for (const y of regular.key) expect(y).toBeLessThan((regular.height - frame.margin.bottom) / 2);
    // Narrow: the drawing grew to hold the key, and every row lies below the loss axis's label, inside the drawing.
    const unkeyed = frameOf(a, dataset, options, NARROW);
    expect(narrow.height).toBeGreaterThan(unkeyed.height);
    // The frame's bottom is where it was before the room was added; the axis's label sits X_LABEL_OFFSET below it.
    const axisLabel = unkeyed.height - unkeyed.margin.bottom + X_LABEL_OFFSET;
    for (const y of narrow.key) {
      expect(y).toBeGreaterThan(axisLabel);
      expect(y).toBeLessThan(narrow.height);
    }
  });

  for (const { lossModel, axis } of states) {
    it(`keeps its labels apart and its ticks even (${lossModel}, ${axis})`, () => {
      const a = at({ lossModel, axis });
      const frame = frameOf(a, dataset, options);
      const model = buildChart('extrapolation', a, dataset, options);
      // No internal reference and no arbitrary number (the grid's lowest loss) in the caption.
      expect(model.caption).not.toMatch(/§|METHOD/);
      expect(model.caption).not.toContain(frame.lo.toFixed(3));
      const scores = scoreRange(frame, curvePoints(frame).map((c) => c.score));
      const px = (score: number) => score / scores.perPixel;
      // Threshold labels: a label's height apart, and no score tick label within that of one.
      const labels = thresholdLabels(frame, scores);
      const ys = labels.map((l) => px(l.y)).sort((p, q) => p - q);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(THRESHOLD_GAP_PX - 1e-6);
      expect(labels.filter((l) => l.kind === 'threshold').map((l) => l.threshold)).toEqual(a.assumptions.thresholds);
      // Score ticks evenly spaced.
      const ticks = scoreTicks(scores);
      const steps = new Set(ticks.slice(1).map((t, i) => Math.round((t - ticks[i]!) * 1e9)));
      expect(steps.size).toBe(1);
      // Top axis: one step between powers of ten, at least two ticks, in the plotted range.
      const top = frameTicks(frame);
      expect(top.length).toBeGreaterThanOrEqual(2);
      expect(new Set(top.slice(1).map((t, i) => Math.round(Math.log10(t.flop / top[i]!.flop)))).size).toBe(1);
      // Reference lines: one label each, named apart (GPT-3's three say which is which), a label's width apart.
      const refs = placeReferences(frame);
      expect(refs.labels).toHaveLength(refs.inRange.length);
      const gpt3 = refs.labels.filter((l) => l.text.startsWith("GPT-3's")).map((l) => l.text);
      expect(new Set(gpt3).size).toBe(gpt3.length);
      const xs = refs.labels.map((l) => l.at / ((frame.hi - frame.lo) / (720 - frame.margin.left - frame.margin.right))).sort((p, q) => p - q);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(12.9);
    });
  }
});

describe('sensitivity chart', () => {
  /** §6's yardstick, as the sensitivity test computes it: orders of magnitude beyond GPT-3 175B's own loss. */
  function ordersBeyond(assumptions: Assumptions, threshold: number): number | null {
    const a = analyse(dataset, { ...assumptions, bootstrap: 0 });
    const overall = a.series.find((s) => s.kind === 'overall' && s.setting === assumptions.setting)!;
    const c = overall.crossings[assumptions.fitForm].find((x) => x.threshold === threshold)!;
    if (c.status !== 'reached' && c.status !== 'already') return null;
    const r = lossToResources(c.loss, assumptions.lossModel, assumptions);
    const largest = dataset.models[dataset.models.length - 1]!;
    const g = lossToResources(modelLoss(largest, assumptions.lossModel), assumptions.lossModel, assumptions);
    return r.ok && g.ok ? Math.log10(r.flop / g.flop) : null;
  }

  it('places each drawn crossing at the orders the analysis gives, computed here', () => {
    const result = sensitivity(dataset, DEFAULT_ASSUMPTIONS);
    const drawn = drawnRows(result);
    const data = points(drawn, result.base, String);
    const zero = data.filter((p) => p.row === 'Setting: zero-shot');
    expect(zero.map((p) => p.threshold)).toEqual([0.8, 0.9, 0.95]);
    for (const p of zero) {
      const expected = ordersBeyond({ ...DEFAULT_ASSUMPTIONS, setting: 'zero' }, p.threshold);
      if (expected === null) expect(p.to).toEqual({ kind: 'edge', word: 'never' });
      else expect(p.to.kind === 'orders' && p.to.orders).toBeCloseTo(expected, 9);
    }
  });

  it('leaves out the alternatives that move no crossing, and names them in the caption', () => {
    const result = sensitivity(dataset, DEFAULT_ASSUMPTIONS);
    const drawn = drawnRows(result);
    const still = drawn.still.map((r) => r.id);
    expect(still).toEqual(expect.arrayContaining(['flopPerDollar×10', 'flopPerDollar÷10', 'hardwareHalving×2']));
    expect(drawn.moved.map((r) => r.id)).not.toContain('flopPerDollar×10');
    const model = buildChart('sensitivity', at(), dataset, {});
    for (const r of drawn.still) expect(model.caption).toContain(r.label);
    // Ordered by how far they move: chinchilla's unreachable crossings and zero-shot's never come first.
    expect(drawn.moved.slice(0, 3).map((r) => r.id)).toEqual(['setting=zero', 'lossModel=kaplan-nd', 'lossModel=chinchilla']);
  });

  it('never draws a crossing with no number as 0: it sits at the edge, past every number, with its word', () => {
    for (const changes of [{}, { lossModel: 'kaplan-nd', setting: 'zero' }, { lossModel: 'chinchilla', axis: 'log-reducible' }] as Partial<Assumptions>[]) {
      const a = at(changes);
      const model = buildChart('sensitivity', a, dataset, {});
      const svg = renderSvg(model, 's-');
      expect(svg).not.toMatch(/NaN|undefined/);
      const result = sensitivity(dataset, a.assumptions);
      const missing = [result.base, ...drawnRows(result).moved].flatMap((r) => r.headline).filter((h) => h.orders === null);
      for (const h of missing) expect(svg).toContain(h.status === 'never' ? '>never<' : h.status === 'no-fit' ? '>no fit<' : '>unreachable<');
      // Its table keeps every row, the missing numbers empty (not 0), with the reason in the note.
      expect(model.rows).toHaveLength(1 + result.alternatives.length);
      const csv = chartCsv(model);
      expect(csv.trimEnd().split('\n')).toHaveLength(model.rows.length + 2);
    }
    const kz = buildChart('sensitivity', at({ lossModel: 'kaplan-nd', setting: 'zero' }), dataset, {});
    expect(renderSvg(kz, 'k-')).toContain('now never');
    expect(kz.rows[0]!['90:orders']).toBeNull();
    expect(String(kz.rows[0]!.note)).toMatch(/90%: never/);
  });
});

// How the headline numbers move when one assumption changes. Owned by the charts helper (not part of
// METHOD.md: the method has no formula for it). It only reruns `analyse` once per alternative, with
// the bootstrap off, and reads the overall series' crossings; every number comes from the analysis.
import { analyse } from './analyse';
import { ASSUMPTION_LIST } from './assumptions';
import { BoundedCache } from './memo';
import type { Assumptions, Crossing, Dataset } from './types';

/** The thresholds the headline quotes (METHOD §8's 80, 90 and 95 %). */
export const HEADLINE_THRESHOLDS = [0.8, 0.9, 0.95] as const;

/** The overall crossing at one threshold, under one set of assumptions. */
export interface Headline {
  threshold: number;
  status: Crossing['status'];
  loss: number | null;
  flop: number | null;
  dollars: number | null;
  /** Orders of magnitude beyond GPT-3 175B on the §6 yardstick. */
  orders: number | null;
  /** §14: the year the crossing's cost falls to each budget (keyed "1e9"), or null where it has no cost. */
  yearAt: Record<string, number | 'already'> | null;
  /** Why there is no number (never, no fit, unreachable), when there is none. */
  reason?: string;
}

export interface SensitivityRow {
  /** `base`, or e.g. `lossModel=chinchilla`, `flopPerDollar×10`. */
  id: string;
  /** What changed, in words, e.g. "Loss model: chinchilla". */
  label: string;
  /** The assumptions changed from the base (empty for the base row). */
  changed: Partial<Assumptions>;
  headline: Headline[];
  /** Per threshold, the change from the base: loss (nats) and orders of magnitude; null where either side has none. */
  delta: { threshold: number; loss: number | null; orders: number | null }[];
}

export interface Sensitivity {
  base: SensitivityRow;
  alternatives: SensitivityRow[];
}

interface Alternative {
  id: string;
  label: string;
  changed: Partial<Assumptions>;
}

/**
 * The alternatives to `base`: every alternative its assumption's descriptor offers (each other
 * choice, price ×10 and ÷10, slower hardware, Ho et al.'s algorithms), then the 2023 reading.
 */
export function alternatives(base: Assumptions): Alternative[] {
  const list: Alternative[] = ASSUMPTION_LIST.flatMap(({ key, alternatives }) =>
    (alternatives?.(base[key]) ?? []).map(({ id, label, value }) => ({
      id: id ?? `${key}=${String(value)}`,
      label,
      changed: { [key]: value } as Partial<Assumptions>,
    })),
  );
  // Finnveden's 2023 reading: the Chinchilla law with fits against ln(L − E).
  if (base.lossModel !== 'chinchilla' || base.axis !== 'log-reducible') {
    list.push({
      id: 'lossModel=chinchilla&axis=log-reducible',
      label: 'The 2023 reading: chinchilla, fit against ln(L − E)',
      changed: { lossModel: 'chinchilla', axis: 'log-reducible' },
    });
  }
  return list;
}

/**
 * The last few results per dataset: the sensitivity table and chart on one page ask for the same
 * state, and each answer costs an `analyse` run per alternative. Results are shared: do not mutate.
 */
const memo = new WeakMap<Dataset, BoundedCache<Sensitivity>>();

/** The base row and one row per alternative (see `alternatives`), each from its own `analyse` run without bootstrap. */
export function sensitivity(dataset: Dataset, base: Assumptions, thresholds: readonly number[] = HEADLINE_THRESHOLDS): Sensitivity {
  let cache = memo.get(dataset);
  if (!cache) memo.set(dataset, (cache = new BoundedCache<Sensitivity>(8)));
  // Every run replaces the bootstrap, its seed and the thresholds, so they are not part of the key.
  const key = JSON.stringify({ ...base, bootstrap: 0, seed: 0, thresholds: [...thresholds] });
  return cache.get(key, () => computeSensitivity(dataset, base, thresholds));
}

function computeSensitivity(dataset: Dataset, base: Assumptions, thresholds: readonly number[]): Sensitivity {
  const run = (alt: Alternative): Omit<SensitivityRow, 'delta'> => {
    const assumptions: Assumptions = { ...base, ...alt.changed, thresholds: [...thresholds], bootstrap: 0 };
    return { ...alt, headline: headlines(dataset, assumptions) };
  };
  const baseRow = run({ id: 'base', label: 'Base assumptions', changed: {} });
  const withDelta = (row: Omit<SensitivityRow, 'delta'>): SensitivityRow => ({
    ...row,
    delta: row.headline.map((h, i) => {
      const b = baseRow.headline[i]!;
      return {
        threshold: h.threshold,
        loss: h.loss !== null && b.loss !== null ? h.loss - b.loss : null,
        orders: h.orders !== null && b.orders !== null ? h.orders - b.orders : null,
      };
    }),
  });
  return { base: withDelta(baseRow), alternatives: alternatives(base).map((alt) => withDelta(run(alt))) };
}

/** The overall series' crossings of the chosen setting and fit form, as headline numbers. */
export function headlines(dataset: Dataset, assumptions: Assumptions): Headline[] {
  const analysis = analyse(dataset, assumptions);
  const overall = analysis.series.find((s) => s.kind === 'overall' && s.setting === assumptions.setting);
  if (!overall) throw new Error(`no overall series for the ${assumptions.setting}-shot setting`);
  return overall.crossings[assumptions.fitForm].map((c): Headline => {
    if (c.status === 'never' || c.status === 'no-fit') {
      return { threshold: c.threshold, status: c.status, loss: null, flop: null, dollars: null, orders: null, yearAt: null, reason: c.reason };
    }
    const resources = c.resources;
    if (!resources.ok) {
      return { threshold: c.threshold, status: c.status, loss: c.loss, flop: null, dollars: null, orders: null, yearAt: null, reason: resources.reason };
    }
    return {
      threshold: c.threshold,
      status: c.status,
      loss: c.loss,
      flop: resources.flop,
      dollars: resources.dollars,
      orders: resources.ordersBeyondGpt3,
      yearAt: resources.cost.yearAt,
    };
  });
}

// What each chart component draws, from its props: the figures (kind, params, anchor id …) it hands
// to Figure.astro. One mapping for the components themselves and for the build's list of every figure
// on the site (figure-catalogue.ts), which names the embed pages, so the two cannot disagree.
import { z } from 'zod';
import type { ChartKind, ChartParams } from './charts/registry';
import { BACKTEST_KINDS } from './charts/specs/backtest';
import { OVERALL, type SeriesRef } from '../lib/series-ref';
import { anchorIdProp, categoryProp, checkProps, deferProp, fitChoiceProp, noteProp, settingProp, taskIdProp } from './props';
import { seriesParams, seriesPropsSchema } from './series-prop';

/** The source line of a figure that names none. */
export const DEFAULT_SOURCE = 'Brown et al. 2020 (GPT-3), Table H.1 and Table D.1; computed by this site.';

/** One figure, as Figure.astro takes it. */
export interface FigureSpec {
  kind: ChartKind;
  params: ChartParams[ChartKind];
  /** Anchor id, unique on the page. */
  id: string;
  /** Sentences added after the computed caption. */
  note?: string;
  source?: string;
  /** Drawn in the browser when first shown (a closed tab's figure). */
  defer?: boolean;
}

const withSetting = <T extends object>(params: T, setting: string | undefined) => (setting ? { ...params, setting } : params);

const settingAndId = z.object({ setting: settingProp, id: anchorIdProp });

/** Each chart component's figures from its props (as checked by `checkProps`, naming `page` when wrong). */
const COMPONENTS = {
  ExtrapolationChart: (page, props) => {
    const checked = checkProps('ExtrapolationChart', page, seriesPropsSchema, props);
    const { params, slug } = seriesParams(checked);
    return [{ kind: 'extrapolation', id: checked.id ?? `fig-extrapolation-${slug}`, params, note: checked.note }];
  },
  ChartGrid: (page, props) => {
    const checked = checkProps('ChartGrid', page, seriesPropsSchema, props);
    const { params, slug } = seriesParams(checked);
    return [{ kind: 'grid', id: checked.id ?? `fig-grid-${slug}`, params, note: checked.note }];
  },
  CategoryChart: (page, props) => {
    const { category, setting, fit, defer } = checkProps(
      'CategoryChart',
      page,
      z.object({ category: categoryProp, setting: settingProp, fit: fitChoiceProp, defer: deferProp }),
      props,
    );
    const series: SeriesRef = category === 'overall' ? OVERALL : { kind: 'category', id: category };
    return [{ kind: 'series', id: `fig-${category}${setting ? `-${setting}` : ''}${fit === 'both' ? '' : `-${fit}`}`, params: setting ? { series, setting, fit } : { series, fit }, defer }];
  },
  BenchmarkChart: (page, props) => {
    const { task, setting, fit, defer } = checkProps(
      'BenchmarkChart',
      page,
      z.object({ task: taskIdProp, setting: settingProp, fit: fitChoiceProp, defer: deferProp }),
      props,
    );
    return [
      { kind: 'raw', id: `fig-${task}-raw`, params: { task }, source: 'Brown et al. 2020 (GPT-3), Table H.1 and Table D.1.', defer },
      { kind: 'series', id: `fig-${task}${setting ? `-${setting}` : ''}`, params: setting ? { series: { kind: 'task', id: task }, setting, fit } : { series: { kind: 'task', id: task }, fit }, defer },
    ];
  },
  BacktestChart: (page, props) => {
    const { kind, setting, id } = checkProps(
      'BacktestChart',
      page,
      z.object({ kind: z.enum(BACKTEST_KINDS).default('category'), setting: settingProp, id: anchorIdProp }),
      props,
    );
    return [{ kind: 'backtest', id: id ?? `fig-backtest-${kind}${setting ? `-${setting}` : ''}`, params: withSetting({ kind }, setting) }];
  },
  BacktestHorizonChart: (page, props) => {
    const { setting, id } = checkProps('BacktestHorizonChart', page, settingAndId, props);
    return [{ kind: 'backtestHorizon', id: id ?? `fig-backtest-horizon${setting ? `-${setting}` : ''}`, params: withSetting({}, setting) }];
  },
  CostByYearChart: (page, props) => {
    const { setting, id } = checkProps('CostByYearChart', page, settingAndId, props);
    return [{ kind: 'costByYear', id: id ?? `fig-cost-by-year${setting ? `-${setting}` : ''}`, params: withSetting({}, setting) }];
  },
  SensitivityChart: (page, props) => {
    const { id, note } = checkProps('SensitivityChart', page, z.object({ id: anchorIdProp, note: noteProp }), props);
    return [{ kind: 'sensitivity', id: id ?? 'fig-sensitivity', params: {}, note }];
  },
  ForecastChart: (page, props) => {
    const { kind, id } = checkProps('ForecastChart', page, z.object({ kind: z.enum(['scatter', 'horizon']).default('scatter'), id: anchorIdProp }), props);
    return [
      {
        kind: kind === 'scatter' ? 'forecastScatter' : 'forecastHorizon',
        id: id ?? `fig-forecast-${kind}`,
        params: {},
        source: "Later models' published scores (data/later-models/PROVENANCE.md) against GPT-3's fits (Brown et al. 2020, Table H.1); computed by this site.",
      },
    ];
  },
  SuitesChart: (page, props) => {
    const { setting, id } = checkProps('SuitesChart', page, settingAndId, props);
    return [
      {
        kind: 'suites',
        id: id ?? `fig-suites${setting ? `-${setting}` : ''}`,
        params: withSetting({}, setting),
        source: 'Biderman et al. 2023 (Pythia) and Brown et al. 2020 (GPT-3), Table H.1; computed by this site.',
      },
    ];
  },
} satisfies Record<string, (page: string, props: unknown) => FigureSpec[]>;

export type ChartComponent = keyof typeof COMPONENTS;
export const CHART_COMPONENTS = Object.keys(COMPONENTS) as ChartComponent[];

export const isChartComponent = (name: string): name is ChartComponent => Object.hasOwn(COMPONENTS, name);

/** The figures `component` draws with `props` on the page at `page` (a URL path). */
export function figuresOf(component: ChartComponent, page: string, props: unknown): FigureSpec[] {
  return COMPONENTS[component](page, props) as FigureSpec[];
}

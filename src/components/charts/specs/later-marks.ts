// METHOD §11 on a series chart: each later model at its loss beyond GPT-3's points (never fitted),
// shape by family, hollow where the comparison carries a caveat; models without a disclosed size in
// a strip at the right edge at their score; the Pythia suites as their own fitted curves.
import * as Plot from '@observablehq/plot';
import type { LaterForSeries, LaterMark } from '../../../lib/later-for-series';
import { curveOn, findSuiteSeries, SUITES } from '../../../lib/suites';
import { SIZE_NOT_DISCLOSED } from '../../../lib/later-losses';
import type { Analysis, FitForm, Setting, SuiteSeries } from '../../../lib/types';
import { INK } from '../chart-model';
import { span } from './span';

/** Each family's symbol, and the glyph that names it in captions. */
export const FAMILY_SYMBOLS: Record<string, { symbol: string; glyph: string }> = {
  Gopher: { symbol: 'star', glyph: '★' },
  Chinchilla: { symbol: 'cross', glyph: '✚' },
  PaLM: { symbol: 'triangle', glyph: '▲' },
  'LLaMA-1': { symbol: 'square', glyph: '■' },
  'Llama 2': { symbol: 'diamond', glyph: '◆' },
  Pythia: { symbol: 'wye', glyph: 'Y' },
  'Pythia (deduped Pile)': { symbol: 'times', glyph: '✕' },
  'GPT-4': { symbol: 'asterisk', glyph: '✱' },
};
const symbolOf = (family: string) => FAMILY_SYMBOLS[family]?.symbol ?? 'circle';

/** The Plot symbol scale for the families on a chart. */
export function familySymbolScale(later: LaterForSeries): Plot.ScaleOptions {
  const families = [...new Set(later.placed.map((m) => m.family))];
  return { domain: families, range: families.map(symbolOf) };
}

export function laterMarks(later: LaterForSeries, compact: boolean): Plot.Markish[] {
  const tip = (m: LaterMark) => (m.note ? `${m.model} (${m.family}): ${m.note}` : `${m.model} (${m.family})`);
  const common = { x: 'loss', y: 'observed', symbol: 'family', r: compact ? 3.5 : 5, strokeWidth: 1.5, title: tip } as const;
  return [
    Plot.dot(later.placed.filter((m) => m.comparable === 'yes'), { ...common, fill: INK.later, stroke: INK.later }),
    Plot.dot(later.placed.filter((m) => m.comparable === 'caveat'), { ...common, fill: 'none', stroke: INK.later }),
    Plot.dot(later.undisclosed, { y: 'observed', frameAnchor: 'right', symbol: 'asterisk', stroke: INK.later, r: 5, title: (m: LaterMark) => `${m.model}: ${SIZE_NOT_DISCLOSED}` }),
    ...(compact
      ? []
      : [Plot.text(later.undisclosed, { y: 'observed', frameAnchor: 'right', dx: -10, textAnchor: 'end', fill: INK.later, text: (m: LaterMark) => `${m.model} (${SIZE_NOT_DISCLOSED})` })]),
  ];
}

/** The caption's sentence on the later models: what the shapes are, which qualified, what is left out. */
export function laterCaption(later: LaterForSeries, isTask: boolean): string {
  const families = [...new Set(later.placed.map((m) => m.family))];
  if (families.length === 0 && later.undisclosed.length === 0) {
    return isTask ? 'No later model reports a comparable score for this task in this setting.' : 'No later model has every task of this series in this setting.';
  }
  const shapes = families.map((f) => `${FAMILY_SYMBOLS[f]?.glyph ?? '●'} ${f}`).join(', ');
  const parts = [
    families.length > 0 ? `Later models at their own loss, never fitted: ${shapes}; hollow where the comparison carries a caveat (its reason in the tooltip and the table).` : '',
    later.undisclosed.length > 0 ? `${later.undisclosed.map((m) => m.model).join(' and ')}: size not disclosed, so drawn at the right edge at ${later.undisclosed.length > 1 ? 'their' : 'its'} score, not on the loss axis.` : '',
    !isTask && later.qualified.length > 0 ? `Only models with every task of the series qualify: ${later.qualified.join(', ')}.` : '',
    later.excluded.length > 0 ? `Not comparable, so only in the table: ${later.excluded.map((m) => m.model).join(', ')}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export interface SuiteCurve {
  suite: string;
  colour: string;
  series: SuiteSeries;
  points: { model: string; loss: number; score: number }[];
  curves: { form: FitForm; loss: number; score: number }[];
}

/** The Pythia suites' own points and fits for a task and setting, over each suite's own losses. */
export function suiteCurves(analysis: Analysis, taskId: string, setting: Setting, forms: readonly FitForm[]): SuiteCurve[] {
  return SUITES.flatMap((suite, i) => {
    const series = findSuiteSeries(analysis, suite.id, taskId, setting);
    const losses = analysis.suites.find((s) => s.id === suite.id)?.losses;
    if (!series || !losses || series.comparable === 'no') return [];
    const models = analysis.suites.find((s) => s.id === suite.id)!.models;
    const grid = span(Math.min(...losses), Math.max(...losses), 40);
    return [
      {
        suite: suite.name,
        colour: INK.suites[i % INK.suites.length]!,
        series,
        points: models.map((model, j) => ({ model, loss: losses[j]!, score: series.y[j]! })),
        curves: forms.flatMap((form) => curveOn(series, form, grid, analysis.axis).map((p) => ({ form, ...p }))),
      },
    ];
  });
}

export function suiteMarks(suites: readonly SuiteCurve[]): Plot.Markish[] {
  return suites.flatMap((s) => [
    ...(['linear', 'logistic'] as const).map((form) =>
      Plot.line(s.curves.filter((c) => c.form === form), { x: 'loss', y: 'score', stroke: s.colour, strokeWidth: 1.5, strokeOpacity: 0.8, ...(form === 'linear' ? { strokeDasharray: '6,4' } : {}) }),
    ),
    Plot.dot(s.points, { x: 'loss', y: 'score', stroke: s.colour, r: 3, title: (p: { model: string }) => `${p.model} (${s.suite})` }),
  ]);
}

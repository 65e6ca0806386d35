// What a redraw must draw again of a figure or a table, and what it may leave as it is. Drawing a
// chart costs several milliseconds; after a change the bootstrap's bands arrive in a second redraw,
// in which only the charts that show bands have changed (on /categories/, none of its 45).
//
// Cases, from what each element was last drawn from in the browser (an analysis, and the state it
// was for, as its permalink query):
// - never drawn in the browser: everything (the first redraw also gives charts their tooltips);
// - drawn from this very analysis: nothing;
// - data no assumption changes (`download.state` null, e.g. Table H.1 as printed), drawn once: nothing;
// - another state: everything (a state change changes what nearly every model says);
// - the same state from another analysis (the bands have arrived): the model the screen shows is
//   built again from the analysis it was drawn from, and the chart and the table view are drawn again
//   only if theirs differ; the download always is (its first line and name record the bootstrap).
// The comparison is of JSON, taken before drawing (Plot fills in defaults on the marks it draws).
// JSON leaves out functions and writes null for NaN: sound here, since what a spec's closure captures
// derives from the same state and analysis, and a missing value, NaN or null, is drawn and printed
// alike.
import type { Analysis } from '../../lib/types';
import type { ChartModel } from '../charts/chart-model';
import type { TableRenderOptions } from '../tables/render-table';
import type { TableModel } from '../tables/table-model';

export interface RedrawPlan {
  chart: boolean;
  table: boolean;
  download: boolean;
}

const NOTHING: RedrawPlan = { chart: false, table: false, download: false };
const EVERYTHING: RedrawPlan = { chart: true, table: true, download: true };

const drawn = new WeakMap<Element, { analysis: Analysis; state: string }>();

const chartKey = (model: ChartModel | TableModel) => ('plot' in model ? JSON.stringify([model.title, model.description, model.plot]) : '');
const tableKey = (model: ChartModel | TableModel, options: TableRenderOptions) =>
  JSON.stringify(['plot' in model ? null : model.caption, model.columns, model.rows, options]);

/** Forgets what `element` was drawn from, so its next redraw draws everything (a new width, say). */
export function forgetDrawing(element: Element): void {
  drawn.delete(element);
}

/**
 * What of `element` to draw again for `model`, built from `analysis` for `state`; `rebuild` builds
 * the element's model from another analysis, `options` its table view's options. Records what
 * `element` is now drawn from: call once per redraw, and draw what it says.
 */
export function planRedraw<M extends ChartModel | TableModel>(
  element: Element,
  analysis: Analysis,
  state: string,
  model: M,
  rebuild: (analysis: Analysis) => M,
  options: (model: M) => TableRenderOptions,
): RedrawPlan {
  const last = drawn.get(element);
  drawn.set(element, { analysis, state });
  if (!last) return EVERYTHING;
  if (last.analysis === analysis || model.download.state === null) return NOTHING;
  if (last.state !== state) return EVERYTHING;
  const shown = rebuild(last.analysis);
  return {
    chart: chartKey(shown) !== chartKey(model),
    table: tableKey(shown, options(shown)) !== tableKey(model, options(model)),
    download: true,
  };
}

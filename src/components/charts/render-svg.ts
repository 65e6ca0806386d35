// Renders an Observable Plot chart to markup at build time. Plot needs a DOM; linkedom is the
// chosen shim (small and fast, enough of the DOM for Plot's SVG output).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export type PlotOptions = Plot.PlotOptions;

export function renderSvg(options: PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  return chart.outerHTML;
}

// Renders a ChartModel to SVG markup at build time. Plot needs a DOM; linkedom is the chosen shim
// (small and fast, enough of the DOM for Plot's SVG output).
import { parseHTML } from 'linkedom';
import type { ChartModel } from './chart-model';
import { drawChart } from './draw';

export function renderSvg(model: ChartModel, idPrefix: string): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return drawChart(model, document as unknown as Document, idPrefix).outerHTML;
}

// Renders a ChartModel to SVG markup at build time, into linkedom's DOM.
import type { ChartModel } from './chart-model';
import { buildDocument } from './build-document';
import { drawChart } from './draw';

export function renderSvg(model: ChartModel, idPrefix: string): string {
  return drawChart(model, buildDocument(), idPrefix).outerHTML;
}

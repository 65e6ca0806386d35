// The bottom loss axis and the left score axis (the top axis is compute-axis.ts).
import * as Plot from '@observablehq/plot';
import { formatLoss } from '../../../../lib/format';

export function frameAxes(): Plot.Markish[] {
  return [
    Plot.axisX({ anchor: 'bottom', label: 'Loss (nats per token), falling →', ticks: 10, tickFormat: (d: number) => formatLoss(d).replace(/0+$/, '').replace(/\.$/, '') }),
    Plot.axisY({ anchor: 'left', tickFormat: '.0%', label: 'Normalised score', labelAnchor: 'center', labelArrow: 'none' }),
  ];
}

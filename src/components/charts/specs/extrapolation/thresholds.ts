// Chance and ceiling (0 and 1) and the §8 thresholds as horizontal lines, the thresholds labelled.
import * as Plot from '@observablehq/plot';
import { INK } from '../../chart-model';
import { thresholdText } from '../labels';
import type { Frame } from './frame';

export function thresholdMarks(frame: Frame): Plot.Markish[] {
  const { thresholds } = frame.analysis.assumptions;
  return [
    Plot.ruleY([0, 1], { stroke: INK.muted, strokeDasharray: '2,3' }),
    Plot.ruleY(thresholds, { stroke: INK.muted, strokeOpacity: 0.6, strokeDasharray: '1,3' }),
    Plot.text(thresholds, { x: frame.lo, y: (t: number) => t, text: (t: number) => thresholdText(t), textAnchor: 'end', dx: -2, dy: -5, fill: INK.muted, fontSize: 9 }),
  ];
}

// The top axis (METHOD §6): losses where the training compute is a power of ten, labelled with what
// that budget buys, and faint vertical grid lines at them.
import * as Plot from '@observablehq/plot';
import { lossForFlop, lossToResources } from '../../../../lib/resources';
import type { Analysis } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { short } from '../labels';
import { LOSS_MODEL_NAMES } from '../words';
import { lossPerPixel, MARGIN, type Frame } from './frame';

/** At most this many compute ticks on the top axis. */
export const MAX_TOP_TICKS = 6;
/** A top-axis label is about this many pixels wide. */
const TICK_LABEL_PX = 68;

/** A loss on the top axis: where the training compute is a power of ten, with what that buys. */
export interface ComputeTick {
  loss: number;
  flop: number;
  label: string;
}

/**
 * Losses in [lo, hi] where the training FLOP is a power of ten (every `step`-th power, so that at
 * most MAX_TOP_TICKS fit), labelled "1e25 FLOP / 4e11 params / 5e12 tokens / $1e8".
 */
export function computeTicks(analysis: Analysis, lo: number, hi: number, minSpacing = 0): ComputeTick[] {
  const { lossModel } = analysis.assumptions;
  const flopAt = (loss: number) => {
    const r = lossToResources(loss, lossModel, analysis.assumptions);
    return r.ok ? r.flop : null;
  };
  const most = flopAt(lo);
  const least = flopAt(hi);
  if (most === null || least === null) return [];
  const first = Math.ceil(Math.log10(least));
  const last = Math.floor(Math.log10(most));
  if (last < first) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / MAX_TOP_TICKS));
  const ticks: ComputeTick[] = [];
  for (let p = Math.ceil(first / step) * step; p <= last; p += step) {
    const flop = 10 ** p;
    const loss = lossForFlop(flop, lossModel);
    if (loss === null || loss < lo || loss > hi) continue;
    // FLOP grows ever faster as loss falls, so ticks crowd at low loss: keep those `minSpacing` apart.
    const previous = ticks[ticks.length - 1];
    if (previous && previous.loss - loss < minSpacing) continue;
    const r = lossToResources(loss, lossModel, analysis.assumptions);
    if (!r.ok) continue;
    ticks.push({
      loss,
      flop,
      label: [`1e${p} FLOP`, `${short(r.params)} params`, `${short(r.tokens)} tokens`, `$${short(r.dollars)}`].join('\n'),
    });
  }
  return ticks;
}

/** Which conversion the top axis uses, as a reader reads it. */
export function readingName(analysis: Analysis): string {
  return analysis.assumptions.lossModel === 'chinchilla'
    ? 'Chinchilla compute-optimal'
    : `Kaplan's single-variable laws, loss model ${LOSS_MODEL_NAMES[analysis.assumptions.lossModel]}`;
}

/** The ticks the chart draws: spaced so that their labels do not overlap. */
export const frameTicks = (frame: Frame): ComputeTick[] => computeTicks(frame.analysis, frame.lo, frame.hi, TICK_LABEL_PX * lossPerPixel(frame));

export function computeAxisMarks(frame: Frame, ticks: readonly ComputeTick[]): Plot.Markish[] {
  const losses = ticks.map((t) => t.loss);
  return [
    Plot.gridX(losses, { stroke: INK.muted, strokeOpacity: 0.25 }),
    Plot.axisX(losses, {
      anchor: 'top',
      tickFormat: (loss: number) => ticks.find((t) => t.loss === loss)?.label ?? '',
      label: `Training compute that reaches the loss (${readingName(frame.analysis)}) →`,
      labelAnchor: 'right',
      labelOffset: MARGIN.top - 10,
      fontSize: 9.5,
      lineHeight: 1.05,
    }),
  ];
}

// The top axis: losses where the training compute is a power of ten, labelled with what that budget
// buys, and faint vertical grid lines at them.
import * as Plot from '@observablehq/plot';
import { lossForFlop, lossToResources } from '../../../../lib/resources';
import type { Analysis } from '../../../../lib/types';
import { INK } from '../../chart-model';
import { powerLabel, tenTo } from '../labels';
import { LOSS_MODEL_NAMES } from '../words';
import { FONT_PX, lossPerPixel, type Frame } from './frame';
import { isPhoneWidth } from '../../layout';

/** At most this many compute ticks on the top axis. */
export const MAX_TOP_TICKS = 6;
/** A top-axis label ("3 × 10¹⁴ tokens") is about this many pixels wide at FONT_PX. */
const TICK_LABEL_PX = 104;

/** A loss on the top axis: where the training compute is a power of ten, with what that buys. */
export interface ComputeTick {
  loss: number;
  flop: number;
  label: string;
}

/**
 * Losses in [lo, hi] where the training FLOP is a power of ten, every `step`-th power with one step
 * throughout (10²¹, 10²⁴, 10²⁷, …), so that the axis reads as a scale. FLOP grows ever faster as
 * loss falls, so the ticks crowd at low loss: the run of ticks stops where the next would be closer
 * than `minSpacing` (in loss) to the last, and never has more than MAX_TOP_TICKS. Of the steps, the
 * one whose run has the most ticks wins (then the one spanning more of the axis), so Chinchilla's
 * losses, where FLOP explodes near E, get ticks across their range rather than two at its end.
 * Dropping only the crowded ticks from a longer run would leave uneven gaps (10²⁰, 10²⁴, …, 10³², 10⁴⁰).
 * Labelled "10²⁵ FLOP / 4 × 10¹¹ params / 5 × 10¹² tokens / $10⁸".
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
  const run = (step: number) => {
    const ticks: { power: number; loss: number }[] = [];
    for (let p = Math.ceil(first / step) * step; p <= last && ticks.length < MAX_TOP_TICKS; p += step) {
      const loss = lossForFlop(10 ** p, lossModel);
      if (loss === null || loss < lo || loss > hi) continue;
      const previous = ticks[ticks.length - 1];
      if (previous && previous.loss - loss < minSpacing) break;
      ticks.push({ power: p, loss });
    }
    return ticks;
  };
  const span = (ticks: { loss: number }[]) => (ticks.length ? ticks[0]!.loss - ticks[ticks.length - 1]!.loss : 0);
  let best = run(1);
  for (let step = 2; step <= last - first + 1; step++) {
    const ticks = run(step);
    if (ticks.length > best.length || (ticks.length === best.length && span(ticks) > span(best))) best = ticks;
  }
  return best.flatMap(({ power, loss }) => {
    const r = lossToResources(loss, lossModel, analysis.assumptions);
    if (!r.ok) return [];
    const label = [`${tenTo(power)} FLOP`, `${powerLabel(r.params)} params`, `${powerLabel(r.tokens)} tokens`, `$${powerLabel(r.dollars)}`];
    return [{ loss, flop: 10 ** power, label: label.join('\n') }];
  });
}

/** Which conversion the top axis uses, as a reader reads it. */
export function readingName(analysis: Analysis): string {
  return analysis.assumptions.lossModel === 'chinchilla'
    ? 'Chinchilla compute-optimal'
    : `Kaplan's single-variable laws, loss model ${LOSS_MODEL_NAMES[analysis.assumptions.lossModel]}`;
}

/**
 * The ticks the chart draws: spaced so that their labels do not overlap, and far enough inside the
 * frame that a centred label does not run off the drawing past the right margin.
 */
export function frameTicks(frame: Frame): ComputeTick[] {
  const perPixel = lossPerPixel(frame);
  const inset = Math.max(0, TICK_LABEL_PX / 2 - frame.margin.right) * perPixel;
  return computeTicks(frame.analysis, frame.lo + inset, frame.hi, TICK_LABEL_PX * perPixel);
}

export function computeAxisMarks(frame: Frame, ticks: readonly ComputeTick[]): Plot.Markish[] {
  const losses = ticks.map((t) => t.loss);
  return [
    Plot.gridX(losses, { stroke: INK.muted, strokeOpacity: 0.25 }),
    Plot.axisX(losses, {
      anchor: 'top',
      tickFormat: (loss: number) => ticks.find((t) => t.loss === loss)?.label ?? '',
      // Which scaling law converts the loss is said in the caption; the label must fit the drawing.
      label: isPhoneWidth(frame.width) ? 'Compute reaching the loss →' : 'Training compute that reaches the loss →',
      labelAnchor: 'right',
      labelOffset: frame.margin.top - 12,
      fontSize: FONT_PX,
      lineHeight: 1.1,
    }),
  ];
}

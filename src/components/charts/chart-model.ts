// What every figure is made of: a Plot spec for the picture, and the same numbers as a view (the
// table view, the CSV download and screen readers read it; tables/view-model.ts). Spec functions
// build one from an Analysis; they are pure and DOM-free, so the build and the browser draw the same
// chart from the same code.
import type { PlotOptions } from '@observablehq/plot';
import type { DataView } from '../tables/view-model';

export type { Cell, Column, Row } from '../tables/view-model';

export interface ChartModel extends DataView {
  /** Accessible name of the chart. */
  title: string;
  /** Accessible description: what the chart shows, in a sentence or two, with its numbers. */
  description: string;
  /** What is plotted and under which assumptions (the figure's caption). */
  caption: string;
  plot: PlotOptions;
}

/** Colours come from CSS variables (src/styles/site.css), so dark mode and print restyle the charts. */
export const INK = {
  points: 'var(--chart-points)',
  linear: 'var(--chart-linear)',
  logistic: 'var(--chart-logistic)',
  band: 'var(--chart-band)',
  reference: 'var(--chart-reference)',
  muted: 'var(--chart-muted)',
  settings: { zero: 'var(--chart-zero)', one: 'var(--chart-one)', few: 'var(--chart-few)' },
  shade: { beyond: 'var(--chart-shade-beyond)', entropy: 'var(--chart-shade-entropy)', entropyEdge: 'var(--chart-shade-entropy-edge)' },
  /** The sensitivity chart: an alternative that moves a crossing further away, or nearer. */
  further: 'var(--chart-further)',
  nearer: 'var(--chart-nearer)',
  /** The page's background, for the halo that keeps text legible over lines. */
  background: 'var(--sl-color-bg)',
  later: 'var(--chart-later)',
  suites: ['var(--chart-suite-1)', 'var(--chart-suite-2)'],
} as const;

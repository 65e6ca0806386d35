// Dots drawn as one path per colour pair (charts/specs/dot-paths.ts): the same circles, and on the
// forecast page's two charts one per comparison and form, hollow exactly where the comparison has a caveat.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { dataset } from '../../src/lib/load-dataset';
import { FIT_FORMS } from '../../src/lib/types';
import { buildChart } from '../../src/components/charts/registry';
import { renderSvg } from '../../src/components/charts/render-svg';
import { NARROW, REGULAR } from '../../src/components/charts/layout';
import { circlePath } from '../../src/components/charts/specs/dot-paths';

describe('circlePath', () => {
  it('starts at the left edge and draws two half arcs of the diameter', () => {
    // Centre (10, 20), r 2.5: left edge at x = 10 − 2.5 = 7.5; each arc spans 2r = 5 px.
    expect(circlePath(10, 20, 2.5)).toBe('M7.5,20a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0');
    // Coordinates to one decimal: 100.123 − 3 = 97.123 → 97.1; 7.06 → 7.1.
    expect(circlePath(100.123, 7.06, 3)).toBe('M97.1,7.1a3,3 0 1,0 6,0a3,3 0 1,0 -6,0');
  });
});

/** Every circle in the chart's dot groups, as [fill, stroke] pairs, one per `M…a…a…` subpath. */
function drawnDots(svg: string): [string, string][] {
  const dots: [string, string][] = [];
  for (const [tag] of svg.matchAll(/<path [^>]*>/g)) {
    const d = / d="((?:M[^M"]*a[^M"]*a[^M"]*)+)"/.exec(tag)?.[1];
    if (!d) continue;
    const fill = / fill="([^"]*)"/.exec(tag)?.[1] ?? '';
    const stroke = / stroke="([^"]*)"/.exec(tag)?.[1] ?? '';
    for (const _ of d.matchAll(/M/g)) dots.push([fill, stroke]);
  }
  return dots;
}

describe('the forecast charts', () => {
  for (const caveats of [true, false]) {
    const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, includeCaveats: caveats });
    // Counted from the analysis, not from the chart: one dot per comparison with a loss and form with a prediction.
    const predicted = analysis.forecast.comparisons.flatMap((c) => (c.horizon_orders === null ? [] : FIT_FORMS.filter((f) => c.predicted[f] !== null).map(() => c)));
    const hollow = predicted.filter((c) => c.comparable === 'caveat').length;
    for (const kind of ['forecastScatter', 'forecastHorizon'] as const) {
      it(`${kind} draws one dot per comparison and form${caveats ? '' : ', caveats left out'}, hollow for a caveat`, () => {
        expect(predicted.length).toBeGreaterThan(100);
        for (const layout of [REGULAR, NARROW]) {
          const dots = drawnDots(renderSvg(buildChart(kind, analysis, dataset, {}, layout), 't-'));
          expect(dots).toHaveLength(predicted.length);
          expect(dots.filter(([fill]) => fill === 'none')).toHaveLength(hollow);
          expect(svgCircles(renderSvg(buildChart(kind, analysis, dataset, {}, layout), 't-'))).toBe(0);
        }
        if (!caveats) expect(hollow).toBe(0);
      });
    }
  }
});

const svgCircles = (svg: string) => svg.match(/<circle/g)?.length ?? 0;

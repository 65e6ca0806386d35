// The extrapolation chart: fitted curves of one or more series from the GPT-3 models' losses down to
// far lower loss, with bootstrap bands, the reference lines, the thresholds, the shaded regions where
// the extrapolation warns, and a second x axis on top labelling the loss with what reaching it costs.
// Each part is a small builder in this folder; this module assembles them.
import type { Analysis, Dataset } from '../../../../lib/types';
import type { ChartModel } from '../../chart-model';
import { frameAxes } from './axes';
import { bandMarks, bandPoints } from './bands';
import { computeAxisMarks, frameTicks } from './compute-axis';
import { curveMarks, curvePoints, modelPoints, pointMarks } from './curves';
import { endLabelMarks, endLabels } from './end-labels';
import { FONT_PX, frameOf, scoreRange, type ExtrapolationChartOptions } from './frame';
import { isPhoneWidth, REGULAR, type ChartLayout } from '../../layout';
import { legendEntries, legendMarks, withKeyRoom } from './legend';
import { placeReferences, referenceMarks } from './references';
import { shadedRegions, shadingMarks, shadingRows, stripPx } from './shading';
import { tableColumns, tableRows } from './table';
import { thresholdLabels, thresholdMarks } from './thresholds';
import { caption, description, title } from './words';

export type { ExtrapolationChartOptions } from './frame';
export { computeTicks, MAX_TOP_TICKS, type ComputeTick } from './compute-axis';
export { TABLE_ROWS, thinGrid } from './curves';
export { shadedRegions } from './shading';

export function extrapolationSpec(analysis: Analysis, dataset: Dataset, options: ExtrapolationChartOptions, layout: ChartLayout = REGULAR): ChartModel {
  const unkeyed = frameOf(analysis, dataset, options, layout);
  const entries = legendEntries(unkeyed);
  const frame = withKeyRoom(unkeyed, entries);
  const regions = shadedRegions(frame);
  const drawn = curvePoints(frame);
  const bands = bandPoints(frame);
  const points = modelPoints(frame, dataset);
  const scores = scoreRange(frame, [...points.map((p) => p.score), ...drawn.map((c) => c.score), ...bands.flatMap((b) => [b.lo95, b.hi95])], stripPx(regions));
  // Curves stop at the top of the data, below the strip that names the shading.
  const curves = drawn.filter((c) => c.score <= scores.dataHi);
  const clipped = bands.map((b) => ({ ...b, hi95: Math.min(b.hi95, scores.dataHi), hi80: Math.min(b.hi80, scores.dataHi) }));
  const references = placeReferences(frame);
  const thresholds = thresholdLabels(frame, scores);
  const { margin } = frame;

  return {
    title: title(frame),
    description: description(frame, references),
    caption: caption(frame, references, regions),
    plot: {
      width: frame.width,
      height: frame.height,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      style: { fontSize: `${FONT_PX}px` },
      x: { domain: [frame.hi, frame.lo] },
      y: { domain: [scores.yLo, scores.yHi] },
      marks: [
        ...shadingMarks(regions, frame.lo),
        ...computeAxisMarks(frame, frameTicks(frame)),
        ...frameAxes(scores, thresholds, isPhoneWidth(frame.width)),
        ...thresholdMarks(frame, scores, thresholds),
        ...bandMarks(clipped),
        ...referenceMarks(frame, references, scores, curves),
        ...curveMarks(frame, curves),
        ...pointMarks(frame, points),
        ...endLabelMarks(frame, scores, endLabels(frame, scores)),
        ...legendMarks(frame, scores, entries, shadingRows(regions)),
      ],
    },
    columns: tableColumns(frame),
    rows: tableRows(frame),
    download: { what: `extrapolation-${options.series}-${options.fit}`, setting: frame.setting, state: analysis.assumptions },
  };
}

// The extrapolation chart (METHOD §5–§8): fitted curves of one or more series from the GPT-3 models'
// losses down to far lower loss, with bootstrap bands, the §7 reference lines, the §8 thresholds, the
// §6 warnings shaded, and a second x axis on top labelling the loss with what reaching it costs (§6).
// Each part is a small builder in this folder; this module assembles them.
import type { Analysis, Dataset } from '../../../../lib/types';
import type { ChartModel } from '../../chart-model';
import { frameAxes } from './axes';
import { bandMarks, bandPoints } from './bands';
import { computeAxisMarks, frameTicks } from './compute-axis';
import { curveMarks, curvePoints, modelPoints, pointMarks } from './curves';
import { frameOf, HEIGHT, MARGIN, scoreRange, WIDTH, type ExtrapolationChartOptions } from './frame';
import { legendMarks } from './legend';
import { placeReferences, referenceMarks } from './references';
import { shadedRegions, shadingMarks } from './shading';
import { tableColumns, tableRows } from './table';
import { thresholdMarks } from './thresholds';
import { caption, description, title } from './words';

export type { ExtrapolationChartOptions } from './frame';
export { computeTicks, MAX_TOP_TICKS, type ComputeTick } from './compute-axis';
export { TABLE_ROWS, thinGrid } from './curves';
export { shadedRegions } from './shading';

export function extrapolationSpec(analysis: Analysis, dataset: Dataset, options: ExtrapolationChartOptions): ChartModel {
  const frame = frameOf(analysis, dataset, options);
  const curves = curvePoints(frame);
  const bands = bandPoints(frame);
  const points = modelPoints(frame, dataset);
  const scores = scoreRange([...points.map((p) => p.score), ...curves.map((c) => c.score), ...bands.flatMap((b) => [b.lo95, b.hi95])]);
  const references = placeReferences(frame);
  const regions = shadedRegions(frame);

  return {
    title: title(frame),
    description: description(frame, references),
    caption: caption(frame, references, regions),
    plot: {
      width: WIDTH,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      x: { domain: [frame.hi, frame.lo] },
      y: { domain: [scores.yLo, scores.yHi], grid: true },
      marks: [
        ...shadingMarks(frame, regions),
        ...computeAxisMarks(frame, frameTicks(frame)),
        ...thresholdMarks(frame),
        ...bandMarks(frame, bands),
        ...referenceMarks(references, scores.yLo),
        ...curveMarks(frame, curves),
        ...pointMarks(frame, points),
        ...legendMarks(frame, scores),
        ...frameAxes(),
      ],
    },
    columns: tableColumns(frame),
    rows: tableRows(frame),
    download: { what: `extrapolation-${options.series}-${options.fit}`, setting: frame.setting, state: analysis.assumptions },
  };
}

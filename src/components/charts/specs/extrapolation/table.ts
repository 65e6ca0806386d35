// The chart's table: the grid thinned to about 25 losses, with what reaching each costs (§6) and each
// curve's score there, and its bands' ends in separate columns.
import { curveAt } from '../../../../lib/axis';
import { resourcesAt } from '../../../../lib/yardstick';
import { lossColumn, rangeCells, rangeColumns, RESOURCE_COLUMNS, resourceCells, scoreColumn } from '../../../tables/columns';
import type { Column, Row } from '../../chart-model';
import { seriesName } from '../labels';
import { drawnBands } from './bands';
import { curveKey, thinGrid } from './curves';
import type { Frame } from './frame';

export function tableColumns(frame: Frame): Column[] {
  const curves = frame.list.flatMap((s) =>
    frame.forms.flatMap((form): Column[] => {
      const key = curveKey(s, form);
      const label = `${seriesName(s)}, ${form}`;
      const score = scoreColumn(key, label);
      return [score, ...(drawnBands(frame, s, form) ? rangeColumns(key, label, score) : [])];
    }),
  );
  const { params, tokens, flop, orders, dollars } = RESOURCE_COLUMNS;
  return [lossColumn(), params, tokens, flop, orders, dollars, ...curves];
}

/** Index of the value in `values` nearest to `target`. */
function nearestIndex(values: readonly number[], target: number): number {
  let best = 0;
  for (let j = 1; j < values.length; j++) if (Math.abs(values[j]! - target) < Math.abs(values[best]! - target)) best = j;
  return best;
}

export function tableRows(frame: Frame): Row[] {
  const { analysis } = frame;
  return thinGrid(analysis.grid).map((loss) => {
    const row: Row = { loss, ...resourceCells(resourcesAt(analysis, loss)) };
    for (const s of frame.list) {
      for (const form of frame.forms) {
        const key = curveKey(s, form);
        row[key] = curveAt(form, s[form], loss, analysis.axis);
        const b = drawnBands(frame, s, form);
        if (b) {
          const j = nearestIndex(b.loss, loss);
          Object.assign(row, rangeCells(key, { lo80: b.lo80[j]!, hi80: b.hi80[j]!, lo95: b.lo95[j]!, hi95: b.hi95[j]! }));
        }
      }
    }
    return row;
  });
}

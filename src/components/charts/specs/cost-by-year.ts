// METHOD §14: each overall crossing's cost against the year, 2020–2050 on a log scale, for both fit
// forms, with the reader's budgets as horizontal lines. Only dollars move with the year.
import * as Plot from '@observablehq/plot';
import { findSeries } from '../../../lib/analyse';
import { formatDollars } from '../../../lib/format';
import { OVERALL } from '../../../lib/series-ref';
import { BASE_YEAR, costInYear } from '../../../lib/time';
import { FIT_FORMS, type Analysis, type Dataset, type FitForm, type Setting } from '../../../lib/types';
import { INK, type ChartModel, type Column, type Row } from '../chart-model';
import { RESOURCE_COLUMNS } from '../../tables/columns';
import { paletteColour, thresholdText } from './labels';
import { assumptionsLine, SETTING_NAMES } from './words';

export interface CostByYearChartOptions {
  /** Defaults to the analysis' chosen setting. */
  setting?: Setting;
}

export const LAST_YEAR = 2050;
/** Table rows: every this many years. */
const TABLE_STEP = 5;

const years = (step: number) => Array.from({ length: (LAST_YEAR - BASE_YEAR) / step + 1 }, (_, i) => BASE_YEAR + i * step);

export function costByYearSpec(analysis: Analysis, _dataset: Dataset, options: CostByYearChartOptions): ChartModel {
  const setting = options.setting ?? analysis.assumptions.setting;
  const overall = findSeries(analysis, OVERALL, setting);
  const { assumptions } = analysis;
  const lines = FIT_FORMS.flatMap((form) =>
    overall.crossings[form].flatMap((c, i) =>
      (c.status === 'reached' || c.status === 'already') && c.resources.ok
        ? [{ key: `${form}:${c.threshold}`, form, threshold: c.threshold, i, dollars: c.resources.dollars, yearAt: c.resources.cost.yearAt }]
        : [],
    ),
  );
  const points = lines.flatMap((l) =>
    years(1).map((year) => ({ key: l.key, form: l.form, i: l.i, year, cost: costInYear(l.dollars, year, assumptions) })),
  );
  const dash = (form: FitForm) => (form === 'linear' ? '6,4' : null);
  const label = (l: { form: FitForm; threshold: number }) => `${thresholdText(l.threshold)}, ${l.form}`;
  const budgetText = assumptions.budgets.map(formatDollars).join(' and ');
  const firstYears = lines
    .filter((l) => l.form === assumptions.fitForm)
    .map((l) => {
      const year = Object.values(l.yearAt)[0];
      return `${thresholdText(l.threshold)}: ${year === undefined ? 'no budget' : year === 'already' ? 'already in 2020' : Math.round(year)}`;
    });

  return {
    title: `When the overall crossings become affordable (${SETTING_NAMES[setting]})`,
    description:
      `Cost of each overall ${SETTING_NAMES[setting]} crossing, in dollars on a log scale, from ${BASE_YEAR} to ${LAST_YEAR}, ` +
      `as hardware (halving every ${assumptions.hardwareHalving} years) and algorithms (every ${assumptions.algorithmHalving} years) make it cheaper. ` +
      `Year each ${assumptions.fitForm} crossing falls to ${formatDollars(assumptions.budgets[0]!)}: ${firstYears.join('; ')}.`,
    caption:
      `Cost of reaching each threshold of the overall ${SETTING_NAMES[setting]} score against the year: solid lines the logistic fit, dashed the linear. ` +
      `The cost halves every ${assumptions.hardwareHalving} years through hardware and every ${assumptions.algorithmHalving} years through algorithms; ` +
      `horizontal lines: budgets of ${budgetText}. Thresholds a fit never reaches, or that are unreachable under the loss model, have no line. ` +
      assumptionsLine(assumptions),
    plot: {
      width: 720,
      height: 380,
      marginLeft: 84,
      marginRight: 96,
      x: { domain: [BASE_YEAR, LAST_YEAR], label: 'Year', tickFormat: 'd' },
      y: { type: 'log', label: '↑ Cost (dollars, log scale)', grid: true, tickFormat: (d: number) => formatDollars(d) },
      marks: [
        Plot.ruleY(assumptions.budgets, { stroke: INK.reference, strokeDasharray: '4,3' }),
        Plot.text(assumptions.budgets, { x: BASE_YEAR, y: (b: number) => b, text: (b: number) => `budget ${formatDollars(b)}`, textAnchor: 'start', dx: 4, dy: -6, fill: INK.reference }),
        ...lines.map((l) =>
          Plot.line(
            points.filter((p) => p.key === l.key),
            { x: 'year', y: 'cost', stroke: paletteColour(l.i), strokeWidth: 1.8, ...(dash(l.form) ? { strokeDasharray: dash(l.form)! } : {}) },
          ),
        ),
        Plot.text(
          lines.filter((l) => l.form === 'logistic'),
          { x: LAST_YEAR, y: (l: (typeof lines)[number]) => costInYear(l.dollars, LAST_YEAR, assumptions), text: label, textAnchor: 'start', dx: 4, fill: (l: (typeof lines)[number]) => paletteColour(l.i) },
        ),
      ],
    },
    columns: [
      { key: 'year', label: 'Year', format: 'integer' },
      ...lines.map((l): Column => ({ ...RESOURCE_COLUMNS.dollars, key: l.key, label: `Cost, ${label(l)}` })),
    ],
    rows: years(TABLE_STEP).map((year) => {
      const row: Row = { year };
      for (const l of lines) row[l.key] = costInYear(l.dollars, year, assumptions);
      return row;
    }),
    download: { what: 'cost-by-year-overall', setting, state: assumptions },
  };
}

// Checks the props ExtrapolationChart and CrossingsTable share. `series` is `overall`, `categories`,
// `category:<id>`, `task:<id>` (or an id that names one series only), or a comma-separated list of
// those; a bad or ambiguous item fails the build like any other prop.
import { FIT_CHOICES, SETTINGS, PropError, describePage, oneOf } from './props';
import type { FitChoice } from './charts/specs/series';
import type { Setting } from '../lib/types';
import { dataset } from '../lib/load-dataset';
import { parseSeriesList } from '../lib/series-ref';

export function seriesList(where: { component: string; page: string }, value: unknown): string {
  try {
    if (typeof value !== 'string') throw new RangeError(`${JSON.stringify(value)} is not a list of series`);
    parseSeriesList(value, dataset);
    return value.split(',').map((p) => p.trim()).join(',');
  } catch (error) {
    throw new PropError(`<${where.component}> on ${describePage(where.page)}: prop "series": ${(error as Error).message}.`);
  }
}

export interface SeriesProps {
  series?: string;
  fit?: string;
  setting?: string;
}

/** The checked params of a chart or table of several series, and a slug of them for its anchor id. */
export function seriesParams(where: { component: string; page: string }, props: SeriesProps) {
  const series = seriesList(where, props.series ?? 'overall');
  const fit: FitChoice = oneOf(where, 'fit', props.fit ?? 'both', FIT_CHOICES);
  const setting: Setting | undefined = props.setting === undefined ? undefined : oneOf(where, 'setting', props.setting, SETTINGS);
  const slug = `${series.replace(/[^a-z0-9]+/gi, '-')}-${fit}${setting ? `-${setting}` : ''}`;
  return { params: setting ? { series, fit, setting } : { series, fit }, slug };
}

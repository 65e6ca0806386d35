// Checks the props ExtrapolationChart and CrossingsTable share. `series` is `overall`, `categories`,
// a category or task id, or a comma-separated list of those; a bad item fails the build like any
// other prop.
import { CATEGORY_IDS, FIT_CHOICES, SETTINGS, TASK_IDS, oneOf } from './props';
import type { FitChoice } from './charts/specs/series';
import type { Setting } from '../lib/types';

export const SERIES_CHOICES = ['overall', 'categories', ...CATEGORY_IDS, ...TASK_IDS];

export function seriesList(where: { component: string; page: string }, value: unknown): string {
  const parts = typeof value === 'string' ? value.split(',').map((p) => p.trim()) : [value];
  for (const part of parts) oneOf(where, 'series', part, SERIES_CHOICES);
  return (parts as string[]).join(',');
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

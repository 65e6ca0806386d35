// Checks a `series` prop (ExtrapolationChart, CrossingsTable): `overall`, `categories`, a category or
// task id, or a comma-separated list of those; a bad item fails the build like any other prop.
import { CATEGORY_IDS, TASK_IDS, oneOf } from './props';

export const SERIES_CHOICES = ['overall', 'categories', ...CATEGORY_IDS, ...TASK_IDS];

export function seriesList(where: { component: string; page: string }, value: unknown): string {
  const parts = typeof value === 'string' ? value.split(',').map((p) => p.trim()) : [value];
  for (const part of parts) oneOf(where, 'series', part, SERIES_CHOICES);
  return (parts as string[]).join(',');
}

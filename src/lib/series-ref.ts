// Which series a chart, table or quantity means. A task and a category may share an id (`winograd`,
// `sat-analogies`), so a series is always named by (kind, id), and a setting where one is needed.
import type { Dataset, SeriesKind } from './types';

export interface SeriesRef {
  kind: SeriesKind;
  id: string;
}

export const OVERALL: SeriesRef = { kind: 'overall', id: 'overall' };

/** `overall`, `category:<id>` or `task:<id>`: how a ref is written in props, keys and file names. */
export function seriesRefText(ref: SeriesRef): string {
  return ref.kind === 'overall' ? 'overall' : `${ref.kind}:${ref.id}`;
}

export function sameSeries(a: SeriesRef, b: SeriesRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** Every series ref of the dataset: overall, then the categories, then the tasks. */
export function allSeriesRefs(dataset: Dataset): SeriesRef[] {
  return [
    OVERALL,
    ...dataset.categories.map((c): SeriesRef => ({ kind: 'category', id: c.id })),
    ...dataset.tasks.map((t): SeriesRef => ({ kind: 'task', id: t.id })),
  ];
}

/**
 * The one series `text` names: `overall`, `category:<id>`, `task:<id>`, or a bare id that names exactly
 * one series. An ambiguous bare id (a task and a category of that id) is an error naming both
 * spellings, so an author never gets the task where the category was meant.
 */
export function parseSeriesRef(text: string, dataset: Dataset): SeriesRef {
  const refs = allSeriesRefs(dataset);
  const qualified = refs.find((r) => seriesRefText(r) === text);
  if (qualified) return qualified;
  const bare = refs.filter((r) => r.id === text);
  if (bare.length === 1) return bare[0]!;
  if (bare.length > 1) {
    throw new RangeError(`"${text}" names both ${bare.map(seriesRefText).join(' and ')}: write one of those`);
  }
  throw new RangeError(
    `"${text}" is not a series: expected overall, category:<id> (${dataset.categories.map((c) => c.id).join(', ')}) or task:<id> (a task id)`,
  );
}

/** A comma-separated list of series, where `categories` stands for all of them; duplicates dropped. */
export function parseSeriesList(text: string, dataset: Dataset): SeriesRef[] {
  const refs: SeriesRef[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const named = part === 'categories' ? dataset.categories.map((c): SeriesRef => ({ kind: 'category', id: c.id })) : [parseSeriesRef(part, dataset)];
    for (const ref of named) if (!refs.some((r) => sameSeries(r, ref))) refs.push(ref);
  }
  if (refs.length === 0) throw new RangeError('no series named');
  return refs;
}

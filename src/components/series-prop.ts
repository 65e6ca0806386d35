// The props ExtrapolationChart and CrossingsTable share. `series` is `overall`, `categories`,
// `category:<id>`, `task:<id>` (or an id that names one series only), or a comma-separated list of
// those; a bad or ambiguous item fails the build like any other prop.
import { z } from 'zod';
import { anchorIdProp, fitChoiceProp, noteProp, seriesListProp, settingProp } from './props';

export const seriesPropsSchema = z.object({
  series: seriesListProp,
  fit: fitChoiceProp,
  setting: settingProp,
  id: anchorIdProp,
  note: noteProp,
});

/** The params of a chart or table of several series, and a slug of them for its anchor id. */
export function seriesParams({ series, fit, setting }: z.output<typeof seriesPropsSchema>) {
  const slug = `${series.replace(/[^a-z0-9]+/gi, '-')}-${fit}${setting ? `-${setting}` : ''}`;
  return { params: setting ? { series, fit, setting } : { series, fit }, slug };
}

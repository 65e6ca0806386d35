// The props authors give components in MDX, as zod schemas checked by one helper, so that a typo
// fails the build with the page, the prop, the bad value and the valid choices, instead of drawing
// the wrong chart or nothing.
import { AstroError } from 'astro/errors';
import { z } from 'zod';
import { dataset } from '../lib/load-dataset';
import { checkQuantityKey } from '../lib/quantities';
import { parseSeriesList } from '../lib/series-ref';
import { FIT_FORMS, SETTINGS } from '../lib/types';

export const CATEGORY_IDS = dataset.categories.map((c) => c.id);
export const TASK_IDS = dataset.tasks.map((t) => t.id);
export const FIT_CHOICES = [...FIT_FORMS, 'both', 'chosen'] as const;

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

/** The props most components share. */
export const settingProp = enumOf(SETTINGS).optional();
export const fitFormProp = enumOf(FIT_FORMS).optional();
export const fitChoiceProp = enumOf(FIT_CHOICES).default('both');
export const taskIdProp = enumOf(TASK_IDS);
export const categoryProp = enumOf([...CATEGORY_IDS, 'overall']);
/** An anchor id, unique on the page. */
export const anchorIdProp = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens').optional();
/**
 * A figure in a tab that is closed when the page opens: drawn in the browser when first shown, so the
 * page does not carry a drawing no reader without JavaScript could open (Figure.astro).
 */
export const deferProp = z.boolean().default(false);
/** Sentences printed after a computed caption. */
export const noteProp = z.string().optional();
/** `overall`, `categories`, `category:<id>`, `task:<id>` (or an id that names one series only), comma-separated. */
export const seriesListProp = z
  .string()
  .default('overall')
  .superRefine((value, context) => {
    try {
      parseSeriesList(value, dataset);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  })
  .transform((value) => value.split(',').map((p) => p.trim()).join(','));
/** A key of src/lib/quantities.ts. */
export const quantityKeyProp = z.string().superRefine((value, context) => {
  try {
    checkQuantityKey(value, dataset);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

/** The essay a URL path comes from, for messages (`/method/` → src/content/docs/method.mdx). */
export function describePage(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const slug = path.replace(/^\/|\/$/g, '');
  return `page ${pathname} (src/content/docs/${slug || 'index'}.mdx or src/pages/${slug || 'index'})`;
}

/**
 * `props` checked against `schema` (unknown props are errors too), or an AstroError naming the
 * component, the page, the prop, the bad value and what was expected.
 */
export function checkProps<S extends z.ZodObject>(component: string, page: string, schema: S, props: unknown): z.output<S> {
  const parsed = schema.strict().safeParse(props);
  if (parsed.success) return parsed.data as z.output<S>;
  const given = (props ?? {}) as Record<string, unknown>;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown prop${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected: ${Object.keys(schema.shape).join(', ')}`;
    }
    const prop = String(issue.path[0] ?? '');
    const expected = issue.code === 'invalid_value' ? `expected one of: ${issue.values.map(String).join(', ')}` : issue.message;
    return `prop "${prop}" is ${JSON.stringify(given[prop])}; ${expected}`;
  });
  const message = `<${component}> on ${describePage(page)}: ${problems.join('; ')}.`;
  throw new AstroError(message, `Fix the prop in the page's MDX; see the Authoring page for every component's props.`);
}

export { FIT_FORMS, SETTINGS };

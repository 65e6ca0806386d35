// Checks the props authors give components in MDX, so that a typo fails the build with the page, the
// prop, the bad value and the valid choices, instead of drawing the wrong chart or nothing.
import { dataset } from '../lib/load-dataset';
import { FIT_FORMS, SETTINGS } from '../lib/types';

export class PropError extends Error {
  override name = 'PropError';
}

/** `value` if it is one of `choices`, else a PropError naming where and what was expected. */
export function oneOf<T extends string>(
  where: { component: string; page: string },
  prop: string,
  value: unknown,
  choices: readonly T[],
): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new PropError(
    `<${where.component}> on ${describePage(where.page)}: prop "${prop}" is ${JSON.stringify(value)}; ` +
      `expected one of: ${choices.join(', ')}.`,
  );
}

/** The essay a URL path comes from, for messages (`/method/` → src/content/docs/method.mdx). */
export function describePage(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const slug = path.replace(/^\/|\/$/g, '');
  return `page ${pathname} (src/content/docs/${slug || 'index'}.mdx or src/pages/${slug || 'index'})`;
}

export const CATEGORY_IDS = dataset.categories.map((c) => c.id);
export const TASK_IDS = dataset.tasks.map((t) => t.id);
export { SETTINGS };
export const FIT_CHOICES = [...FIT_FORMS, 'both', 'chosen'] as const;
export { FIT_FORMS };

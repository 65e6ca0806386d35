// How to cite a page of the site: a BibTeX entry and a plain reference, from the page's title and URL,
// the site's version and the build's date. Pure, so the block at the end of every page
// (src/components/overrides/CiteThisPage.astro) and its unit tests share one computation.
import { isIsoDay } from './changelog';

export interface CitedPage {
  /** The page's title as its heading shows it. */
  title: string;
  /** The page's path below the site's base, without slashes at either end ('' for the home page). */
  id: string;
  /** The URL the reference prints: absolute when the build knows its origin, otherwise the path. */
  url: string;
  /** The site's version (package.json). */
  version: string;
  /** The build's day, YYYY-MM-DD. */
  date: string;
}

export const SITE_NAME = 'Extrapolating GPT-N';
export const AUTHOR = 'Extrapolating GPT-N maintainers';

// BibTeX's month macros (jan … dec), which every style prints in its own form, unlike a number.
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayParts(date: string): { year: string; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || !isIsoDay(date)) throw new Error(`citation: the date "${date}" is not YYYY-MM-DD`);
  return { year: match[1]!, month: Number(match[2]), day: Number(match[3]) };
}

/** 2026-12-02 → "2 December 2026": spelled out, so no reader mistakes day for month. */
export function longDate(date: string): string {
  const { year, month, day } = dayParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

// TeX's special characters, each as text. One pass, so the braces of \textbackslash{} stay as written.
const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

export function escapeTex(text: string): string {
  return text.replace(/[\\{}$&#%_^~]/g, (char) => TEX_SPECIAL[char]!);
}

/** A key unique to the page and year, made of characters every BibTeX tool accepts: gptn-2026-benchmarks-lambada. */
export function bibtexKey(id: string, date: string): string {
  const slug = id
    .toLowerCase()
    .split('/')
    .map((part) => part.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-');
  return `gptn-${dayParts(date).year}-${slug || 'overview'}`;
}

/**
 * The page as a BibTeX @misc entry. The title sits in a second pair of braces so styles keep its capitals
 * (GPT, SuperGLUE); the author is an organisation, braced so it is not split into given and family names.
 */
export function bibtex(page: CitedPage): string {
  const { year, month } = dayParts(page.date);
  return [
    `@misc{${bibtexKey(page.id, page.date)},`,
    `  author = {{${escapeTex(AUTHOR)}}},`,
    `  title = {{${escapeTex(page.title)}}},`,
    `  howpublished = {${escapeTex(SITE_NAME)}, version ${escapeTex(page.version)}},`,
    `  year = {${year}},`,
    `  month = ${MONTH_MACROS[month - 1]},`,
    `  note = {Built ${page.date}},`,
    `  url = {${page.url}}`,
    `}`,
  ].join('\n');
}

/** The page as a plain author–date reference, ending with its URL. */
export function plainReference(page: CitedPage): string {
  const { year } = dayParts(page.date);
  const title = /[.?!]$/.test(page.title) ? page.title : `${page.title}.`;
  return `${AUTHOR} (${year}). “${title}” ${SITE_NAME}, version ${page.version}, ${longDate(page.date)}. ${page.url}`;
}

/** A citation's text split around its one URL, so the page can mark the URL for the browser to complete. */
export function aroundUrl(text: string, url: string): [before: string, after: string] {
  const parts = text.split(url);
  if (parts.length !== 2) throw new Error(`citation: the URL ${url} is not in the citation exactly once`);
  return [parts[0]!, parts[1]!];
}

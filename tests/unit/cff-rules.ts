// The Citation File Format 1.2.0's rules for the keys a CITATION.cff may hold, written from the format's
// specification (https://github.com/citation-file-format/citation-file-format/blob/1.2.0/README.md) as a
// zod schema, since no maintained validator ships on npm: the required keys (cff-version, message, title,
// authors), each author a person (family or given names) or an entity (a name), dates as calendar days,
// licences as SPDX identifiers (the spdx-license-ids package, SPDX's own list), URLs absolute, the type
// one of the two the format knows, and no top-level key the format does not define.
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { z } from 'zod';

/** The top-level keys of CFF 1.2.0. */
const CFF_KEYS = [
  'abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license',
  'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code',
  'title', 'type', 'url', 'version',
] as const;

const text = z.string().trim().min(1);
const url = z.string().refine((value) => URL.canParse(value) && /^(https?|ftp|sftp):\/\//.test(value), 'an absolute URL');
/** YYYY-MM-DD naming a real day (2026-13-01 and 2026-02-30 are not). */
const day = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, date));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date;
}, 'a calendar day, YYYY-MM-DD');
const spdx = z.string().refine((id) => (spdxIds as string[]).includes(id), 'an SPDX licence identifier');

const contactFields = { affiliation: text, email: z.email(), website: url, orcid: z.string().regex(/^https:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/) };
const person = z
  .strictObject({ 'family-names': text, 'given-names': text, 'name-particle': text, 'name-suffix': text, alias: text, ...contactFields })
  .partial()
  .refine((p) => p['family-names'] !== undefined || p['given-names'] !== undefined || p.alias !== undefined, 'a person with family or given names');
const entity = z.strictObject({ name: text, ...Object.fromEntries(Object.entries(contactFields).map(([k, v]) => [k, v.optional()])) });
const author = z.union([entity, person]);

export const cffSchema = z
  .object({
    'cff-version': z.literal('1.2.0'),
    message: text,
    title: text,
    authors: z.array(author).min(1),
    abstract: text.optional(),
    version: z.union([text, z.number()]).optional(),
    'date-released': day.optional(),
    license: z.union([spdx, z.array(spdx).min(1)]).optional(),
    'license-url': url.optional(),
    url: url.optional(),
    'repository-code': url.optional(),
    repository: url.optional(),
    'repository-artifact': url.optional(),
    doi: z.string().regex(/^10\.\d{4,9}(\.\d+)?\/\S+$/).optional(),
    keywords: z.array(text).min(1).optional(),
    type: z.enum(['software', 'dataset']).optional(),
    commit: text.optional(),
  })
  .catchall(z.unknown())
  .superRefine((cff, context) => {
    for (const key of Object.keys(cff)) {
      if (!(CFF_KEYS as readonly string[]).includes(key)) context.addIssue({ code: 'custom', path: [key], message: `not a key of CFF 1.2.0` });
    }
  });

/** Each rule the file breaks, as `path: message`. */
export function cffProblems(value: unknown): string[] {
  const result = cffSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

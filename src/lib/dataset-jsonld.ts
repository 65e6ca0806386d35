// The /data/ page's schema.org Dataset (JSON-LD): the published files as one dataset, each file a
// DataDownload, read from the declarations in published-files.ts. Without a site origin (SITE unset)
// every URL is the path under the base, which still resolves against the page; with one, absolute.
import { CC_BY_4, GPT3_PAPER, type PublishedFile } from './published-files';

export interface DatasetPlace {
  /** The site's origin (Astro.site), or undefined when the build declares none. */
  site: URL | undefined;
  /** The site's base (import.meta.env.BASE_URL), e.g. `/` or `/gpt-n/`. */
  base: string;
}

export interface DatasetMeta {
  name: string;
  description: string;
  /** The site's name, as the creator. */
  creator: string;
  /** package.json's version. */
  version: string;
  /** The build date, YYYY-MM-DD. */
  dateModified: string;
}

/** `path` (relative to the base) as a URL: absolute with a site, else a path from the root. */
export function placeUrl(path: string, { site, base }: DatasetPlace): string {
  const rooted = `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return site ? new URL(rooted, site).href : rooted;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const licenceOf = (file: PublishedFile): Json =>
  file.licence ? file.licence.url : { '@type': 'CreativeWork', name: 'Terms of use', text: file.terms };

export function datasetJsonLd(files: readonly PublishedFile[], meta: DatasetMeta, place: DatasetPlace): Record<string, Json> {
  const gpt3: Json = {
    '@type': 'ScholarlyArticle',
    name: GPT3_PAPER.name,
    author: GPT3_PAPER.authors,
    datePublished: String(GPT3_PAPER.year),
    url: GPT3_PAPER.href,
  };
  const others = [...new Map(files.flatMap((f) => f.sources).filter((s) => s.href !== GPT3_PAPER.href).map((s) => [s.href, s])).values()];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: meta.name,
    description: meta.description,
    url: placeUrl('data/', place),
    license: CC_BY_4.url,
    creator: { '@type': 'Organization', name: meta.creator, url: placeUrl('', place) },
    version: meta.version,
    dateModified: meta.dateModified,
    citation: gpt3,
    isBasedOn: [gpt3, ...others.map((s): Json => ({ '@type': 'ScholarlyArticle', name: s.label, url: s.href }))],
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      description: file.description,
      encodingFormat: file.mediaType,
      contentUrl: placeUrl(file.path, place),
      license: licenceOf(file),
    })),
    variableMeasured: files.flatMap((file) =>
      file.columns.map((column) => ({
        '@type': 'PropertyValue',
        name: column.name,
        description: `${file.name}: ${column.meaning}`,
        ...(column.unit ? { unitText: column.unit } : {}),
      })),
    ),
  };
}

/** The JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdText(value: Json): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

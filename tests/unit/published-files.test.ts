import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import rawTableH1 from '../../src/content/data/gpt3-table-h1.csv?raw';
import { analyse } from '../../src/lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/assumptions';
import { backtestHorizonJson } from '../../src/lib/backtest-horizon';
import { parseCsv } from '../../src/lib/csv';
import { datasetJsonLd, jsonLdText, placeUrl } from '../../src/lib/dataset-jsonld';
import { dataset } from '../../src/lib/load-dataset';
import { fitsJson, normalizedCsv } from '../../src/lib/published';
import { forecastJson, laterModelsCsv } from '../../src/lib/published-later';
import { laterSources, publishedFiles, type PublishedFile } from '../../src/lib/published-files';

// The bootstrap changes numbers, not the files' shape: off, for speed.
const analysis = analyse(dataset, { ...DEFAULT_ASSUMPTIONS, bootstrap: 0 });
const files = publishedFiles(dataset);
const file = (name: string) => files.find((f) => f.name === name)!;
const names = (f: PublishedFile) => f.columns.map((c) => c.name);

// What each endpoint in src/pages/data/ serves, through the functions the endpoints call.
const csv: Record<string, () => string> = {
  'gpt3-table-h1.csv': () => rawTableH1,
  'normalized.csv': () => normalizedCsv(dataset, analysis),
  'later-models.csv': () => laterModelsCsv(dataset),
};
const json: Record<string, () => unknown> = {
  'fits.json': () => fitsJson(analysis),
  'backtest.json': () => backtestHorizonJson(dataset, analysis),
  'forecast.json': () => forecastJson(dataset, analysis),
};

/** A JSON file's fields as the page names them: its top-level keys, then `list[].field` for every key any record of a list has. */
function servedFields(value: unknown): string[] {
  const top = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  return Object.entries(top).flatMap(([key, v]) => {
    if (!Array.isArray(v) || !v.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) return [key];
    const fields = new Set(v.flatMap((r: object) => Object.keys(r)));
    return [key, ...[...fields].map((f) => `${key}[].${f}`)];
  });
}

describe('the published files’ declarations (/data/)', () => {
  it('declare every endpoint under src/pages/data/, and nothing else', () => {
    const endpoints = readdirSync(new URL('../../src/pages/data/', import.meta.url))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.replace(/\.ts$/, ''));
    expect(files.map((f) => f.name).sort()).toEqual(endpoints.sort());
    expect(Object.keys({ ...csv, ...json }).sort()).toEqual(endpoints.sort());
    for (const f of files) expect(f.path).toBe(`data/${f.name}`);
  });

  for (const [name, produce] of Object.entries(csv)) {
    it(`${name}: the header the file is written with is the declared columns, in order`, () => {
      const { header, records } = parseCsv(produce());
      expect(records.length).toBeGreaterThan(0);
      expect(header).toEqual(names(file(name)));
      expect(file(name).mediaType).toBe('text/csv');
    });
  }

  for (const [name, produce] of Object.entries(json)) {
    it(`${name}: the fields the file is written with are the declared ones`, () => {
      expect(new Set(names(file(name)))).toEqual(new Set(servedFields(produce())));
      expect(names(file(name))).toHaveLength(new Set(names(file(name))).size);
      expect(file(name).mediaType).toBe('application/json');
    });
  }

  it('the raw table’s header, read from the file itself', () => {
    // Typed from src/content/data/PROVENANCE.md's "Columns:" line, not from the code.
    const provenance = readFileSync(new URL('../../src/content/data/PROVENANCE.md', import.meta.url), 'utf8');
    const listed = /Columns: `([^`]+)`/.exec(provenance.replace(/\n/g, ' '))![1]!.split(/,\s*/);
    expect(listed).toHaveLength(16);
    expect(names(file('gpt3-table-h1.csv'))).toEqual(listed);
  });

  it('every column has a meaning; units are words, not blanks', () => {
    for (const f of files) {
      for (const c of f.columns) {
        expect(c.meaning.trim().length, `${f.name} ${c.name}`).toBeGreaterThan(3);
        if (c.unit !== undefined) expect(c.unit.trim(), `${f.name} ${c.name}`).not.toBe('');
      }
    }
  });

  it('the later models’ papers are read from the source cells: one link per arXiv id', () => {
    // The six papers of later-models/PROVENANCE.md's table, by hand.
    expect(new Map(laterSources(dataset).map((s) => [s.href, s.label]))).toEqual(
      new Map([
        ['https://arxiv.org/abs/2203.15556', 'Hoffmann et al. 2022 (arXiv:2203.15556)'],
        ['https://arxiv.org/abs/2302.13971', 'Touvron et al. 2023a (arXiv:2302.13971)'],
        ['https://arxiv.org/abs/2307.09288', 'Touvron et al. 2023b (arXiv:2307.09288)'],
        ['https://arxiv.org/abs/2303.08774', 'OpenAI 2023 (arXiv:2303.08774)'],
        ['https://arxiv.org/abs/2304.01373', 'Biderman et al. 2023 (arXiv:2304.01373)'],
        ['https://arxiv.org/abs/2204.02311', 'Chowdhery et al. 2022 (arXiv:2204.02311)'],
      ]),
    );
  });

  it('cite only works the Sources page lists, and state terms for every file', () => {
    const sourcesPage = readFileSync(new URL('../../src/content/docs/sources.mdx', import.meta.url), 'utf8');
    for (const f of files) {
      expect(f.sources.length, f.name).toBeGreaterThan(0);
      for (const s of f.sources) expect(sourcesPage, `${f.name} cites ${s.href}`).toContain(`](${s.href})`);
      expect(f.terms, f.name).toMatch(/Brown et al\. 2020|the paper each row’s source names/);
    }
    // The transcription carries no licence of the site's; every computed file is CC BY 4.0.
    expect(file('gpt3-table-h1.csv').licence).toBeUndefined();
    expect(file('gpt3-table-h1.csv').terms).toContain('transcribed');
    for (const f of files.filter((f) => f.name !== 'gpt3-table-h1.csv')) {
      expect(f.licence, f.name).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(f.terms, f.name).toMatch(/^Computed by this site\./);
    }
  });
});

// Two files by hand, to check the builder's output field by field.
const SAMPLE: PublishedFile[] = [
  {
    path: 'data/a.csv',
    name: 'a.csv',
    mediaType: 'text/csv',
    description: 'File A.',
    columns: [
      { name: 'x', unit: 'nats per token', meaning: 'A loss.' },
      { name: 'id', meaning: 'An id.' },
    ],
    source: 'Typed.',
    sources: [{ label: 'Brown et al. 2020', href: 'https://arxiv.org/abs/2005.14165' }],
    terms: 'Cite the paper.',
  },
  {
    path: 'data/b.json',
    name: 'b.json',
    mediaType: 'application/json',
    description: 'File B.',
    columns: [{ name: 'list[].y', meaning: 'A y.' }],
    source: 'Computed.',
    sources: [{ label: 'Other 2022', href: 'https://arxiv.org/abs/2203.15556' }],
    terms: 'CC BY 4.0.',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
];
const META = { name: 'Site: published data', description: 'All of it.', creator: 'Site', version: '1.2.3', dateModified: '2026-01-31' };

describe('the /data/ page’s schema.org Dataset', () => {
  it('places URLs as paths without a site, absolute with one, under the base', () => {
    expect(placeUrl('data/a.csv', { site: undefined, base: '/' })).toBe('/data/a.csv');
    expect(placeUrl('data/a.csv', { site: undefined, base: '/gpt-n/' })).toBe('/gpt-n/data/a.csv');
    expect(placeUrl('data/a.csv', { site: new URL('https://example.org'), base: '/gpt-n/' })).toBe('https://example.org/gpt-n/data/a.csv');
    expect(placeUrl('', { site: new URL('https://example.org'), base: '/' })).toBe('https://example.org/');
  });

  it('builds the Dataset of two files as written out by hand', () => {
    const gpt3 = {
      '@type': 'ScholarlyArticle',
      name: 'Language Models are Few-Shot Learners',
      author: 'Tom B. Brown et al.',
      datePublished: '2020',
      url: 'https://arxiv.org/abs/2005.14165',
    };
    expect(datasetJsonLd(SAMPLE, META, { site: new URL('https://example.org'), base: '/gpt-n/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Site: published data',
      description: 'All of it.',
      url: 'https://example.org/gpt-n/data/',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: 'Site', url: 'https://example.org/gpt-n/' },
      version: '1.2.3',
      dateModified: '2026-01-31',
      citation: gpt3,
      isBasedOn: [gpt3, { '@type': 'ScholarlyArticle', name: 'Other 2022', url: 'https://arxiv.org/abs/2203.15556' }],
      distribution: [
        {
          '@type': 'DataDownload',
          name: 'a.csv',
          description: 'File A.',
          encodingFormat: 'text/csv',
          contentUrl: 'https://example.org/gpt-n/data/a.csv',
          license: { '@type': 'CreativeWork', name: 'Terms of use', text: 'Cite the paper.' },
        },
        {
          '@type': 'DataDownload',
          name: 'b.json',
          description: 'File B.',
          encodingFormat: 'application/json',
          contentUrl: 'https://example.org/gpt-n/data/b.json',
          license: 'https://creativecommons.org/licenses/by/4.0/',
        },
      ],
      variableMeasured: [
        { '@type': 'PropertyValue', name: 'x', description: 'a.csv: A loss.', unitText: 'nats per token' },
        { '@type': 'PropertyValue', name: 'id', description: 'a.csv: An id.' },
        { '@type': 'PropertyValue', name: 'list[].y', description: 'b.json: A y.' },
      ],
    });
    const local = datasetJsonLd(SAMPLE, META, { site: undefined, base: '/' });
    expect((local['distribution'] as { contentUrl: string }[]).map((d) => d.contentUrl)).toEqual(['/data/a.csv', '/data/b.json']);
    expect([local['url'], (local['creator'] as { url: string }).url]).toEqual(['/data/', '/']);
  });

  it('the site’s Dataset has every field a Dataset needs, one download per file', () => {
    const schema = {
      type: 'object',
      required: ['@context', '@type', 'name', 'description', 'license', 'creator', 'version', 'dateModified', 'citation', 'isBasedOn', 'distribution', 'variableMeasured'],
      properties: {
        '@context': { const: 'https://schema.org' },
        '@type': { const: 'Dataset' },
        name: { type: 'string', minLength: 1 },
        // Google's Dataset guidelines: a description of 50 to 5000 characters.
        description: { type: 'string', minLength: 50, maxLength: 5000 },
        license: { type: 'string', format: 'uri' },
        creator: { type: 'object', required: ['@type', 'name'], properties: { name: { type: 'string', minLength: 1 } } },
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
        dateModified: { type: 'string', format: 'date' },
        distribution: {
          type: 'array',
          items: {
            type: 'object',
            required: ['@type', 'encodingFormat', 'contentUrl', 'license'],
            properties: {
              '@type': { const: 'DataDownload' },
              encodingFormat: { enum: ['text/csv', 'application/json'] },
              contentUrl: { type: 'string', format: 'uri' },
            },
          },
        },
        variableMeasured: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['@type', 'name', 'description'], properties: { '@type': { const: 'PropertyValue' } } },
        },
      },
    };
    const ajv = new Ajv({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const site = datasetJsonLd(files, { ...META, description: 'The six data files this site publishes, with their columns, sources and terms.' }, {
      site: new URL('https://example.org'),
      base: '/gpt-n/',
    });
    expect(validate(site), JSON.stringify(validate.errors)).toBe(true);
    expect((site['distribution'] as unknown[]).length).toBe(files.length);
    expect((site['variableMeasured'] as unknown[]).length).toBe(files.reduce((n, f) => n + f.columns.length, 0));
  });

  it('no text in the JSON can close its script element', () => {
    const text = jsonLdText({ description: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ description: '</script><script>alert(1)</script>' });
  });
});

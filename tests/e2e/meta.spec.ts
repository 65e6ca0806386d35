import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { benchmarkCardFigure, CARD_FIGURE_KINDS, DEFAULT_CARD_FIGURE } from '../../src/lib/card-figure';
import { builtPages } from './site';

// Every page's share metadata, read from the built HTML of both builds (made without SITE): title,
// description, a card of its own that is a 1200 × 630 PNG in the build, and no origin anywhere in the
// head (no canonical URL, og:url or sitemap pointing at wherever the build was previewed).

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16))
    : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
    : (ENTITIES[name] ?? entity));

/** The <head>, and its <meta> tags as property-or-name → content. */
function head(html: string): { text: string; meta: Map<string, string[]> } {
  const text = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const meta = new Map<string, string[]>();
  for (const [tag] of text.matchAll(/<meta\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const key = attr('property') ?? attr('name');
    const content = attr('content');
    if (key !== undefined && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), decode(content)]);
  }
  return { text, meta };
}

/** Width and height from a PNG's IHDR chunk, after its 8-byte signature. */
function pngSize(file: string): { signature: string; width: number; height: number } {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString('latin1'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const [name, outDir, base] of [['root', 'dist', '/'], ['sub-path', 'dist-subpath/gpt-n', '/gpt-n/']] as const) {
  test.describe(`share metadata (${name} build)`, () => {
    const pages = builtPages(outDir);

    test('every page has a title, description and large card of its own', () => {
      expect(pages.length).toBeGreaterThan(60);
      const images = new Set<string>();
      for (const path of pages) {
        const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
        const { meta } = head(html);
        const one = (key: string) => {
          const values = meta.get(key) ?? [];
          expect(values, `${path}: ${key}`).toHaveLength(1);
          return values[0]!;
        };
        // og:title is the heading the reader sees.
        const h1 = decode(/<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
        expect(one('og:title'), path).toBe(h1);
        expect(one('og:description').length, path).toBeGreaterThan(40);
        expect(one('twitter:card'), path).toBe('summary_large_image');
        const image = one('og:image');
        expect(one('twitter:image'), path).toBe(image);
        expect(one('og:image:width'), path).toBe('1200');
        expect(one('og:image:height'), path).toBe('630');
        expect(one('og:image:alt'), path).toContain(h1);
        expect(image, path).toBe(`${base}cards/${path.replace(/\/$/, '') || 'index'}.png`);
        images.add(image);
      }
      expect(images.size).toBe(pages.length);
    });

    test('every card named is a 1200 × 630 PNG in the build', () => {
      const images = new Set<string>();
      const htmlFiles = [...pages.map((path) => join(path, 'index.html')), ...readdirSync(outDir).filter((file) => file.endsWith('.html'))];
      for (const file of htmlFiles) {
        for (const image of head(readFileSync(join(outDir, file), 'utf8')).meta.get('og:image') ?? []) images.add(image);
      }
      expect(images.size).toBe(pages.length);
      for (const image of images) {
        expect(image.startsWith(base), image).toBe(true);
        const file = join(outDir, image.slice(base.length));
        expect(existsSync(file), `${image} is in ${outDir}`).toBe(true);
        expect(pngSize(file), image).toEqual({ signature: 'PNG', width: 1200, height: 630 });
      }
    });

    test('without SITE, no head names an origin and there is no sitemap', () => {
      for (const path of pages) {
        const { text, meta } = head(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
        expect(text, path).not.toContain('localhost');
        expect(text, path).not.toMatch(/rel="canonical"/);
        expect(meta.has('og:url'), path).toBe(false);
        for (const [key, values] of meta) {
          if (key.startsWith('og:') || key.startsWith('twitter:')) for (const value of values) expect(value, `${path}: ${key}`).not.toMatch(/^https?:/);
        }
      }
      expect(readdirSync(outDir).filter((file) => file.startsWith('sitemap'))).toEqual([]);
    });
  });
}

// A card shows the page's key figure: an essay's frontmatter names its first figure (or, where it names
// none, the page has no figure or its first is the overall extrapolation the card defaults to).
test("each essay's card names the page's first figure", () => {
  const chartKinds: readonly string[] = CARD_FIGURE_KINDS;
  const docs = 'src/content/docs';
  const essays = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  expect(essays.length).toBeGreaterThan(10);
  let withFigures = 0;
  for (const file of essays) {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docs, file), 'utf8'))![1]!) as { card?: { kind: string; params?: unknown } };
    const card = frontmatter.card ? { kind: frontmatter.card.kind, params: frontmatter.card.params ?? {} } : DEFAULT_CARD_FIGURE;
    const page = file.replace(/(^|\/)?index\.mdx$/, '').replace(/\.mdx$/, '/');
    const html = readFileSync(join('dist', page, 'index.html'), 'utf8');
    const first = [...html.matchAll(/<gpt-figure data-kind="([^"]*)" data-params="([^"]*)"/g)]
      .map(([, kind, params]) => ({ kind: kind!, params: JSON.parse(decode(params!)) as unknown }))
      .find(({ kind }) => chartKinds.includes(kind));
    if (first) {
      withFigures++;
      expect(card, file).toEqual(first);
    } else expect(frontmatter.card, `${file} has no figure, so names none`).toBeUndefined();
  }
  // Home, extrapolation, categories, outliers, backtest, sensitivity, forecast, authoring.
  expect(withFigures).toBeGreaterThanOrEqual(8);
});

test("a benchmark page's card is one of its figures", () => {
  const benchmarks = builtPages('dist').filter((p) => /^benchmarks\/[^/]+\/$/.test(p));
  expect(benchmarks.length).toBeGreaterThan(50);
  for (const path of benchmarks) {
    const id = path.split('/')[1]!;
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    const figure = benchmarkCardFigure(id);
    const params = [...html.matchAll(/<gpt-figure data-kind="series" data-params="([^"]*)"/g)].map(([, p]) => JSON.parse(decode(p!)) as unknown);
    expect(params, path).toContainEqual(figure.params);
  }
});

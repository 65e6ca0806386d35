// og:image's URL for SITE set or unset, under BASE '/' or '/gpt-n/': absolute under the origin when
// the build has one, else a path, and never an origin the build did not declare.
import { describe, expect, it } from 'vitest';
import { cardImageUrl, cardPath, cardSlug, entryCardSlug } from '../../src/lib/card-url';

describe('cardSlug', () => {
  it('is the page path under the base, index for the home page', () => {
    expect(cardSlug('/', '/')).toBe('index');
    expect(cardSlug('/method/', '/')).toBe('method');
    expect(cardSlug('/benchmarks/hellaswag/', '/')).toBe('benchmarks/hellaswag');
    expect(cardSlug('/gpt-n/', '/gpt-n/')).toBe('index');
    expect(cardSlug('/gpt-n/benchmarks/', '/gpt-n')).toBe('benchmarks');
    expect(cardSlug('/gpt-n/method/index.html', '/gpt-n/')).toBe('method');
  });

  it("agrees with the docs entries' ids", () => {
    expect(entryCardSlug('index')).toBe('index');
    expect(entryCardSlug('method')).toBe('method');
    expect(entryCardSlug('benchmarks/index')).toBe('benchmarks');
    expect(entryCardSlug('benchmarks')).toBe('benchmarks');
  });
});

describe('cardImageUrl', () => {
  const cases: Array<[site: string | undefined, base: string, page: string, expected: string]> = [
    [undefined, '/', '/', '/cards/index.png'],
    [undefined, '/', '/benchmarks/hellaswag/', '/cards/benchmarks/hellaswag.png'],
    [undefined, '/gpt-n/', '/gpt-n/', '/gpt-n/cards/index.png'],
    [undefined, '/gpt-n/', '/gpt-n/extrapolation/', '/gpt-n/cards/extrapolation.png'],
    ['https://example.org', '/', '/', 'https://example.org/cards/index.png'],
    ['https://example.org/', '/', '/method/', 'https://example.org/cards/method.png'],
    ['https://example.org', '/gpt-n/', '/gpt-n/', 'https://example.org/gpt-n/cards/index.png'],
    ['https://example.org', '/gpt-n/', '/gpt-n/benchmarks/hellaswag/', 'https://example.org/gpt-n/cards/benchmarks/hellaswag.png'],
  ];
  it.each(cases)('SITE=%s BASE=%s, page %s → %s', (site, base, page, expected) => {
    expect(cardImageUrl(page, base, site === undefined ? undefined : new URL(site))).toBe(expected);
  });

  it('names no origin without SITE', () => {
    for (const base of ['/', '/gpt-n/']) expect(cardImageUrl(`${base}method/`, base, undefined)).not.toMatch(/^[a-z]+:|localhost/);
  });

  it('is the path of the file the build writes', () => {
    expect(cardPath('benchmarks/hellaswag', '/gpt-n')).toBe('/gpt-n/cards/benchmarks/hellaswag.png');
  });
});

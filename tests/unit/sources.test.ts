// The Sources page lists every work METHOD §13 names, with a well-formed https link; the essays cite
// them as ordinary links (no target=_blank). The link checker (tests/e2e/links.spec.ts) sees external
// links but never fetches them, so their form is checked here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const docs = new URL('../../src/content/docs/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, docs), 'utf8');
const essays = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));

/** The targets of Markdown links `[text](target)` and of HTML `href="…"` in a page's source. */
const linkTargets = (source: string) => [
  ...[...source.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
  ...[...source.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!),
];
const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target);

// Every URL METHOD §13 gives, and the two it names without one (Cotra's draft report, AN #136).
const SECTION_13 = [
  'https://www.alignmentforum.org/posts/k2SNji3jXaLGhBeYP/extrapolating-gpt-n-performance',
  'https://www.alignmentforum.org/posts/YzbQeCiwoLBHrvAh4/palm-in-extrapolating-gpt-n-performance',
  'https://www.alignmentforum.org/posts/75o8oja43LXGAqbAR/palm-2-and-gpt-4-in-extrapolating-gpt-n-performance',
  'https://arxiv.org/abs/2005.14165',
  'https://arxiv.org/abs/2001.08361',
  'https://arxiv.org/abs/2203.15556',
  'https://arxiv.org/abs/2401.04757',
  'https://arxiv.org/abs/2403.05812',
  'https://arxiv.org/abs/2204.02311',
  'https://arxiv.org/abs/2302.13971',
  'https://arxiv.org/abs/2307.09288',
  'https://arxiv.org/abs/2304.01373',
  'https://arxiv.org/abs/2303.08774',
  'https://www.lesswrong.com/posts/KrJfoZzpSDpnrv9va/draft-report-on-ai-timelines',
  'https://rohinshah.com/alignment-newsletter/',
];

describe('the Sources page', () => {
  const external = linkTargets(read('sources.mdx')).filter(isExternal);

  it('links every work of METHOD §13', () => {
    for (const url of SECTION_13) expect(external, url).toContain(url);
  });

  it('links only well-formed https URLs', () => {
    expect(external.length).toBeGreaterThanOrEqual(SECTION_13.length);
    for (const target of external) {
      const url = new URL(target);
      expect(url.protocol, target).toBe('https:');
      expect(url.hostname, target).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(url.href, target).toBe(target);
    }
  });
});

describe('the essays’ citations', () => {
  it('are well-formed https links that open normally', () => {
    for (const name of essays) {
      const source = read(name);
      for (const target of linkTargets(source).filter(isExternal)) {
        expect(new URL(target).protocol, `${name}: ${target}`).toBe('https:');
        expect(SECTION_13, `${name} cites ${target}, which Sources does not list`).toContain(target);
      }
      expect(source, name).not.toMatch(/target=["']?_blank/);
    }
  });
});

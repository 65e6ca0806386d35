// The "Cite this page" text: expected entries are written out by hand, character by character.
import { describe, expect, it } from 'vitest';
import { aroundUrl, bibtex, bibtexKey, escapeTex, longDate, plainReference, type CitedPage } from '../../src/lib/citation';

const extrapolation: CitedPage = {
  title: 'Extrapolation',
  id: 'extrapolation',
  url: 'https://example.org/gpt-n/extrapolation/',
  version: '0.1.0',
  date: '2026-12-02',
};

describe('citation', () => {
  it('writes a BibTeX entry for a page', () => {
    expect(bibtex(extrapolation)).toBe(
      '@misc{gptn-2026-extrapolation,\n' +
        '  author = {{Extrapolating GPT-N maintainers}},\n' +
        '  title = {{Extrapolation}},\n' +
        '  howpublished = {Extrapolating GPT-N, version 0.1.0},\n' +
        '  year = {2026},\n' +
        '  month = dec,\n' +
        '  note = {Built 2026-12-02},\n' +
        '  url = {https://example.org/gpt-n/extrapolation/}\n' +
        '}',
    );
  });

  it('writes a plain reference ending with the URL', () => {
    expect(plainReference(extrapolation)).toBe(
      'Extrapolating GPT-N maintainers (2026). “Extrapolation.” Extrapolating GPT-N, version 0.1.0, 2 December 2026. https://example.org/gpt-n/extrapolation/',
    );
    // A title that ends a sentence itself gets no second full stop.
    expect(plainReference({ ...extrapolation, title: 'Did the forecast hold?', id: 'forecast', url: '/forecast/' })).toBe(
      'Extrapolating GPT-N maintainers (2026). “Did the forecast hold?” Extrapolating GPT-N, version 0.1.0, 2 December 2026. /forecast/',
    );
  });

  it('escapes every character TeX treats specially in a title', () => {
    expect(escapeTex('R&D: 50% of $x_1^2$ #3 ~ {a} \\b')).toBe(
      'R\\&D: 50\\% of \\$x\\_1\\^{}2\\$ \\#3 \\~{} \\{a\\} \\textbackslash{}b',
    );
    expect(bibtex({ ...extrapolation, title: 'Q&A_50%' })).toContain('  title = {{Q\\&A\\_50\\%}},\n');
  });

  it('keys a page by its path and year, with the home page as "overview"', () => {
    expect(bibtexKey('extrapolation', '2026-12-02')).toBe('gptn-2026-extrapolation');
    expect(bibtexKey('benchmarks/sat-analogies', '2027-01-31')).toBe('gptn-2027-benchmarks-sat-analogies');
    expect(bibtexKey('', '2026-12-02')).toBe('gptn-2026-overview');
    expect(bibtexKey('Benchmarks/ANLI R1', '2026-12-02')).toBe('gptn-2026-benchmarks-anli-r1');
  });

  it('names the month with BibTeX\'s macro', () => {
    expect(bibtex({ ...extrapolation, date: '2027-01-31' })).toContain('\n  year = {2027},\n  month = jan,\n  note = {Built 2027-01-31},\n');
  });

  it('spells the day out and refuses a date that is not YYYY-MM-DD', () => {
    expect(longDate('2026-12-02')).toBe('2 December 2026');
    expect(longDate('2027-01-31')).toBe('31 January 2027');
    expect(() => bibtex({ ...extrapolation, date: '2/12/2026' })).toThrow('"2/12/2026" is not YYYY-MM-DD');
    expect(() => plainReference({ ...extrapolation, date: '2026-13-01' })).toThrow('"2026-13-01" is not YYYY-MM-DD');
  });

  it('splits a citation around its one URL', () => {
    expect(aroundUrl('see /a/ now', '/a/')).toEqual(['see ', ' now']);
    expect(() => aroundUrl('no link', '/a/')).toThrow('not in the citation exactly once');
    expect(() => aroundUrl('/a/ and /a/', '/a/')).toThrow('not in the citation exactly once');
  });
});

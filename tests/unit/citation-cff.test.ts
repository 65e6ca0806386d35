// CITATION.cff against the Citation File Format 1.2.0's rules (cff-rules.ts), and against the site: the
// same version as package.json, released on that version's CHANGELOG date.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cffProblems } from './cff-rules';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
// CFF reads YAML dates as strings: yaml's core schema (its default) does.
const cff = parse(read('CITATION.cff')) as Record<string, unknown>;
const packageVersion = (JSON.parse(read('package.json')) as { version: string }).version;
const errors = cffProblems;

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0', () => {
    expect(errors(cff)).toEqual([]);
  });

  it('is rejected by the rules when it breaks them', () => {
    const { title: _title, ...untitled } = cff;
    expect(errors(untitled).some((e) => e.startsWith('title:'))).toBe(true);
    expect(errors({ ...cff, authors: [] }).length).toBeGreaterThan(0);
    expect(errors({ ...cff, authors: [{ email: 'a@b.org' }] }).length).toBeGreaterThan(0);
    expect(errors({ ...cff, 'cite-as': 'x' })).toEqual(['cite-as: not a key of CFF 1.2.0']);
    expect(errors({ ...cff, 'date-released': '2026-02-30' }).length).toBeGreaterThan(0);
    expect(errors({ ...cff, license: 'MIT-ish' }).length).toBeGreaterThan(0);
    expect(errors({ ...cff, 'date-released': '2026-13-01' }).length).toBeGreaterThan(0);
    expect(errors({ ...cff, url: 'example.org' }).length).toBeGreaterThan(0);
  });

  it("has package.json's version and that version's date in CHANGELOG.md", () => {
    expect(String(cff.version)).toBe(packageVersion);
    const heading = read('CHANGELOG.md').match(new RegExp(`^## \\[${packageVersion.replaceAll('.', '\\.')}\\] - (\\S+)$`, 'm'));
    expect(heading?.[1]).toBeDefined();
    expect(cff['date-released']).toBe(heading?.[1]);
  });

  it('names the maintainers and the licence of LICENSE', () => {
    expect(cff.authors).toEqual([{ name: 'Extrapolating GPT-N maintainers' }]);
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Extrapolating GPT-N maintainers\n/);
    expect(cff.license).toBe('MIT');
  });
});

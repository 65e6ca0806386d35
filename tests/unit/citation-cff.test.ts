// CITATION.cff against the Citation File Format 1.2.0 schema (tests/unit/fixtures/, with its source),
// and against the site: the same version as package.json, released on that version's CHANGELOG date.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('tests/unit/fixtures/cff-1.2.0.schema.json')) as object;
// The schema asks tools to read YAML dates as strings ("date" definition, $comment): yaml's core schema does.
const cff = parse(read('CITATION.cff')) as Record<string, unknown>;
const packageVersion = (JSON.parse(read('package.json')) as { version: string }).version;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const errors = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0', () => {
    expect(errors(cff)).toEqual([]);
  });

  it('is rejected by the schema when it breaks it', () => {
    const { title: _title, ...untitled } = cff;
    expect(errors(untitled)).toContain(" must have required property 'title'");
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

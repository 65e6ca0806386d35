// CHANGELOG.md's parser: the editions it reads, and the build-failing message for each malformed form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDay, parseChangelog } from '../../src/lib/changelog';
import { buildDay } from '../../src/lib/edition';

const parse = (text: string, current = '0.2.0') => parseChangelog('CHANGELOG.md', text, current);

const GOOD = [
  '# Changelog', // line 1
  '',
  '## [0.2.0] - 2027-01-15', // line 3
  '',
  '### Changed',
  '',
  '- New data.',
  '',
  '```md',
  '## not a heading inside a code block',
  '```',
  '',
  '## [0.1.0] - 2026-12-02', // line 13
  '',
  'First edition.',
].join('\n');

describe('the changelog', () => {
  it('reads each release section with its version, date, body and line', () => {
    expect(parse(GOOD)).toEqual([
      {
        version: '0.2.0',
        date: '2027-01-15',
        line: 3,
        body: '### Changed\n\n- New data.\n\n```md\n## not a heading inside a code block\n```',
      },
      { version: '0.1.0', date: '2026-12-02', line: 13, body: 'First edition.' },
    ]);
  });

  it('fails on a section without a date, naming the file and line', () => {
    expect(() => parse(GOOD.replace('## [0.1.0] - 2026-12-02', '## [0.1.0]'))).toThrow(
      'CHANGELOG.md, line 13: found "## [0.1.0]"; expected a release heading "## [x.y.z] - YYYY-MM-DD".',
    );
    expect(() => parse(GOOD.replace('## [0.1.0] - 2026-12-02', '## Unreleased'))).toThrow('CHANGELOG.md, line 13: found "## Unreleased"');
  });

  it('fails on a version that is not semver', () => {
    expect(() => parse(GOOD.replace('[0.1.0]', '[0.1]'))).toThrow(
      'CHANGELOG.md, line 13: the version "0.1" is not semver; expected MAJOR.MINOR.PATCH, e.g. 1.2.0.',
    );
    expect(() => parse(GOOD.replace('[0.1.0]', '[v0.1.0]'))).toThrow('line 13: the version "v0.1.0" is not semver');
    expect(() => parse(GOOD.replace('[0.1.0]', '[01.1.0]'))).toThrow('line 13: the version "01.1.0" is not semver');
    // Pre-releases and build metadata are semver.
    expect(parse(GOOD.replace('[0.1.0]', '[0.1.0-rc.1+build.5]')).map((e) => e.version)).toEqual(['0.2.0', '0.1.0-rc.1+build.5']);
  });

  it('fails on a date that is not a calendar day', () => {
    expect(() => parse(GOOD.replace('2026-12-02', '2026-02-30'))).toThrow(
      'CHANGELOG.md, line 13: the date "2026-02-30" is not a calendar day; expected YYYY-MM-DD.',
    );
    expect(() => parse(GOOD.replace('2026-12-02', '2.12.2026'))).toThrow('line 13: the date "2.12.2026" is not a calendar day');
  });

  it('fails on a repeated version and on editions out of date order', () => {
    expect(() => parse(GOOD.replace('[0.1.0]', '[0.2.0]'))).toThrow(
      'CHANGELOG.md, line 13: version 0.2.0 again (first at line 3); expected each version once.',
    );
    expect(() => parse(GOOD.replace('2026-12-02', '2027-02-01'))).toThrow(
      'CHANGELOG.md, line 13: 0.1.0 (2027-02-01) below 0.2.0 (2027-01-15); expected the newest edition first.',
    );
  });

  it("fails when package.json's version has no section", () => {
    expect(() => parse(GOOD, '0.3.0')).toThrow(
      'CHANGELOG.md: no section for version 0.3.0 (package.json\'s version); expected a heading "## [0.3.0] - YYYY-MM-DD".',
    );
  });

  it("the repository's CHANGELOG.md parses with package.json's version", () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const editions = parseChangelog('CHANGELOG.md', readFileSync('CHANGELOG.md', 'utf8'), version);
    expect(editions.map((e) => e.version)).toContain(version);
  });

  it('checks calendar days and takes the build day from SOURCE_DATE_EPOCH', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    // 2026-12-02 is day 20 789 after 1970-01-01: 56 years with 14 leap days (1972 … 2024) are 20 454 days,
    // January to November 2026 another 334, and the 2nd is one day after the 1st.
    expect(buildDay(String(20_789 * 86_400))).toBe('2026-12-02');
    expect(() => buildDay('yesterday')).toThrow('SOURCE_DATE_EPOCH: found "yesterday"');
    expect(buildDay(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

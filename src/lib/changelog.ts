// CHANGELOG.md, the authors' record of what changed in the analysis or data and when, read into
// editions for the Editions page and the footer's version line. A malformed changelog fails the build
// with a DataError naming the file, the line and what was expected, like a malformed data file.
import { DataError } from './data-rows';

export interface Edition {
  version: string;
  /** ISO day, as written in the heading. */
  date: string;
  /** The section's Markdown, without its heading. */
  body: string;
  /** 1-based line of the section's heading. */
  line: number;
}

// Keep a Changelog's release heading: `## [1.2.3] - 2026-12-02`.
const RELEASE_HEADING = /^##\s+\[([^\]]*)\]\s+-\s+(\S+)\s*$/;
const EXPECTED_HEADING = 'a release heading "## [x.y.z] - YYYY-MM-DD"';
// semver.org's grammar for a version: MAJOR.MINOR.PATCH, an optional pre-release and build metadata.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A real calendar day written YYYY-MM-DD (so 2026-02-30 is refused). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The editions of a changelog, newest first as written. Every second-level heading must be a release
 * heading with a semver version and a calendar date, versions are unique and dates never increase down
 * the file; `current` (package.json's version) must be one of them.
 */
export function parseChangelog(file: string, text: string, current: string): Edition[] {
  const lines = text.split(/\r?\n/);
  const editions: Edition[] = [];
  let bodyLines: string[] | null = null;
  let inFence = false;
  const close = () => {
    const edition = editions.at(-1);
    if (edition && bodyLines) edition.body = bodyLines.join('\n').trim();
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence || !/^##\s/.test(text)) {
      bodyLines?.push(text);
      return;
    }
    const heading = RELEASE_HEADING.exec(text);
    if (!heading) throw new DataError({ file, line }, `found "${text}"`, EXPECTED_HEADING);
    const [, version = '', date = ''] = heading;
    if (!SEMVER.test(version)) {
      throw new DataError({ file, line }, `the version "${version}" is not semver`, 'MAJOR.MINOR.PATCH, e.g. 1.2.0');
    }
    if (!isIsoDay(date)) throw new DataError({ file, line }, `the date "${date}" is not a calendar day`, 'YYYY-MM-DD');
    const same = editions.find((edition) => edition.version === version);
    if (same) throw new DataError({ file, line }, `version ${version} again (first at line ${same.line})`, 'each version once');
    const newer = editions.at(-1);
    if (newer && newer.date < date) {
      throw new DataError({ file, line }, `${version} (${date}) below ${newer.version} (${newer.date})`, 'the newest edition first');
    }
    close();
    editions.push({ version, date, body: '', line });
    bodyLines = [];
  });
  close();
  if (!editions.some((edition) => edition.version === current)) {
    throw new DataError({ file }, `no section for version ${current} (package.json's version)`, `a heading "## [${current}] - YYYY-MM-DD"`);
  }
  return editions;
}

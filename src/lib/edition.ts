// The site's edition as the build knows it: the version (package.json), its date and the other editions
// (CHANGELOG.md, validated by src/lib/changelog.ts) and the build's own day. Evaluated once per build.
import pkg from '../../package.json';
import changelogText from '../../CHANGELOG.md?raw';
import { parseChangelog, type Edition } from './changelog';

export const VERSION: string = pkg.version;
export const EDITIONS: readonly Edition[] = parseChangelog('CHANGELOG.md', changelogText, VERSION);
export const CURRENT: Edition = EDITIONS.find((edition) => edition.version === VERSION)!;

/**
 * The build's day (UTC), from SOURCE_DATE_EPOCH when set (the reproducible-builds convention, so a
 * rebuild of the same commit can print the same date), otherwise today.
 */
export function buildDay(sourceDateEpoch = process.env.SOURCE_DATE_EPOCH): string {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d+$/.test(sourceDateEpoch)) {
    throw new Error(`SOURCE_DATE_EPOCH: found "${sourceDateEpoch}"; expected whole seconds since 1970-01-01 UTC.`);
  }
  return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
}

export const BUILD_DAY = buildDay();

// What the browser tests know about the built site: where it is served and which pages it has.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

// E2E_PORT moves both servers (to E2E_PORT and E2E_PORT + 1), for a second checkout testing beside a first.
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
export const SUBPATH_PORT = ROOT_PORT + 1;
export const ROOT_URL = `http://localhost:${ROOT_PORT}/`;
export const SUBPATH_URL = `http://localhost:${SUBPATH_PORT}/gpt-n/`;

/**
 * Every page of a build, as a path relative to its base ('' for the home page, 'method/' …). The embed
 * pages (embed/<figure-id>/, one per figure, all one template) only when asked: embed.spec.ts checks
 * them all against the figures, and a page of each kind of chart as a reader gets it.
 */
export function builtPages(outDir = 'dist', { embeds = false } = {}): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const folder = relative(outDir, dir);
        const page = folder ? folder.split(sep).join('/') + '/' : '';
        if (embeds || !page.startsWith('embed/')) pages.push(page);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** Collects the page's Content Security Policy violations (astro.config.mjs), from before its first script. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

// The Content Security Policy (astro.config.mjs `security.csp`), in both builds: every page declares
// it, strict for scripts, and nothing the site does breaks it, whether loading a page, changing an
// assumption (the runtime, then the worker's bootstrap), searching, or switching the theme. A refused
// script or style raises `securitypolicyviolation` on the document, which each test collects.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT_URL, SUBPATH_URL, builtPages, watchViolations } from './site';

const BUILDS = [
  { name: 'at the root', url: ROOT_URL, outDir: 'dist' },
  { name: 'under BASE=/gpt-n/', url: SUBPATH_URL, outDir: 'dist-subpath/gpt-n' },
] as const;

/** The policy a built page declares, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (content === undefined) return new Map();
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

for (const { name, url, outDir } of BUILDS) {
  test.describe(name, () => {
    test('every page declares the strict policy', () => {
      const pages = builtPages(outDir);
      expect(pages.length).toBeGreaterThan(60);
      for (const path of pages) {
        const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
        const policy = policyOf(html);
        const where = `/${path}`;
        expect(policy.get('default-src'), where).toEqual(["'self'"]);
        expect(policy.get('object-src'), where).toEqual(["'none'"]);
        expect(policy.get('base-uri'), where).toEqual(["'self'"]);
        const scripts = policy.get('script-src') ?? [];
        expect(scripts, where).toContain("'self'");
        expect(scripts, where).not.toContain("'unsafe-inline'");
        expect(scripts, where).not.toContain("'unsafe-eval'");
        // A <meta> policy governs only what follows it. Astro writes it before every script it bundles;
        // Starlight's theme script comes earlier (it must run before the first paint), and so does the
        // print stylesheet. Both must be what the policy allows, as a policy sent as a header sees them:
        // the script by its hash, the stylesheet from the site itself.
        const at = html.indexOf('http-equiv="content-security-policy"');
        const head = html.slice(0, at);
        expect(head, where).not.toMatch(/<script[^>]*\ssrc=|<style/);
        for (const [, href] of head.matchAll(/<link rel="stylesheet" href="([^"]*)"/g)) expect(href, where).toMatch(/^\/(?!\/)/);
        for (const [, text] of head.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
          const hash = `'sha256-${createHash('sha256').update(text!).digest('base64')}'`;
          expect(scripts, `${where}: a script before the policy is not allowed by it`).toContain(hash);
        }
      }
    });

    test('pages load without a violation', async ({ page }) => {
      test.setTimeout(120_000);
      const violations = await watchViolations(page);
      const essays = ['', 'method/', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'conclusions/', 'appendix/', 'sources/', 'benchmarks/', 'benchmarks/lambada/'];
      for (const path of essays) {
        await page.goto(url + path, { waitUntil: 'load' });
        expect(await violations(), `/${path}`).toEqual([]);
      }
    });

    test('a control change, the runtime and the bootstrap run without a violation', async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(`${url}extrapolation/`);
      const html = page.locator('html');
      const before = await html.getAttribute('data-live-drawn');
      await page.locator('gpt-controls form').getByRole('radio', { name: 'one-shot' }).check();
      await expect.poll(() => html.getAttribute('data-live-drawn'), { timeout: 30_000 }).not.toBe(before);
      await expect(page).toHaveURL(/setting=one/);
      // The worker's bands arrive after the first redraw: the worker itself ran under the policy.
      await expect(html).not.toHaveAttribute('data-live-bands-pending', { timeout: 30_000 });
      expect(await violations()).toEqual([]);
    });

    test('search and the theme picker work without a violation', async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(url);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('cross-entropy');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
      await page.keyboard.press('Escape');
      await page.locator('starlight-theme-select select').first().selectOption('light');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await violations()).toEqual([]);
    });
  });
}

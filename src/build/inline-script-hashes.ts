// Starlight writes a few small scripts inline (`<script is:inline>`: the theme provider and picker, the
// search shortcut, the sidebar's scroll memory, synced tabs), which Astro's Content Security Policy
// does not hash. Their text is their component's source, written out verbatim, so their hashes can be
// computed from the installed Starlight before the build; the policy (astro.config.mjs) then allows
// exactly these scripts. A Starlight upgrade that changes one changes its hash with it; a script that
// did not come out verbatim would be refused, which the browser tests catch (tests/e2e/csp.spec.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source of a script's text: `sha256-<base64 digest>`. */
export const scriptHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Every `is:inline` script's text in an .astro source. */
export const inlineScripts = (source: string): string[] => [...source.matchAll(INLINE_SCRIPT)].map((m) => m[1]!);

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? astroFiles(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
  );
}

/** The hashes of every inline script in the installed Starlight's components, sorted. */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  // The package's entry is dist/index.js; its components sit beside it, under dist/.
  const root = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  const hashes = astroFiles(root).flatMap((file) => inlineScripts(readFileSync(file, 'utf8')).map(scriptHash));
  if (hashes.length === 0) throw new Error(`No inline script found in ${root}: has Starlight moved its components?`);
  return [...new Set(hashes)].sort();
}

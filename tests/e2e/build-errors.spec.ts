import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const root = resolve('.');

/** Builds a copy of the site with one extra essay, and returns what the build said. */
async function buildWith(essay: string): Promise<{ ok: boolean; output: string }> {
  // Inside the project (git-ignored), so that packages resolve from its node_modules as usual.
  mkdirSync(join(root, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(root, '.test-builds', 'build-'));
  try {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'CHANGELOG.md']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    writeFileSync(join(dir, 'src/content/docs/broken.mdx'), essay);
    const astro = join(root, 'node_modules/.bin/astro');
    try {
      const { stdout, stderr } = await run(astro, ['build'], { cwd: dir, env: { ...process.env, OUT_DIR: './out' } });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { ok: false, output: stdout + stderr };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const essay = (body: string) => `---\ntitle: Broken\n---\nimport { CategoryChart, Num } from '../../components';\n\n${body}\n`;

test.describe('a wrong component prop fails the build', () => {
  test.describe.configure({ timeout: 240_000 });

  test('an unknown category names the page, the prop, the value and the choices', async () => {
    const { ok, output } = await buildWith(essay('<CategoryChart category="clozee" />'));
    expect(ok).toBe(false);
    expect(output).toContain('<CategoryChart> on page /broken/');
    expect(output).toContain('prop "category" is "clozee"');
    expect(output).toMatch(/expected one of: cloze, closed-book-qa, .*overall/);
  });

  test('an unknown quantity key lists the valid forms', async () => {
    const { ok, output } = await buildWith(essay('<Num of="crossing.overall.90.furlongs" />'));
    expect(ok).toBe(false);
    expect(output).toContain('<Num> on page /broken/');
    expect(output).toContain('"furlongs" is not a crossing field');
    expect(output).toContain('crossing.<series>.<percent>.<field>');
  });
});

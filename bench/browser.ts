// `npm run bench`, site half: times the production build, then serves it and measures, in the
// system Chromium, what a reader's browser does: the JavaScript each page loads before any
// interaction (gzipped), the analysis and redraw after a control change, and the worker's bootstrap.
// Run with Node 24 (type stripping).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

const PORT = 4399;
const ORIGIN = `http://localhost:${PORT}/`;
const PAGES = ['', 'method/', 'categories/', 'benchmarks/', 'benchmarks/lambada/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'conclusions/', 'appendix/', 'authoring/'];
const CHANGES = 6;

const buildStarted = performance.now();
execFileSync('astro', ['build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - buildStarted) / 1000;
const pageCount = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
console.log(`\nProduction build: ${buildSeconds.toFixed(1)} s for ${pageCount} pages (goal: under 60 s).`);

const server = createServer(sirv('dist', { dev: false, etag: true }));
await new Promise<void>((resolve) => server.listen(PORT, resolve));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  ...(existsSync(executablePath) ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  console.log('\nInitial JavaScript per page (requested before the load event, gzipped):');
  for (const path of PAGES) {
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    let loaded = false;
    page.on('response', (response) => {
      if (!loaded && response.request().resourceType() === 'script') {
        scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
      }
    });
    const response = await page.goto(ORIGIN + path, { waitUntil: 'load' });
    loaded = true;
    const sizes = await Promise.all(scripts);
    // Scripts written into the HTML itself (Starlight's theme and the like) count too.
    const html = (await response?.text()) ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
    const total = sizes.reduce((sum, size) => sum + size, 0) + gzipSync(inline).length;
    console.log(`  /${path.padEnd(22)} ${(total / 1024).toFixed(1).padStart(6)} KB (${sizes.length} files and the inline scripts)`);
    await page.close();
  }

  const page = await browser.newPage();
  await page.goto(ORIGIN + 'extrapolation/');
  await page.locator('gpt-controls').first().focus();
  await page.locator('gpt-controls input').first().focus();
  await page.waitForSelector('html[data-live-ready]');
  const settings = ['one', 'zero', 'few'];
  const losses = ['kaplan-nd', 'chinchilla', 'gpt3-frontier'];
  for (let i = 0; i < CHANGES; i++) {
    const bandsBefore = await page.getAttribute('html', 'data-live-bands');
    if (i % 2 === 0) await page.locator(`gpt-controls input[name="setting"][value="${settings[(i / 2) % 3]}"]`).check();
    else await page.locator('gpt-controls select[name="loss"]').selectOption(losses[((i - 1) / 2) % 3]!);
    await page.waitForFunction((before) => document.documentElement.getAttribute('data-live-bands') !== before, bandsBefore, { timeout: 30_000 });
  }
  const measures = await page.evaluate(() =>
    ['gpt:analyse', 'gpt:redraw', 'gpt:bands'].map((name) => [name, performance.getEntriesByName(name).map((e) => e.duration)] as const),
  );
  console.log(`\nOn /extrapolation/, over ${CHANGES} control changes (ms; median, max):`);
  const label: Record<string, string> = {
    'gpt:analyse': 'analysis, no bootstrap',
    'gpt:redraw': 'analysis + redraw of every chart, table and number',
    'gpt:bands': 'bootstrap (1000 resamples) in the worker, until its bands are drawn',
  };
  for (const [name, durations] of measures) {
    const sorted = [...durations].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(`  ${label[name]}: ${median.toFixed(1)}, ${Math.max(...sorted).toFixed(1)} (${sorted.length} runs)`);
  }
} finally {
  await browser.close();
  server.close();
}

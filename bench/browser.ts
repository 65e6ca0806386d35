// `npm run bench`, site half: times the production build, then serves it and measures, in the
// system Chromium, what a reader's browser does: the JavaScript each page loads before any
// interaction (gzipped) and while the reader only reads, the preload once they show intent, the
// analysis and redraw after a control change (the first one and the later ones), and the worker's
// bootstrap. Run with Node 24 (type stripping). bench/lighthouse.ts follows it in `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

// A port of this bench's own (4321/4322 belong to `astro preview` and the e2e tests); BENCH_PORT moves it.
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const ORIGIN = `http://localhost:${PORT}/`;
const PAGES = ['', 'method/', 'categories/', 'benchmarks/', 'benchmarks/lambada/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'conclusions/', 'appendix/', 'authoring/'];
const CHANGES = 10;
/** How long a reader reads before the bench looks for JavaScript loaded without their intent. */
const READING_MS = 2000;

// BENCH_DIST=<dir> measures a build made elsewhere (e.g. of another commit) instead of making one.
const dist = process.env.BENCH_DIST ?? 'dist';
if (!process.env.BENCH_DIST) {
  const buildStarted = performance.now();
  execFileSync('astro', ['build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const pageCount = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  console.log(`\nProduction build: ${buildSeconds.toFixed(1)} s for ${pageCount} pages (goal: under 60 s).`);
}

const server = createServer(sirv(dist, { dev: false, etag: true }));
await new Promise<void>((resolve) => server.listen(PORT, resolve));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  ...(existsSync(executablePath) ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  console.log(`\nJavaScript per page (gzipped): requested before the load event, and then while a reader reads for ${READING_MS / 1000} s without touching anything:`);
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  for (const path of PAGES) {
    const page = await browser.newPage();
    const initial: Promise<number>[] = [];
    const reading: Promise<number>[] = [];
    const readingNames: string[] = [];
    let loaded = false;
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      (loaded ? reading : initial).push(response.body().then((body) => gzipSync(body).length, () => 0));
      if (loaded) readingNames.push(new URL(response.url()).pathname.split('/').pop()!.split('.')[0]!);
    });
    const response = await page.goto(ORIGIN + path, { waitUntil: 'load' });
    loaded = true;
    await page.waitForTimeout(READING_MS);
    const sizes = await Promise.all(initial);
    const later = await Promise.all(reading);
    // Scripts written into the HTML itself (Starlight's theme and the like) count too.
    const html = (await response?.text()) ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
    const total = sum(sizes) + gzipSync(inline).length;
    console.log(
      `  /${path.padEnd(22)} ${(total / 1024).toFixed(1).padStart(6)} KB (${sizes.length} files and the inline scripts); ` +
        `while reading: ${(sum(later) / 1024).toFixed(1)} KB${readingNames.length > 0 ? ` (${readingNames.join(', ')})` : ''}`,
    );
    await page.close();
  }

  // Intent as a mouse user shows it: the pointer moves over the controls, then a control takes focus.
  // The runtime loads and starts, then warms its drawing code in idle time (the preload).
  const page = await browser.newPage();
  await page.goto(ORIGIN + 'extrapolation/');
  const intent = await page.evaluate(() => performance.now());
  await page.locator('gpt-controls').first().hover();
  await page.locator('gpt-controls input').first().focus();
  await page.waitForSelector('html[data-live-ready]');
  const ready = await page.evaluate(() => performance.now());
  // A build from before the warm-up never says it is warm: then the bench goes on after 5 s.
  await page.waitForSelector('html[data-live-warm]', { timeout: 5_000 }).catch(() => undefined);
  const warm = await page.evaluate(() => performance.now());
  const startAnalysis = await page.evaluate(() => performance.getEntriesByName('gpt:analyse').map((e) => e.duration));
  await page.evaluate(() => performance.clearMeasures());
  console.log(
    `\nOn /extrapolation/, from intent (pointer over the controls): runtime started after ${(ready - intent).toFixed(0)} ms ` +
      `(its analysis ${startAnalysis.map((d) => d.toFixed(1)).join(', ')} ms), drawing code warmed after ${(warm - intent).toFixed(0)} ms.`,
  );

  // Settings and loss models in turn; the bench waits for each change's bands before the next.
  const settings = ['one', 'zero', 'few'];
  const losses = ['kaplan-nd', 'chinchilla', 'gpt3-frontier'];
  for (let i = 0; i < CHANGES; i++) {
    const bandsBefore = await page.getAttribute('html', 'data-live-bands');
    if (i % 2 === 0) await page.locator(`gpt-controls input[name="setting"][value="${settings[(i / 2) % 3]}"]`).check();
    else await page.locator('gpt-controls select[name="loss"]').selectOption(losses[((i - 1) / 2) % 3]!);
    await page.waitForFunction((before) => document.documentElement.getAttribute('data-live-bands') !== before, bandsBefore, { timeout: 30_000 });
  }
  const measures = Object.fromEntries(
    await page.evaluate(() => ['gpt:analyse', 'gpt:redraw', 'gpt:bands'].map((name) => [name, performance.getEntriesByName(name).map((e) => e.duration)] as const)),
  ) as Record<'gpt:analyse' | 'gpt:redraw' | 'gpt:bands', number[]>;
  // `gpt:redraw` spans the analysis and the redraw; the drawing alone is the difference.
  const analysis = measures['gpt:analyse'];
  const total = measures['gpt:redraw'];
  const drawing = total.map((t, i) => t - (analysis[i] ?? 0));
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  };
  const ms = (value: number | undefined) => (value ?? NaN).toFixed(1).padStart(6);
  const row = (label: string, values: number[]) =>
    console.log(`  ${label.padEnd(48)} ${ms(values[0])} ${ms(median(values.slice(1)))} ${ms(Math.max(...values.slice(1)))}`);
  console.log(`\nThen ${CHANGES} control changes (ms: the first change, the median and the max of the later ones):`);
  console.log(`  ${''.padEnd(48)}  first median    max`);
  row('analysis, no bootstrap', analysis);
  row('redraw of every chart, table and number', drawing);
  row('both (budget: first ≤ 150, later median ≤ 50)', total);
  row('bootstrap (1000 resamples) in the worker, drawn', measures['gpt:bands']);
} finally {
  await browser.close();
  server.close();
}

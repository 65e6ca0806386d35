// `npm run bench`, Lighthouse half: serves the production build in dist/ with gzip and runs
// Lighthouse (mobile preset, its default; offline, on the system Chromium) on every essay page and
// two benchmark pages, then prints one table against the budgets of issue 10. Budgets are reported
// here, never asserted in tests: timings on a shared machine are not pass/fail material.
// Run with Node 24 (type stripping). LIGHTHOUSE_PAGES="categories/,outliers/" runs a subset ("/" is
// the home page); LIGHTHOUSE_PORT and LIGHTHOUSE_DEBUG_PORT move its ports; LIGHTHOUSE_REPORTS=<dir>
// keeps each page's full JSON report there (what blocked the main thread, and why); LIGHTHOUSE_RUNS
// sets how many runs each page's median is taken of (3).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launchDebugChromium } from './debug-chromium.ts';
import { serveGzip } from './serve-gzip.ts';

// Ports of this bench's own (4321/4322 belong to `astro preview` and the e2e tests); either can be
// moved where another server already listens.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4398);
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9398);
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const ESSAYS = ['', 'method/', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'conclusions/', 'appendix/', 'sources/'];
const BENCHMARKS = ['benchmarks/lambada/', 'benchmarks/anli-r1/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Issue 10's budgets: performance at least 98, the other categories full marks, TBT at most 50 ms. */
const BUDGET = { performance: 98, other: 100, tbtMs: 50 };

interface Row {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbtMs: number;
  lcpMs: number;
  /** Audits that cost a non-performance category points, for a reader chasing a miss. */
  misses: string[];
}

/** "categories/", "/categories", "/" → the path as this bench writes it ("" is the home page). */
const asPath = (page: string) => page.trim().replace(/^\/+/, '').replace(/([^/])$/, '$1/');
const pages = process.env.LIGHTHOUSE_PAGES ? process.env.LIGHTHOUSE_PAGES.split(',').map(asPath) : [...ESSAYS, ...BENCHMARKS];
// One run's total blocking time swings by hundreds of milliseconds on a shared machine: each page's
// row is its median run (Lighthouse's docs on variability advise several runs and the median).
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number of runs, at least 1; got "${process.env.LIGHTHOUSE_RUNS}".`);

// Run on its own, the bench measures the build there is, and makes one only when there is none;
// BENCH_DIST=<dir> measures a build made elsewhere (e.g. of another commit).
const dist = process.env.BENCH_DIST ?? 'dist';
if (!process.env.BENCH_DIST && !existsSync('dist/index.html')) {
  execFileSync('astro', ['build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

/** The version that ran, for the table's title (numbers differ between Lighthouse versions). */
let version = '';

async function run(port: number, path: string): Promise<LighthouseResult> {
  const result = await lighthouse(ORIGIN + path, { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on /${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/** The page's median run of RUNS, chosen as Lighthouse's own tooling chooses it (median-run.js). */
async function audit(port: number, path: string): Promise<Row> {
  const runs: LighthouseResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(port, path));
  const lhr: LighthouseResult = computeMedianRun(runs);
  const reports = process.env.LIGHTHOUSE_REPORTS;
  if (reports) {
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, `${path.replace(/\/$/, '').replaceAll('/', '-') || 'home'}.json`), JSON.stringify(lhr));
  }
  version = lhr.lighthouseVersion;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const misses = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id}`),
  );
  return {
    path,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    misses,
  };
}

/** What a row misses of its budget, in a word each; empty when it meets all of it. */
function overBudget(row: Row): string[] {
  const over: string[] = [];
  if (row.scores.performance < BUDGET.performance) over.push('perf');
  if (row.scores.accessibility < BUDGET.other) over.push('a11y');
  if (row.scores['best-practices'] < BUDGET.other) over.push('BP');
  if (row.scores.seo < BUDGET.other) over.push('SEO');
  if (!(row.tbtMs <= BUDGET.tbtMs)) over.push('TBT');
  return over;
}

function printTable(rows: Row[]) {
  const header = ['page', 'perf', 'a11y', 'BP', 'SEO', 'TBT ms', 'LCP ms', 'budget'];
  const lines = rows.map((row) => {
    const over = overBudget(row);
    return [
      `/${row.path}`,
      String(row.scores.performance),
      String(row.scores.accessibility),
      String(row.scores['best-practices']),
      String(row.scores.seo),
      row.tbtMs.toFixed(0),
      row.lcpMs.toFixed(0),
      over.length === 0 ? 'met' : `missed: ${over.join(', ')}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  // The page and the verdict read left-aligned, the numbers right-aligned.
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(`\nLighthouse ${version} (mobile preset, gzip, median of ${RUNS} run${RUNS === 1 ? '' : 's'}; budget: performance ≥ ${BUDGET.performance}, the rest ${BUDGET.other}, TBT ≤ ${BUDGET.tbtMs} ms):`);
  console.log(`  ${format(header)}`);
  for (const line of lines) console.log(`  ${format(line)}`);
  const misses = rows.filter((row) => row.misses.length > 0);
  for (const row of misses) console.log(`  /${row.path} loses points on ${row.misses.join('; ')}`);
}

const server = await serveGzip(dist, PORT);
const chromium = await launchDebugChromium(DEBUG_PORT);
try {
  const rows: Row[] = [];
  // One page at a time: on two cores, parallel runs would measure each other.
  for (const path of pages) rows.push(await audit(chromium.port, path));
  printTable(rows);
} finally {
  await chromium.close();
  server.close();
}

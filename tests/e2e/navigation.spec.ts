import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtPages } from './site';

// Navigation and search, read from the root build's HTML and Pagefind index (no browser needed).
const html = (path: string) => parseHTML(readFileSync(`dist/${path}index.html`, 'utf8')).document;
const pagination = (path: string) => {
  const doc = html(path);
  const href = (rel: string) => doc.querySelector(`.pagination-links a[rel="${rel}"]`)?.getAttribute('href') ?? null;
  return { prev: href('prev'), next: href('next') };
};

// The reading order, as the sidebar in astro.config.mjs declares it.
const ESSAYS = ['', 'method/', 'categories/', 'outliers/', 'extrapolation/', 'sensitivity/', 'backtest/', 'forecast/', 'conclusions/', 'appendix/', 'sources/', 'data/'];

test('prev/next runs through the essays in reading order, and nowhere else', () => {
  ESSAYS.forEach((path, i) => {
    expect(pagination(path), `/${path}`).toEqual({
      prev: i > 0 ? `/${ESSAYS[i - 1]}` : null,
      next: i < ESSAYS.length - 1 ? `/${ESSAYS[i + 1]}` : null,
    });
  });
});

test('the benchmark pages form their own sequence, in tasks.csv order, from the index and back to it', () => {
  const tasks = readFileSync('src/content/data/tasks.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]);
  expect(tasks).toHaveLength(52);
  const sequence = ['benchmarks/', ...tasks.map((id) => `benchmarks/${id}/`)];
  expect(pagination('benchmarks/')).toEqual({ prev: '/categories/', next: `/${sequence[1]}` });
  sequence.slice(1).forEach((path, i) => {
    expect(pagination(path), `/${path}`).toEqual({
      prev: `/${sequence[i]}`,
      next: i + 2 < sequence.length ? `/${sequence[i + 2]}` : '/benchmarks/',
    });
  });
});

test('Authoring is out of the sidebar, linked from every footer, without prev/next or an assumptions panel', () => {
  for (const path of builtPages('dist')) {
    const doc = html(path);
    if (!doc.querySelector('nav.sidebar')) continue; // the 404 page
    expect(doc.querySelectorAll('nav.sidebar a[href="/authoring/"]').length, `/${path}`).toBe(0);
    expect(doc.querySelectorAll('nav.sidebar a[href="/sources/"]').length, `/${path}`).toBe(1);
    expect(doc.querySelectorAll('.site-footer a[href="/authoring/"]').length, `/${path}`).toBe(1);
  }
  expect(pagination('authoring/')).toEqual({ prev: null, next: null });
  expect(html('authoring/').querySelectorAll('gpt-controls').length).toBe(0);
});

test('search indexes the essays’ text: not the controls, the figures’ table views, the footer or TeX twice', () => {
  const dir = 'dist/pagefind/fragment/';
  const fragments = readdirSync(dir).map(
    (name) => JSON.parse(gunzipSync(readFileSync(dir + name)).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string },
  );
  const urls = fragments.map((f) => f.url);
  for (const essay of ESSAYS) expect(urls).toContain(`/${essay}`);
  expect(urls).not.toContain('/authoring/');
  // Words that appear on the built pages, but only in controls, figure and footer boilerplate.
  const method = html('method/').body.textContent ?? '';
  for (const boilerplate of ['Copy link', 'Reset to defaults', 'Table of the data', 'Download CSV', 'how to write a page for this site']) {
    expect(method + (html('categories/').body.textContent ?? ''), boilerplate).toContain(boilerplate);
    expect(fragments.filter((f) => f.content.includes(boilerplate)).map((f) => f.url), boilerplate).toEqual([]);
  }
  // Each formula once (the MathML), and no TeX source.
  const methodText = fragments.find((f) => f.url === '/method/')!.content;
  expect(methodText).toContain('Cross-entropy loss');
  expect(methodText.split('406.4').length - 1).toBe(1);
  expect(fragments.filter((f) => /\\(frac|alpha|text|left|quad)\b/.test(f.content)).map((f) => f.url)).toEqual([]);
});

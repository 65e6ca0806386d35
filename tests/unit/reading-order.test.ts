// Prev/next in reading order (src/lib/reading-order.ts, applied by src/route-data.ts): the essays run
// through the sidebar's top-level links only; the benchmark group is a sequence of its own.
import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { applyPrevNextConfig, readingOrder, type SidebarLink } from '../../src/lib/reading-order';

type SidebarEntry = StarlightRouteData['sidebar'][number];
const link = (label: string): SidebarLink => ({ type: 'link', label, href: `/${label}/`, isCurrent: false, badge: undefined, attrs: {} });
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', label, entries, collapsed: true, badge: undefined });
const sidebar = (...entries: SidebarEntry[]) => entries;

/** The site's shape: essays, with the benchmark group (index, then categories of tasks) after Categories. */
function site(current: string) {
  const l = (label: string) => ({ ...link(label), isCurrent: label === current });
  return sidebar(
    l('overview'),
    l('method'),
    l('categories'),
    group('Benchmarks', [l('all-benchmarks'), group('Cloze', [l('hellaswag'), l('lambada')]), group('SAT', [l('sat-analogies')])]),
    l('outliers'),
    l('appendix'),
    l('sources'),
  );
}
const labels = (current: string) => {
  const { prev, next } = readingOrder(site(current));
  return [prev?.label, next?.label];
};

describe('reading order', () => {
  it('runs the essays in sidebar order, stepping over the benchmark group', () => {
    expect(labels('overview')).toEqual([undefined, 'method']);
    expect(labels('categories')).toEqual(['method', 'outliers']);
    expect(labels('outliers')).toEqual(['categories', 'appendix']);
    expect(labels('sources')).toEqual(['appendix', undefined]);
  });

  it('gives the benchmarks their own sequence, entered from the index and returning to it', () => {
    expect(labels('all-benchmarks')).toEqual(['categories', 'hellaswag']);
    expect(labels('hellaswag')).toEqual(['all-benchmarks', 'lambada']);
    expect(labels('lambada')).toEqual(['hellaswag', 'sat-analogies']);
    expect(labels('sat-analogies')).toEqual(['lambada', 'all-benchmarks']);
  });

  it('gives a page the sidebar does not list (Authoring) no prev/next', () => {
    expect(labels('authoring')).toEqual([undefined, undefined]);
  });

  it('lets frontmatter prev/next override, as in Starlight', () => {
    const method = link('method');
    expect(applyPrevNextConfig(method, undefined)).toBe(method);
    expect(applyPrevNextConfig(method, true)).toBe(method);
    expect(applyPrevNextConfig(method, false)).toBeUndefined();
    expect(applyPrevNextConfig(method, 'The method')).toMatchObject({ label: 'The method', href: '/method/' });
    expect(applyPrevNextConfig(method, { link: '/elsewhere/' })).toMatchObject({ label: 'method', href: '/elsewhere/' });
    expect(applyPrevNextConfig(undefined, { link: '/x/', label: 'X' })).toMatchObject({ label: 'X', href: '/x/' });
    expect(applyPrevNextConfig(undefined, { link: '/x/' })).toBeUndefined();
  });
});

// Wide equations and Markdown tables scroll inside the text column: each is (or sits in) a focusable,
// named region marked for the scroll cue, and nothing else changes.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { parseHTML } from 'linkedom';
import { rehypeScrollRegions } from '../../src/lib/rehype-scroll-regions';

const render = (markdown: string) => {
  const html = String(
    unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkRehype).use(rehypeKatex).use(rehypeScrollRegions).use(rehypeStringify).processSync(markdown),
  );
  return parseHTML(`<main>${html}</main>`).document;
};

describe('rehypeScrollRegions', () => {
  it('makes each display equation a focusable group marked for the scroll cue, and leaves inline maths alone', () => {
    const document = render('Inline $L = 1$ and\n\n$$\nL(N, D) = E + \\frac{A}{N^{\\alpha}}\n$$\n');
    const display = document.querySelectorAll('.katex-display');
    expect(display).toHaveLength(1);
    expect(display[0]!.getAttribute('tabindex')).toBe('0');
    expect(display[0]!.getAttribute('role')).toBe('group');
    expect(display[0]!.getAttribute('aria-label')).toBe('Equation');
    expect(display[0]!.hasAttribute('data-scroll-cue')).toBe(true);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(1);
  });

  it('wraps each Markdown table in a region named after its headings', () => {
    const document = render('| Line | Loss |\n| --- | --- |\n| GPT-3 | 1.73 |\n\nText after.\n');
    const region = document.querySelector('div.table-scroll')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-label')).toBe('Table: Line, Loss');
    expect(region.hasAttribute('data-scroll-cue')).toBe(true);
    expect(region.children).toHaveLength(1);
    expect(region.firstElementChild!.tagName).toBe('TABLE');
    expect(document.querySelectorAll('table')).toHaveLength(1);
    expect(document.querySelector('main > p:last-child')?.textContent).toBe('Text after.');
  });
});

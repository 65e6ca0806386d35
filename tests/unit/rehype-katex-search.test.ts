// Search indexes each formula once: the KaTeX HTML copy and the TeX annotation are data-pagefind-ignore.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { parseHTML } from 'linkedom';
import { rehypeKatexSearchOnce } from '../../src/lib/rehype-katex-search';

const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeKatexSearchOnce)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('rehypeKatexSearchOnce', () => {
  it('keeps the HTML copy and the TeX source out of search, and the MathML in it', () => {
    const { document } = parseHTML(`<main>${render('Inline $L = \\frac{N_c}{N}$ and\n\n$$\nE = 1.69\n$$\n')}</main>`);
    const formulas = document.querySelectorAll('.katex');
    expect(formulas.length).toBe(2);
    for (const formula of formulas) {
      expect(formula.querySelector('.katex-html')?.hasAttribute('data-pagefind-ignore')).toBe(true);
      expect(formula.querySelector('annotation')?.hasAttribute('data-pagefind-ignore')).toBe(true);
      expect(formula.querySelector('.katex-mathml')?.hasAttribute('data-pagefind-ignore')).toBe(false);
      expect(formula.querySelector('math')?.closest('[data-pagefind-ignore]')).toBeNull();
    }
    // Nothing else is touched.
    expect(document.querySelectorAll('[data-pagefind-ignore]').length).toBe(4);
  });
});

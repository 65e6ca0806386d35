// A figure's stable name: its page and its anchor, whatever the base the site is served under.
import { describe, expect, it } from 'vitest';
import { figureId, pageSlug } from '../../src/components/figure-id';

describe('figure ids', () => {
  it('names a page by its path without the base', () => {
    expect(pageSlug('/categories/', '/')).toBe('categories');
    expect(pageSlug('/gpt-n/categories/', '/gpt-n/')).toBe('categories');
    expect(pageSlug('/gpt-n/categories/', '/gpt-n')).toBe('categories');
    expect(pageSlug('/benchmarks/lambada/', '/')).toBe('benchmarks/lambada');
    expect(pageSlug('/', '/')).toBe('');
    expect(pageSlug('/gpt-n/', '/gpt-n/')).toBe('');
  });

  it('joins page and anchor, dropping the anchor prefix every figure shares', () => {
    expect(figureId('categories', 'fig-cloze-few')).toBe('categories--cloze-few');
    expect(figureId('benchmarks/lambada', 'fig-lambada-raw')).toBe('benchmarks-lambada--lambada-raw');
    expect(figureId('', 'fig-extrapolation-overall-both')).toBe('index--extrapolation-overall-both');
    // An author's own id without the prefix is kept whole.
    expect(figureId('method', 'loss-curve')).toBe('method--loss-curve');
  });

  it('is the same under either base, so a sub-path deployment links the same embeds', () => {
    expect(figureId(pageSlug('/gpt-n/sensitivity/', '/gpt-n/'), 'fig-sensitivity')).toBe(figureId(pageSlug('/sensitivity/', '/'), 'fig-sensitivity'));
  });
});

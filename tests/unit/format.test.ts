import { describe, expect, it } from 'vitest';
import { formatDollars, formatOrders, formatPercent, scientific, significant, words } from '../../src/lib/format';

describe('format', () => {
  it('rounds to significant figures', () => {
    expect(significant(0.86412, 3)).toBe('0.864');
    expect(significant(1234.5, 2)).toBe('1200');
    expect(significant(0)).toBe('0');
  });

  it('writes powers of ten with superscripts, plain decimals in between', () => {
    expect(scientific(9.2e29)).toBe('9.2 × 10²⁹');
    expect(scientific(3.14e23, 3)).toBe('3.14 × 10²³');
    expect(scientific(1e17)).toBe('1 × 10¹⁷');
    expect(scientific(2.5e-5)).toBe('2.5 × 10⁻⁵');
    expect(scientific(42.42)).toBe('42');
    expect(scientific(0.5)).toBe('0.5');
  });

  it('names millions, billions and trillions of dollars, and goes scientific beyond', () => {
    expect(formatDollars(4.7e9)).toBe('$4.7 billion');
    expect(formatDollars(310e6)).toBe('$310 million');
    expect(formatDollars(9.2e12)).toBe('$9.2 trillion');
    expect(formatDollars(2.3e17)).toBe('$2.3 × 10¹⁷');
    expect(words(950)).toBe('950');
  });

  it('prints shares as percentages and signed orders of magnitude', () => {
    expect(formatPercent(0.9)).toBe('90%');
    expect(formatPercent(-0.031)).toBe('-3.1%');
    expect(formatOrders(2.96)).toBe('+3.0');
    expect(formatOrders(-0.44)).toBe('−0.4');
    expect(formatOrders(-0.01)).toBe('+0.0');
  });
});

describe('format never prints NaN or Infinity', () => {
  it('prints a dash for every non-finite value', () => {
    for (const v of [Number.NaN, Infinity, -Infinity]) {
      for (const text of [scientific(v), significant(v), words(v), formatDollars(v), formatOrders(v), formatPercent(v)]) {
        expect(text).toBe('–');
      }
    }
  });
  it('signs points and orders with a true minus', () => {
    expect(formatOrders(-12.345)).toBe('−12.3');
    expect(formatDollars(1.5e6)).toBe('$1.5 million');
  });
});

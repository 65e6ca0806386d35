// The view model's formatter dispatch: every FormatKind prints through src/lib/format.ts, and nothing
// a view holds ever prints as Infinity or NaN.
import { describe, expect, it } from 'vitest';
import { formatCell, screenHeading, csvHeading } from '../../src/components/tables/cell-format';
import { FORMAT_KINDS, type Column } from '../../src/components/tables/view-model';

describe('formatCell', () => {
  it('prints each kind with its formatter', () => {
    expect(formatCell(1.74693651, 'loss')).toBe('1.747');
    expect(formatCell(0.86234, 'percent')).toBe('86.2%');
    expect(formatCell(0.9, 'threshold')).toBe('90%');
    expect(formatCell(3.14e23, 'scientific')).toBe('3.1 × 10²³');
    expect(formatCell(1.25e8, 'size')).toBe('1.25 × 10⁸');
    expect(formatCell(1.2e9, 'dollars')).toBe('$1.2 billion');
    expect(formatCell(2.96, 'orders')).toBe('+3.0');
    expect(formatCell(-0.061, 'points')).toBe('−6.1');
    expect(formatCell(33.333333, 'significant')).toBe('33.3');
    expect(formatCell(86.4, 'as-printed')).toBe('86.4');
    expect(formatCell(32, 'integer')).toBe('32');
    expect(formatCell(true, 'yes-no')).toBe('yes');
    expect(formatCell(false, 'yes-no')).toBe('no');
    expect(formatCell('Closed-book QA', 'text')).toBe('Closed-book QA');
  });

  it('prints "–" for null and for any non-finite number, whatever the kind', () => {
    for (const kind of FORMAT_KINDS) {
      for (const value of [null, undefined, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
        expect(formatCell(value, kind), `${kind} ${value}`).toBe('–');
      }
    }
  });

  it('heads a column with the unit its cells are printed in on screen, and the raw unit in the CSV', () => {
    const score: Column = { key: 's', label: 'Normalised score', unit: 'fraction, 1 = ceiling', format: 'percent' };
    const loss: Column = { key: 'l', label: 'Loss', unit: 'nats/token', format: 'loss' };
    const error: Column = { key: 'e', label: 'Error', unit: 'difference of normalised scores', format: 'points' };
    expect([screenHeading(score), csvHeading(score)]).toEqual(['Normalised score', 'Normalised score (fraction, 1 = ceiling)']);
    expect([screenHeading(loss), csvHeading(loss)]).toEqual(['Loss (nats/token)', 'Loss (nats/token)']);
    expect([screenHeading(error), csvHeading(error)]).toEqual(['Error (points)', 'Error (difference of normalised scores)']);
  });
});

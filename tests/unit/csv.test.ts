import { describe, expect, it } from 'vitest';
import { chartCsv, machineReadable } from '../../src/components/charts/csv';

describe('figure CSV', () => {
  it('turns printed numbers back into ones a spreadsheet reads', () => {
    expect(machineReadable('4.7 × 10²⁶')).toBe('4.7e26');
    expect(machineReadable('2.5 × 10⁻⁵')).toBe('2.5e-5');
    expect(machineReadable('86%')).toBe('0.86');
    expect(machineReadable('−3.0')).toBe('-3.0');
    expect(machineReadable('never')).toBe('never');
    expect(machineReadable('175B')).toBe('175B');
    expect(machineReadable(null)).toBeNull();
  });

  it('writes a header and one line per row, quoting what needs it', () => {
    const csv = chartCsv({
      columns: [
        { key: 'task', label: 'Task' },
        { key: 'flop', label: 'FLOP, training' },
      ],
      rows: [
        { task: 'Ro→En 16', flop: '1 × 10²⁴' },
        { task: 'A, B', flop: null },
      ],
    });
    expect(csv).toBe('Task,"FLOP, training"\r\nRo→En 16,1e24\r\n"A, B",\n');
  });
});

import { describe, expect, it } from 'vitest';
import { extractRedLines } from '../../src/analysis/redlines.js';
import { code } from '../helpers/code.js';

describe('red lines from conditional events', () => {
  it('one red line per condition and holder, described by the act threatened rather than the warning', () => {
    const d = code(
      'Serbian President Aleksandar Vucic warned on Wednesday that Serbia would intervene militarily if Kosovo special police units entered the four northern municipalities.',
      '2024-03-04',
    );
    const conditional = d.events.filter((e) => e.modality === 'conditional');
    expect(conditional.length).toBeGreaterThanOrEqual(2); // the warning and the intervention
    const lines = extractRedLines(conditional, ['police'], () => 4);
    expect(lines).toHaveLength(1);
    expect(lines[0].holder?.code).toMatch(/^SRB/);
    expect(lines[0].response.code.slice(0, 2)).not.toBe('13');
    expect(lines[0].condition.text).toMatch(/^if Kosovo special police units entered/);
  });
});

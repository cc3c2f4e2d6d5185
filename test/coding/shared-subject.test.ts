/** Verbs sharing a subject across coordination: "X said Y was Z and called on W" is X's call. */
import { describe, it, expect } from 'vitest';
import { code, brief } from '../helpers/code.js';

const ev = (text: string, published = '2024-03-15') => brief(code(text, published).events);

describe('shared subjects', () => {
  it('a verb coordinated after a report whose clause is only a copula shares the reporter as subject', () => {
    expect(
      ev('Lula said the European Union was "hypocritical" on trade and called on the United Nations to act.'),
    ).toEqual([expect.stringMatching(/^BRAGOV>UN 02\d* actual$/)]);
  });
});

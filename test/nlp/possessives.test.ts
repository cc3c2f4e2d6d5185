import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitPossessives } from '../../src/nlp/possessives.js';

/** the definition the scanner implements, as the regex it replaced */
const POSSESSIVE = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}.-]*)(['’][sS])(?![\p{L}\p{N}])/gu;
const CONTRACTED =
  /^(?:it|that|he|she|there|what|who|where|here|how|when|why|let|this|everyone|everybody|nobody|somebody|someone|one)$/i;
const reference = (t: string) =>
  t.replace(POSSESSIVE, (m: string, word: string, s: string) => (CONTRACTED.test(word) ? m : `${word} ${s}`));

describe('splitPossessives', () => {
  it('puts a space before the possessive of names, abbreviations and hyphenated words', () => {
    expect(splitPossessives("Japan's navy, the U.S.'s envoy and Guinea-Bissau’s junta")).toBe(
      "Japan 's navy, the U.S. 's envoy and Guinea-Bissau ’s junta",
    );
    expect(splitPossessives("Erdoğan's party")).toBe("Erdoğan 's party");
  });

  it('leaves contractions, plural possessives and words running on alone', () => {
    for (const t of ["it's over, that's all", "the states' rights", "Japan'sx", "3's", "'s alone"])
      expect(splitPossessives(t)).toBe(t);
  });

  it('matches the regex definition on any mix of words, marks and astral letters', () => {
    const piece = fc.constantFrom(
      "'s",
      '’S',
      "'S",
      ' ',
      '-',
      '.',
      'Japan',
      'x',
      'é',
      '1',
      'it',
      "'",
      's',
      '𝐀',
      'ß',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const t = ps.join('');
        return splitPossessives(t) === reference(t);
      }),
      { numRuns: 5000 },
    );
  });
});

/** Word matching in patterns: lemma, lower-case form or the plural/inflection-stripped form, and split compounds. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { altAt, stem, wordMatches } from '../../src/coding/match.js';
import type { Token } from '../../src/model/document.js';

const tok = (text: string, lemma = '#'): Token => ({
  i: 0,
  sentence: 0,
  start: 0,
  end: text.length,
  text,
  lower: text.toLowerCase(),
  lemma,
  pos: 'NOUN',
});

describe('wordMatches', () => {
  it('matches the stem without building it, exactly as stem() defines it', () => {
    const word = fc
      .tuple(
        fc.stringMatching(/^[a-z]{0,6}$/),
        fc.constantFrom('', 's', 'es', 'ies', 'ches', 'sses', 'xes', 'ss', 'y'),
      )
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(word, word, (w, target) => {
        expect(wordMatches(tok(w), target)).toBe(w === target || stem(w) === target);
      }),
      { numRuns: 20000 },
    );
  });

  it('knows plurals and is not fooled by look-alikes', () => {
    expect(wordMatches(tok('ceasefires'), 'ceasefire')).toBe(true);
    expect(wordMatches(tok('parties'), 'party')).toBe(true);
    expect(wordMatches(tok('churches'), 'church')).toBe(true);
    expect(wordMatches(tok('glass'), 'glas')).toBe(false);
    expect(wordMatches(tok('parties'), 'partx')).toBe(false);
    expect(wordMatches(tok('attacked', 'attack'), 'attack')).toBe(true);
  });
});

describe('altAt', () => {
  it('takes a sum word only after a number ("$5 million", not "the millions of people")', () => {
    const toks = [tok('5'), tok('million'), tok('the'), tok('millions')];
    expect(altAt(toks, 1, 4, ['million'])).toBe(1);
    expect(altAt(toks, 3, 4, ['million'])).toBe(0);
  });
  it('takes a multi-word alternative written as one word or as its words', () => {
    expect(altAt([tok('ceasefire')], 0, 1, ['cease', 'fire'])).toBe(1);
    expect(altAt([tok('cease'), tok('fire')], 0, 2, ['cease', 'fire'])).toBe(2);
    expect(altAt([tok('ceasefired')], 0, 1, ['cease', 'fire'])).toBe(0);
    expect(altAt([tok('cease')], 0, 1, ['cease', 'fire'])).toBe(0);
  });
});

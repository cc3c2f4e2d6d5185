import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Trie, normalizeText } from '../../src/lexicon/trie.js';
import { compilePattern } from '../../src/lexicon/patterns.js';

describe('actor trie', () => {
  const t = new Trie<string>();
  for (const k of ['Russia', 'Russian', 'the Kremlin', 'al-Shabaab', 'G7', 'Côte d’Ivoire']) t.add(k, k);

  it('matches multiword keys from a token start, longest first', () => {
    const text = 'the Kremlin said';
    const m = t.matchAt(normalizeText(text), 0, () => true);
    expect(m[0].values).toEqual(['the Kremlin']);
  });

  it('lets a plain-letter token start a match only when it is some key’s leading letter run', () => {
    expect(t.mayStartWith('russia')).toBe(true);
    expect(t.mayStartWith('russian')).toBe(true);
    expect(t.mayStartWith('the')).toBe(true);
    expect(t.mayStartWith('al')).toBe(true); // "al" "-" "Shabaab"
    expect(t.mayStartWith('rus')).toBe(false);
    expect(t.mayStartWith('market')).toBe(false);
    // anything that is not plain a-z is left to the trie walk
    expect(t.mayStartWith('g7')).toBe(true);
    expect(t.mayStartWith('côte')).toBe(true);
  });

  it('never rejects a token that a key could start with and end at a token boundary after (property)', () => {
    const key = fc.stringMatching(/^[a-z]{1,6}(?:[ '-][a-z]{1,6})?$/);
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[a-z]{1,6}$/),
        (ks, word) => {
          const trie = new Trie<string>();
          for (const k of ks) trie.add(k, k);
          const canStart = ks.some((k) => k.startsWith(word) && !/[a-z]/.test(k[word.length] ?? ''));
          if (canStart) expect(trie.mayStartWith(word)).toBe(true);
        },
      ),
    );
  });
});

describe('compiled patterns list the words a sentence must hold', () => {
  it('one list of forms per word element, with hyphenated wholes', () => {
    const p = compilePattern(
      { id: 'x', code: '0831', pattern: 'agree * to cease-fire|truce with +' },
      0,
      't',
    );
    expect(p.required).toEqual([['to'], ['cease', 'cease-fire', 'truce'], ['with']]);
    expect(compilePattern({ id: 'y', code: '190', pattern: 'attack +' }, 1, 't').required).toEqual([]);
  });
});

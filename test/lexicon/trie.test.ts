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

  it('finds exactly the keys a text starts with, spaces collapsed, longest first (property, vs a plain scan)', () => {
    /** every key the text starts with at `from`, whitespace runs read as one space */
    const reference = (keys: string[], text: string, from: number, isEnd: (e: number) => boolean) => {
      const seen: Array<{ c: string; end: number }> = [];
      for (let i = from; i < text.length; i++) {
        if (text[i] === ' ' && seen.length && seen[seen.length - 1].c === ' ') continue;
        seen.push({ c: text[i], end: i + 1 });
      }
      const out = new Map<number, string[]>();
      for (const k of keys) {
        if (k.length > seen.length || seen.slice(0, k.length).some((s, j) => s.c !== k[j])) continue;
        const end = seen[k.length - 1].end;
        if (isEnd(end)) out.set(end, [...(out.get(end) ?? []), k]);
      }
      return [...out].sort((a, b) => b[0] - a[0]).map(([end, values]) => ({ end, values }));
    };
    const word = fc.stringMatching(/^[ab]{1,3}$/); // a small alphabet, so keys share prefixes and split edges
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(word, fc.option(word)).map(([a, b]) => (b ? `${a} ${b}` : a)),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.stringMatching(/^[ab ]{0,10}$/),
        fc.nat(3),
        fc.boolean(),
        (keys, text, from, everyEnd) => {
          const trie = new Trie<string>();
          for (const k of keys) trie.add(k, k);
          const isEnd = (e: number) => everyEnd || e === text.length || text[e] === ' ';
          const got = trie
            .matchAt(text, from, isEnd)
            .map((m) => ({ end: m.end, values: [...m.values].sort() }));
          const want = reference(keys, text, from, isEnd).map((m) => ({ ...m, values: m.values.sort() }));
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
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

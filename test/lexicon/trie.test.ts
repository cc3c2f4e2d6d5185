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
    /** may the first word of `text` start a match? */
    const may = (text: string) => {
      const norm = normalizeText(text);
      return t.mayStartWith(norm.split(' ')[0], norm, norm.split(' ')[0].length);
    };
    expect(may('russia said')).toBe(true);
    expect(may('Russian troops')).toBe(true);
    expect(may('al-Shabaab')).toBe(true); // "al-shabaab" as one token: not plain a-z, so the trie decides
    expect(t.mayStartWith('al', 'al-shabaab', 2)).toBe(true); // "al" "-" "Shabaab"
    expect(may('rus')).toBe(false);
    expect(may('market')).toBe(false);
    // anything that is not plain a-z is left to the trie walk
    expect(may('g7 summit')).toBe(true);
    expect(may('côte d’ivoire')).toBe(true);
  });

  it('narrows a run that keys only continue with a word by that word', () => {
    expect(t.mayStartWith('the', 'the kremlin said', 3)).toBe(true);
    expect(t.mayStartWith('the', normalizeText('the  \n Kremlin'), 3)).toBe(true); // spaces collapse
    expect(t.mayStartWith('the', 'the market fell', 3)).toBe(false);
    expect(t.mayStartWith('the', 'the', 3)).toBe(false);
    const u = new Trie<string>();
    for (const k of ['the 5-star movement', 'the Élysée', 'the Bahamas', 'a. k. antony']) u.add(k, k);
    expect(u.mayStartWith('the', 'the 5-star', 3)).toBe(true);
    expect(u.mayStartWith('the', 'the 7 days', 3)).toBe(false);
    expect(u.mayStartWith('the', 'the élysée', 3)).toBe(true);
    expect(u.mayStartWith('the', 'the bahamas,', 3)).toBe(true);
    expect(u.mayStartWith('the', 'the balkans', 3)).toBe(false);
    expect(u.mayStartWith('a', 'a. k.', 1)).toBe(true);
    expect(u.mayStartWith('a', 'a man', 1)).toBe(false);
    u.add('the', 'the'); // a key that is the run alone: anything may follow
    expect(u.mayStartWith('the', 'the balkans', 3)).toBe(true);
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

  it('never rejects a token that starts a match (property, vs the trie walk)', () => {
    const key = fc.stringMatching(/^[a-z]{1,4}(?:[ '.-]{1,2}[a-z0-9]{0,4}){0,2}$/);
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 8 }),
        fc.nat(7),
        fc.stringMatching(/^[ a-z0-9.'-]{0,8}$/),
        (ks, pick, tail) => {
          const trie = new Trie<string>();
          for (const k of ks) trie.add(k, k);
          // a text that starts with one of the keys (its spaces doubled at random), then goes on
          const text = normalizeText(`${ks[pick % ks.length].replace(/ /g, tail.length % 2 ? '  ' : ' ')}${tail}`);
          const word = /^[a-z]+/.exec(text)![0];
          // a match ends at a token end: after the first word, before no letter or digit
          const isEnd = (e: number) => e >= word.length && !/[a-z0-9]/.test(text[e] ?? '');
          if (trie.matchAt(text, 0, isEnd).length)
            expect(trie.mayStartWith(word, text, word.length)).toBe(true);
        },
      ),
      { numRuns: 1000 },
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, FingerprintSet, KnownArticles } from '../../src/store/known-articles.js';

describe('FingerprintSet', () => {
  it('has every value added (no false negatives) through many resizes, and counts distinct values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000 }), (xs) => {
        const set = new FingerprintSet();
        const values = xs.map((x) => (x === 0 ? 1 : x));
        for (const v of values) set.add(v);
        expect(values.every((v) => set.has(v))).toBe(true);
        expect(set.size).toBe(new Set(values).size);
      }),
      { numRuns: 50 },
    );
  });

  it('answers false for values never added (here: none of the odd ones when only even ones were)', () => {
    const set = new FingerprintSet();
    for (let i = 2; i < 20000; i += 2) set.add(i);
    let hits = 0;
    for (let i = 1; i < 20000; i += 2) if (set.has(i)) hits++;
    expect(hits).toBe(0);
  });
});

describe('KnownArticles', () => {
  it('never denies a key it was given; almost always denies one it was not', () => {
    const known = new KnownArticles();
    const hash = (i: number) => `h${i.toString(16).padStart(63, '0')}`;
    for (let i = 0; i < 5000; i++) known.add(hash(i), `a-${i}`);
    for (let i = 0; i < 5000; i++) {
      expect(known.mayHaveHash(hash(i))).toBe(true);
      expect(known.mayHaveId(`a-${i}`)).toBe(true);
    }
    let falseHits = 0;
    for (let i = 5000; i < 15000; i++)
      if (known.mayHaveHash(hash(i)) || known.mayHaveId(`a-${i}`)) falseHits++;
    // 10,000 probes against 2 × 5,000 fingerprints of 32 bits: ~0.02 expected
    expect(falseHits).toBeLessThanOrEqual(2);
    expect(known.size).toBe(5000);
  });

  it('fingerprints are never 0 and differ for near-identical strings', () => {
    expect(fingerprint('')).not.toBe(0);
    expect(fingerprint('a-1')).not.toBe(fingerprint('a-2'));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
  });
});

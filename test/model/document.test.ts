/** The Doc's indexed lookups give what a linear scan gives (they replaced scans that made long articles quadratic). */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Doc, type ActorMention, type Quote } from '../../src/model/document.js';

const doc = () => new Doc({ id: 'd', text: 'x'.repeat(2000) }, '2024-01-01', true);

describe('Doc lookups', () => {
  it('quoteAt finds the first quote holding a position, overlapping quotes included (property)', () => {
    const span = fc.tuple(fc.nat(1500), fc.integer({ min: 3, max: 300 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.nat(1999), (spans, pos) => {
        const d = doc();
        const qs: Quote[] = spans
          .map(([a, len]) => ({
            start: a,
            end: a + len + 1,
            contentStart: a + 1,
            contentEnd: a + len,
            speaker: null,
            speakerName: null,
            attribution: null,
            attributionRule: null,
          }))
          .sort((x, y) => x.start - y.start);
        d.quotes.push(...qs);
        const linear = qs.find((q) => pos >= q.contentStart && pos < q.contentEnd) ?? null;
        expect(d.quoteAt(pos)).toBe(linear);
      }),
    );
  });

  it('mentionsIn returns the mentions starting inside a range (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1990), { maxLength: 40 }), fc.nat(1999), fc.nat(300), (starts, a, len) => {
        const d = doc();
        d.mentions = starts
          .sort((x, y) => x - y)
          .map((s, i) => ({ id: i, start: s, end: s + 5 }) as unknown as ActorMention);
        expect(d.mentionsIn(a, a + len)).toEqual(d.mentions.filter((m) => m.start >= a && m.start < a + len));
      }),
    );
  });

  it('datesIn keeps doc.dates in text order whatever order sentences are asked in', () => {
    const d = doc();
    d.sentences = [0, 1, 2, 3].map((k) => ({
      start: k * 100,
      end: k * 100 + 99,
      index: k,
      paragraph: 0,
      tokenStart: 0,
      tokenEnd: 0,
      headline: false,
    }));
    d.dateResolver = (s) => [
      {
        start: s.start + 5,
        end: s.start + 9,
        text: 'x',
        sentence: s.index,
        value: '2024',
        granularity: 'year',
      },
    ];
    for (const k of [2, 0, 3, 1, 2]) d.datesIn(k);
    expect(d.dates.map((x) => x.sentence)).toEqual([0, 1, 2, 3]);
    expect(d.datesIn(3)).toHaveLength(1);
  });
});

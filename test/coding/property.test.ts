/** Property tests: no input string makes the pipeline throw, and every span it reports is inside the text. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { codeArticle } from '../../src/coding/pipeline.js';

const newsy = fc
  .array(
    fc.constantFrom(
      'Russia',
      'Putin',
      'said',
      'will',
      'attack',
      'if',
      'NATO',
      '“',
      '”',
      '"',
      'he',
      'the',
      'Kremlin',
      ',',
      '.',
      'Sept.',
      '12',
      'on Sunday',
      'Erdoğan',
      'not',
      'should',
      'urged',
      'Ukraine',
      'to',
      '(',
      ')',
      '\n',
      '–',
      'U.S.',
      'in',
      'Kyiv',
      'sanctions',
      'against',
      'its',
      'forces',
      'were',
      'by',
      'and',
      'neither',
      'nor',
      'could',
      'pledged',
      'talks',
      'with',
    ),
    { maxLength: 60 },
  )
  .map((ws) => ws.join(' '));

function checkSpans(text: string, published?: string | null) {
  const d = codeArticle({ id: 'p', text, published });
  const inside = (s: { start: number; end: number }) =>
    s.start >= 0 && s.end <= text.length && s.start <= s.end;
  for (const e of d.events) {
    expect(inside(e.evidence)).toBe(true);
    expect(inside(e.trigger)).toBe(true);
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    if (e.source) expect(inside(e.source)).toBe(true);
    if (e.target) expect(inside(e.target)).toBe(true);
    if (e.condition) expect(text.slice(e.condition.start, e.condition.end)).toBe(e.condition.text);
    expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
  for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
}

describe('pipeline robustness (fast-check)', () => {
  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkSpans(s, '2024-10-01')),
      { numRuns: 300 },
    );
  });
  it('never throws on news-like word salad and keeps spans inside the text', () => {
    fc.assert(
      fc.property(newsy, (s) => checkSpans(s, '2024-10-01')),
      { numRuns: 300 },
    );
  });
  it('never throws with a missing or malformed publication date', () => {
    fc.assert(
      fc.property(
        newsy,
        fc.constantFrom(null, undefined, '1211-08-', 'yesterday', '2024-02-30', '20241001'),
        (s, p) => checkSpans(s, p),
      ),
      { numRuns: 100 },
    );
  });
});

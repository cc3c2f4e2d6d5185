/** An undated article's reference date: the complete date written in its lead, else today. */
import { describe, it, expect } from 'vitest';
import { datelineDay, leadDate } from '../../src/nlp/lead-date.js';
import { codeArticle } from '../../src/coding/pipeline.js';

const today = new Date('2026-12-05T12:00:00Z');

describe('leadDate', () => {
  it('reads a complete date in a wire lead, in either order', () => {
    expect(leadDate('WASHINGTON, Sept. 30, 2004 -- A series of car bombings', today)).toBe('2004-09-30');
    expect(leadDate('BANGKOK, 29 October 2004 - A bomb ripped through two bars', today)).toBe('2004-10-29');
  });
  it('needs day, month and year, in the first 300 characters, and not after today', () => {
    expect(leadDate('BAGHDAD, Iraq, Aug. 17 - A delegation was delayed', today)).toBeNull();
    expect(leadDate('The 1994 genocide in Rwanda killed 800,000 people.', today)).toBeNull();
    expect(leadDate(`${'x '.repeat(200)} on 3 March 2003`, today)).toBeNull();
    expect(leadDate('The plan ends on 1 January 2030.', today)).toBeNull();
  });
});

describe('datelineDay', () => {
  it("reads a wire dateline's day and month, in the latest year that is not after today", () => {
    expect(
      datelineDay('Talks stall\n\nCHISINAU, March 3 (Wire) - Moldova accused Russia', '2026-12-05'),
    ).toBe('2026-03-03');
    expect(datelineDay('BAGHDAD, Iraq, Aug. 17 - A delegation was delayed', '2026-12-05')).toBe('2026-08-17');
    expect(datelineDay('LONDON, 15 December (Wire) - Britain said', '2026-12-05')).toBe('2025-12-15');
    expect(datelineDay('WASHINGTON, MARCH 23 - The talks failed', '2026-12-05')).toBe('2026-03-23');
  });
  it('needs a dateline on one of the first three lines', () => {
    expect(datelineDay('The talks of March 3 failed, Moldova said.', '2026-12-05')).toBeNull();
    expect(datelineDay('Paris, March 3 is when the talks failed.', '2026-12-05')).toBeNull();
    expect(datelineDay('WASHINGTON (Reuters) - The talks failed.', '2026-12-05')).toBeNull();
    expect(datelineDay('a\nb\nc\nCHISINAU, March 3 (Wire) - Moldova said', '2026-12-05')).toBeNull();
  });
});

describe('an undated article', () => {
  it("with a dateline's day and no year reads against that day, its year moved by the offices it names", () => {
    const plain = codeArticle({
      id: 'u2',
      text: 'CHISINAU, March 3 (Wire) - Moldova expelled two Russian diplomats.',
      published: null,
    });
    expect(plain.referenceFrom).toBe('dateline');
    expect(plain.referenceDate).toMatch(/^\d{4}-03-03$/);
    const dated = codeArticle({
      id: 'u3',
      text: 'BAGHDAD, Iraq, Aug. 17 - Prime Minister Iyad Allawi accused Iran of arming militants on Monday.',
      published: null,
    });
    expect(dated.referenceFrom).toBe('people');
    expect(dated.referenceDate).toBe('2004-08-17');
    expect(dated.events[0]?.date).toBe('2004-08-16');
  });

  it("resolves relative dates against its lead's date", () => {
    const d = codeArticle({
      id: 'u1',
      text: 'WASHINGTON, Sept. 30, 2004 -- Russian troops attacked Georgian positions today.',
      published: null,
    });
    expect(d.referenceDate).toBe('2004-09-30');
    expect(d.events[0]?.date).toBe('2004-09-30');
  });
});

/** An undated article's reference date: the complete date written in its lead, else today. */
import { describe, it, expect } from 'vitest';
import { leadDate } from '../../src/nlp/lead-date.js';
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

describe('an undated article', () => {
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

/**
 * Rule families found on news Redline had not seen (world-news, long-articles), each checked on every changed event
 * of both corpora: a victim's participle in a headline, an acronym that owns a role noun, "footing" that is no alert.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('a participle of violence after its victim, before a preposition, is passive', () => {
  it('codes no act by the victim', () => {
    expect(
      ev('The Indian activist killed for asking too many questions was buried on Sunday.', '2015-03-16'),
    ).toEqual([]);
    expect(ev('Three Afghan policemen killed when a bomb exploded in Kabul.', '2015-03-16')).toEqual([]);
    expect(ev('Two Israeli soldiers wounded in Gaza clashes.', '2015-03-16')).toEqual([]);
  });
  it('keeps the active verb before a quantity or an object', () => {
    expect(ev('Israeli troops killed at least 12 Palestinians in Gaza.', '2015-03-16')).toEqual([
      'ISRMIL>PSECVL 190 actual',
    ]);
    expect(ev('Israeli troops killed as many as 12 Palestinians in Gaza.', '2015-03-16')).toEqual([
      'ISRMIL>PSECVL 190 actual',
    ]);
    expect(ev('Russian forces killed over 100 Ukrainian soldiers.', '2015-03-16')).toHaveLength(1);
  });
});

describe('an unknown acronym before a role noun owns it', () => {
  it("does not give the role the article's only country", () => {
    expect(
      ev("EC foreign ministers issued a statement deploring Japan's trade surplus.", '1987-03-16'),
    ).toEqual([]);
    expect(ev("Officials issued a statement deploring Japan's trade surplus.", '1987-03-16')).toEqual([
      'JPNGOV>- 111 actual',
    ]);
  });
  it("leaves capitalised words that are the country's own bodies alone", () => {
    expect(
      ev('MANILA, March 20 - Communist rebels killed 18 soldiers on Mindanao island.', '1987-03-20'),
    ).toEqual(['PHLREB>PHLMIL 190 actual']);
  });
});

describe('"footing"', () => {
  it('is an alert only on a war footing', () => {
    expect(ev('Moscow put its economy on a war footing.', '2022-09-21')).toEqual(['RUSGOV>- 152 actual']);
    expect(
      ev(
        'The Bank of Spain put Spanish banks on an equal footing with their European competitors.',
        '1987-03-16',
      ),
    ).toEqual([]);
  });
});

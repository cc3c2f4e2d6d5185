/**
 * Rule families found on news Redline had not seen (world-news, long-articles; earlier ones are in
 * unseen-news-rules*.test.ts), each checked on every changed event of both corpora.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('a clause joined by a comma and "and"', () => {
  it('no pattern gap crosses into it when it opens with a determiner', () => {
    expect(ev("Britain's government sought to curb spending, and the pound traded higher.")).toEqual([]);
    expect(ev('Russia will ban the party, and the exports will fall.')).toEqual(['RUSGOV>- 137 future']);
  });
  it('a list with a comma before "and" still holds the object', () => {
    expect(ev('Japan curbed imports, exports, and trade with Iran.', '1987-05-05')).toContain(
      'JPN>IRN 163 actual',
    );
  });
});

describe("a pattern's last word that modifies a measure noun", () => {
  it('"trade shortfall" is no trade', () => {
    expect(
      ev(
        'European nations and Japan believe deficit cuts are essential to curbing the record U.S. trade shortfall.',
      ),
    ).toEqual([]);
    expect(ev('Japan curbed trade with Iran.', '1987-05-05')).toEqual(['JPN>IRN 163 actual']);
  });
});

describe("a title's assault participle before a place", () => {
  it('is a passive: the victim is no attacker of the place', () => {
    expect(ev('Pakistani journalist attacked in Karachi')).toEqual([]);
    expect(ev('Indian student brutally attacked in Germany')).toEqual([]);
  });
  it('not in running text, not with a quantity, a year or a phrasal "shot at"', () => {
    expect(ev('Russia shot at a US drone over the Black Sea')).toEqual(['RUS>USA 193 actual']);
    expect(ev("Suicide bombers killed at least 22 members of Iraq's security forces yesterday")).toContain(
      'IRQMIL>IRQCOP 190 actual',
    );
  });
});

/** Verbs sharing a subject across coordination: "X said Y was Z and called on W" is X's call. */
import { describe, it, expect } from 'vitest';
import { code, brief } from '../helpers/code.js';

const ev = (text: string, published = '2024-03-15') => brief(code(text, published).events);

describe('shared subjects', () => {
  it('a verb coordinated after a report whose clause is only a copula shares the reporter as subject', () => {
    expect(
      ev('Lula said the European Union was "hypocritical" on trade and called on the United Nations to act.'),
    ).toEqual([expect.stringMatching(/^BRAGOV>UN 02\d* actual$/)]);
  });
});

describe('the subject of an infinitive after an ordinal', () => {
  it('"the second blast to strike Afghanistan" has a non-actor subject: no event; "the first US envoy to visit" has one', () => {
    expect(
      ev('A bomb exploded in Kabul on Sunday, the second deadly blast to strike Afghanistan this week.'),
    ).toEqual([]);
    expect(ev('Blinken became the first US secretary of state to visit Kyiv since the war began.')).toEqual([
      'USAGOV>UKRGOV 042 actual',
    ]);
  });
  it('"last"/"next" before a time noun are times, not ordinals: "next week to strengthen ties" keeps its subject', () => {
    expect(
      ev('Nigeria and China will sign four agreements next week to strengthen relations.').length,
    ).toBeGreaterThan(0);
  });
});

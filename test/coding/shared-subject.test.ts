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

describe('a past verb after a serial comma and a reported clause', () => {
  it('joins the reporting verb, not a name inside the report ("said buyers will add Air Canada ..., but warned")', () => {
    expect(
      ev(
        'Peter Friend of Walywn Stodgell Ltd said institutional buyers will be eager to add Air Canada to their portfolios, but warned that competition makes profit growth less certain.',
      ),
    ).toEqual([]);
    expect(
      ev(
        'Lavrov said Germany will be glad to resume talks with Kyiv, but warned that the West must stop arming Ukraine.',
      ),
    ).toContain('RUSGOV>- 012 actual');
  });
  it('a possessive determiner inside the first verb phrase keeps its subject ("renounces its US trade benefits and offers")', () => {
    expect(
      ev('Ecuador renounces its US trade benefits and offers $23 million for human rights training.'),
    ).toContain('ECUGOV>- 0331 future');
  });
  it('a bare infinitive after its verb is no conjunct ("letting go of its unit ... and has threatened")', () => {
    expect(
      ev(
        'Iran is not planning on letting go of its tankers without a fight and has threatened Britain with retaliation.',
      ),
    ).toEqual(['IRNGOV>GBR 130 threat']);
  });
});

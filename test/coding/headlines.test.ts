/**
 * Headline grammar (feed titles, link posts: text that is only a headline): comma-joined subjects, bare verbs the
 * tagger reads as nouns, orders and plans that are not yet acts. Each rule was checked on every changed event of
 * world-news and long-articles.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('two names joined by a comma before a plural verb', () => {
  it('are both the subject ("India, Pakistan exchange fire")', () => {
    expect(ev('India, Pakistan exchange fire along Kashmir border', '2019-02-27')).toEqual([
      'IND>PAK 193 actual',
      'PAK>IND 193 actual',
    ]);
    expect(ev('Russia, China veto UN resolution on Syria', '2012-02-04')).toEqual([
      'RUSGOV>UN 129 actual',
      'CHNGOV>UN 129 actual',
    ]);
  });
  it('reads a bare verb the tagger took for a noun before its object ("US, Taliban sign peace deal")', () => {
    expect(ev('US, Taliban sign peace deal', '2020-02-29')).toEqual([
      'USAGOV>AFGREB 057 actual',
      'AFGREB>USAGOV 057 actual',
    ]);
  });
  it('not a place before a singular verb, nor a compound noun that no verb starts', () => {
    expect(ev('In Moscow, Putin meets Erdogan.', '2019-01-01')).toEqual(['RUSGOV>TURGOV 040 actual']);
    expect(ev('US, China trade talks resume', '2019-01-01')).toEqual([]);
  });
});

describe('trading fire', () => {
  it('is an exchange of fire, both ways', () => {
    expect(ev('Israel and Hamas traded fire overnight.', '2021-05-12')).toEqual([
      'ISR>PSEREB 193 actual',
      'PSEREB>ISR 193 actual',
    ]);
  });
});

describe('an order to act', () => {
  it('is not the act ("Japan lifts order to shoot down missiles")', () => {
    expect(ev('Japan lifts order to shoot down North Korean missiles', '2016-11-01')).toEqual([
      'JPNGOV>- 1384 future',
    ]);
  });
  it('"in order to" is a purpose, and leaves the act it explains alone', () => {
    expect(
      ev('Egyptian soldiers fired tear gas at protesters in Cairo in order to disperse them.', '2013-07-01'),
    ).toEqual(['EGYMIL>EGYCVL 175 actual']);
  });
});

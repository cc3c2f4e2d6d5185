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

describe("a headline's verbs joined by a comma", () => {
  it('share the first verb\'s subject ("UN slams X, accuses Y")', () => {
    expect(ev("UN slams Canada's justice plan, accuses authorities of discrimination", '2012-11-10')).toEqual(
      ['UN>CANGOV 1122 actual', 'UN>CAN 111 actual'],
    );
  });
  it('not across a relative clause, a passive or a participle clause before the comma', () => {
    expect(
      ev(
        'Solidarity leader Lech Walesa, whose banned organisation has been replaced by the OPZZ, condemned the increases.',
        '1987-03-01',
      ),
    ).toContain('POLOPP>- 111 actual');
  });
});

describe('a country named before a blast or a measure against a country', () => {
  it('is where the blast happened, with modifiers between ("Libya deadly car bomb kills several")', () => {
    expect(ev('Libya deadly car bomb near Benghazi hospital kills several', '2013-09-01')).toEqual([]);
  });
  it('is the target of a boycott, not its agent, unless the target follows ("US embargo against Cuba")', () => {
    expect(ev('Oxford students overwhelmingly vote down Israel boycott', '2013-01-01')).toEqual([]);
    expect(
      ev('Time to end it, says United Nations on United States embargo against Cuba', '2011-10-25'),
    ).toContain('USA>CUB 163 actual');
  });
});

describe('a gerund with "of" right after a verb', () => {
  it('is the verb\'s object, no act of its subject ("Hamas condemns killing of bin Laden")', () => {
    expect(ev('Hamas condemns killing of bin Laden', '2011-05-02')).toEqual(['PSEREB>- 111 actual']);
    // a verb that continues the act keeps it
    expect(ev('Russia resumed shelling of Kharkiv.', '2022-05-02')).toEqual(['RUS>UKRCVL 194 actual']);
  });
});

describe('demands with a bare verb (subjunctive)', () => {
  it('ask the act of its subject, who has not done it', () => {
    expect(ev('French lawmakers demand France grant asylum to Edward Snowden', '2013-07-01')).toEqual([
      'FRALEG>FRA 103 actual',
    ]);
    expect(ev('The senators insisted that Obama withdraw the troops from Iraq.', '2010-01-01')).toEqual([
      'USAGOV>IRQMIL 0874 hypothetical',
    ]);
  });
});

describe('modality scope and cues', () => {
  it('a negation does not reach past a subordinator ("won\'t go ahead after Canadians opposed it")', () => {
    expect(ev("The bill won't go ahead after Canadians opposed it.", '2013-02-11')).toEqual([
      'CANCVL>- 110 actual',
    ]);
  });
  it('"expects to" is a plan', () => {
    expect(ev('Ukraine expects to sign cooperation accord with EU', '2013-08-01')).toEqual([
      'UKRGOV>EU 032 future',
    ]);
  });
});

describe('headline plans and vows', () => {
  it('"<noun> to visit" and "to be granted" are to come', () => {
    expect(
      ev("North Korean Women's Football team to visit South Korea for Women's East Asian Cup", '2013-07-01'),
    ).toEqual(['PRKCVL>KOR 036 future']);
    expect(ev('Taiwan to be granted fishing rights by Japan.', '2013-04-10')).toEqual([
      'JPNGOV>TWN 035 future',
    ]);
  });
  it('an attack someone vows is a threat ("N. Korea vows blitz attack on S. Korea")', () => {
    expect(ev("In 'ultimatum,' N. Korea vows blitz attack on S. Korea", '2012-04-23')).toEqual([
      'PRKGOV>KOR 1384 future',
    ]);
  });
  it('a singular head noun before an -s verb and a name: "military chief visits China"', () => {
    expect(ev('South Korean military chief visits China to deepen defense ties', '2013-06-01')).toContain(
      'KORMIL>CHN 042 actual',
    );
  });
});

describe('names that are not the actors they look like', () => {
  it("another country's town named as a capital (\"Lebanon's Tripoli\") is that country's place", () => {
    expect(ev("Four dead in Lebanon's Tripoli, shots fired at Sidon cleric", '2013-06-01')).toEqual([]);
  });
  it('a modifier in a "by" phrase is no agent ("by US-supported dictator")', () => {
    expect(ev('70 striking oil workers killed in Kazakhstan by US-supported dictator', '2012-01-01')).toEqual(
      [],
    );
  });
  it('a participle modifying a noun has no agent but a "by" phrase ("release detained U.S. citizen")', () => {
    expect(
      ev('U.S. calls on North Korea to release detained U.S. citizen Kenneth Bae', '2013-07-01'),
    ).toEqual(['USAGOV>PRK 0253 actual']);
    // ... and is no verb of a coordinated clause: "condemned reported actions by Rwanda ... and demanded"
    expect(
      ev(
        'The UN Security Council condemned reported military actions by Rwanda in Congo and demanded the country immediately withdraw its troops.',
        '2004-12-01',
      ),
    ).toContain('UNSC>RWAMIL 106 actual');
  });
});

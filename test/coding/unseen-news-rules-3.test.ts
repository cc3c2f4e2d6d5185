/**
 * Rule families found on news Redline had not seen (world-news, long-articles; earlier ones are in
 * unseen-news-rules.test.ts and unseen-news-rules-2.test.ts), each checked on every changed event of both corpora.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe("the pattern's own counterpart noun", () => {
  it('people of no known country after "with" are the other side; an actor further on is not', () => {
    expect(
      ev(
        'Mourners clashed with police at a Hamas funeral, Israeli and Egyptian officials said.',
        '2014-05-05',
      ),
    ).toEqual(['PSECVL>- 145 actual']);
    expect(ev('Students clashed with Egyptian police at a funeral in Cairo.', '2014-05-05')).toEqual([
      'EGYEDU>EGYCOP 145 actual',
    ]);
  });
});

describe('a by-phrase that belongs to a noun', () => {
  it("after a noun a non-locative preposition governs, it is that noun's agent, not the passive's", () => {
    expect(
      ev(
        'The cleric was prevented from leading a protest against alleged abuses by Indian soldiers.',
        '2010-05-05',
      ),
    ).not.toContain('INDMIL>- 1721 actual');
    expect(ev('The cleric was prevented from leading a protest by Indian soldiers.', '2010-05-05')).toEqual([
      'INDMIL>- 1721 actual',
    ]);
  });
  it('a time phrase before "by" leaves the agent', () => {
    expect(ev('The town was shelled over the weekend by Russian forces.', '2023-05-05')).toEqual([
      'RUSMIL>- 194 actual',
    ]);
  });
});

describe('intent cues and adverbs', () => {
  it('adverbs between an intent verb and its "to" keep the intent', () => {
    expect(ev('Seoul wants very much to lift the trade restrictions on Japan.', '2019-05-05')).toEqual([
      'KORGOV>JPN 0351 future',
    ]);
    expect(ev('Seoul wants to lift the trade restrictions on Japan.', '2019-05-05')).toEqual([
      'KORGOV>JPN 0351 future',
    ]);
  });
  it('"not only" adds an act, it does not deny it', () => {
    expect(
      ev('The rebels not only attacked the Ugandan army but also kidnapped aid workers.', '2003-05-05'),
    ).toEqual(['UGAREB>- 181 actual', 'UGAREB>UGAMIL 190 actual']);
    expect(ev('The rebels did not attack the Ugandan army.', '2003-05-05')).toEqual([
      'UGAREB>UGAMIL 190 negated',
    ]);
  });
});

describe('means gerunds after "by"', () => {
  it('a gerund wink tags as a noun is the verb before its object, and the subject of the verb before "by" acts', () => {
    expect(
      ev('Israel responded to the rocket fire by bombing Hamas positions in Gaza.', '2014-05-05'),
    ).toEqual(['ISR>PSEREB 195 actual']);
    // (no object: the noun stays a noun)
    expect(ev('Five people were killed by bombing on Monday.', '2014-05-05')).toEqual([]);
  });
  it("shares the modality of the verb it is the means of, however far back ('would respond ... by hitting')", () => {
    expect(
      ev(
        "He predicted the United States would respond to any future major Iranian challenges by hitting Iran's naval base.",
        '1987-05-05',
      ),
    ).toEqual(['USAGOV>IRN 1384 future']);
  });
});

describe('names that hold a country adjective', () => {
  it('"the Indian Ocean" is no place of India', () => {
    expect(ev('The Pentagon has moved 18 warships into the northern Indian Ocean.', '1987-05-05')).toEqual([
      'USAMIL>- 154 actual',
    ]);
  });
  it("the US trade envoy is the government's, not a member of the House; a company's subsidiary is a business", () => {
    expect(
      ev('U.S. Trade Representative Clayton Yeutter criticised Japanese trade barriers.', '1987-05-05'),
    ).toEqual(['USAGOV>JPN 111 actual']);
    expect(ev("The firm's U.S. subsidiary sued the Swiss bank on Monday.", '1987-05-05')).toEqual([
      'USABUS>CHEBUS 115 actual',
    ]);
  });
});

describe('objects that are no party to the act', () => {
  it('an actor after "without" or "despite" is no target', () => {
    expect(
      ev('The president may intervene militarily anywhere without the consent of Congress.', '2013-05-05'),
    ).toEqual(['USAGOV>- 190 hypothetical']);
    expect(ev('Israel bombed Gaza despite US objections.', '2014-05-05')).toEqual(['ISR>PSECVL 195 actual']);
  });
  it('people of no known country an appeal tells to act are its addressee; after other acts "to" is a purpose', () => {
    expect(ev('The UN urges Jewish settlers to stop attacking Palestinian civilians.', '2011-05-05')).toEqual(
      ['UN>- 020 actual'],
    );
    // (the target search goes on past the uncoded object of a threat)
    expect(
      ev('Reagan is ready to use military force to protect Kuwaiti tankers.', '1987-05-05'),
    ).not.toContain('USAGOV>- 138 future');
  });
});

describe('forbidden acts', () => {
  it('an act a forbidding verb forbids its object is not done', () => {
    expect(ev('The Dutch parliament prohibits the government to ratify the treaty.', '2012-05-05')).toEqual([
      'NLDLEG>- 057 negated',
    ]);
  });
  it('after other verbs "to" is a purpose: the act is not forbidden (pledged, as its verb is)', () => {
    expect(ev('Egypt has pledged to restrain output to support OPEC.', '1987-05-05')).toContain(
      'EGYGOV>OPEC 032 future',
    );
  });
});

describe('progressive forms wink tags as nouns', () => {
  it('an -ing word after "be" or an aspect verb before an object is the verb', () => {
    expect(ev('Israel is bombing Hamas positions in Gaza.', '2014-05-05')).toEqual(['ISR>PSEREB 195 actual']);
  });
});

describe('participle phrases on a subject', () => {
  it("a past participle with its preposition after the clause's first actor holds no subject of the verb", () => {
    expect(
      ev(
        'Iraqi protesters angered at the sacking of a Kurdish governor attacked Turkish trucks.',
        '2004-05-05',
      ),
    ).toEqual(['IRQCVL>TUR 190 actual']);
  });
  it('not across a subordinator, and not after a phrase with no actor', () => {
    expect(
      ev('German intelligence cooperated with NSA as Merkel denied any role, officials said.', '2013-07-07'),
    ).toContain('DEUGOV>- 016 actual');
    expect(
      ev('Under a contract signed in February the Saudis agreed to supply oil to Brazil.', '1987-05-05'),
    ).toContain('SAUCVL>BRA 031 future');
  });
});

describe('appeals that tell someone to act', () => {
  it('what follows the "to" of "urge X to" is the content, not the addressee', () => {
    expect(
      ev(
        "Blair urged a divided world to unite in the wake of President Bush's election victory.",
        '2004-11-05',
      ),
    ).toEqual(['GBRGOV>- 020 actual']);
  });
});

describe('pronouns in a relative clause of saying', () => {
  it('"X, who has said he could ..." gives "he" the relative\'s head', () => {
    expect(
      ev(
        'Howard will not follow Tony Blair, who has said he could apologize for the faulty evidence.',
        '2004-11-05',
      ),
    ).toEqual(['GBRGOV>- 055 hypothetical']);
  });
});

describe('headline victims', () => {
  it("an adjective-tagged head after a possessor's noun is the subject a passive participle tells of", () => {
    expect(ev("Pakistan president's security chief killed in suicide attack", '2013-07-07')).toEqual([]);
  });
});

describe('attempts under way', () => {
  it('a cooperative act someone is trying to do is intended, not done', () => {
    expect(ev('Italy has been trying to mediate between Serbia and Kosovo.', '2012-05-05')).toContain(
      'ITAGOV>SRB 036 future',
    );
  });
  it('an attempt at force is no threat to use it', () => {
    expect(ev('Georgian forces are trying to storm South Ossetian positions.', '2008-08-05')).toEqual([
      'GEOMIL>- 190 actual',
    ]);
  });
});

describe('what a pattern may span', () => {
  it("a bare threat verb's object is its content, no act of its own", () => {
    expect(
      ev(
        'U.S. officials have accused Tokyo of breaking the accord and have threatened retaliatory action.',
        '1987-05-05',
      ),
    ).toEqual(['USAGOV>JPNGOV 112 actual', 'USAGOV>JPNGOV 130 threat']);
  });
  it('no gap crosses a subordinator that opens a clause', () => {
    expect(
      ev(
        'U.S. officials did not make such an offer when they held grain talks with Soviet officials.',
        '1987-05-05',
      ),
    ).not.toContain('USAGOV>RUSGOV 036 negated');
  });
});

describe('subjects of headlines and act nouns', () => {
  it("a headline's comma-joined verb shares the subject of an appeal verb before it", () => {
    expect(ev('EU urges Serbia to mend Kosovo ties, criticizes Turkey', '2012-10-10')).toContain(
      'EU>TUR 111 actual',
    );
  });
  it('an act noun heading a chain of "of" phrases is the subject, not the actor at its end', () => {
    expect(
      ev(
        'The arrest of a commander of the Iraqi National Guard raises concerns about the new forces.',
        '2004-10-10',
      ),
    ).toEqual([]);
    // (people the lexicon has no noun for still lead to theirs)
    expect(ev('A majority of Australians oppose the Iraq war.', '2004-10-10')).toEqual([
      'AUSCVL>IRQ 110 actual',
    ]);
  });
});

describe('launching what is no weapon', () => {
  it('a satellite or a campaign launched "on" someone is no attack', () => {
    expect(ev('Japan to launch spy satellite to keep an eye on North Korea', '2013-05-05')).toEqual([]);
    expect(ev('North Korea launched missiles at Japan.', '2013-05-05')).toEqual(['PRK>JPN 195 actual']);
  });
});

describe('harm participles that end a headline', () => {
  it('"X Murdered" is what happened to X, not what X did', () => {
    expect(ev("China's Toxic Milk Whistleblower Murdered", '2010-05-05')).toEqual([]);
    // (a question's fronted object keeps its active verb)
    expect(ev("Just how many people have America's drones killed?", '2013-05-05')).toEqual([
      'USAMIL>- 190 actual',
    ]);
  });
});

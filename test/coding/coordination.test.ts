/**
 * Coordinated verbs and the objects of answering verbs: later infinitives read the first one's cue, a serial comma
 * before "and" still joins two verbs of one subject, a request someone answers is not the answerer's, and the
 * pattern's own noun for the source's forces is no target. Each rule was checked on every changed event of
 * world-news and long-articles.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('coordinated infinitives', () => {
  it('share the cue before the first one ("vowed to seize X, to attack Y")', () => {
    expect(ev('Putin vowed to seize Kharkiv, to attack Kyiv and to punish Ukraine.', '2023-01-01')).toEqual([
      'RUSGOV>UKR 1382 future',
      'RUSGOV>UKRGOV 1384 future',
    ]);
    expect(ev('Russia wants to seize Kharkiv and to attack Kyiv.', '2023-01-01')).toEqual([
      'RUSGOV>UKR 1382 future',
      'RUSGOV>UKRGOV 1384 future',
    ]);
  });
  it('read a bare second verb the tagger took for a noun ("plans to seize Kharkiv and attack Kyiv")', () => {
    expect(ev('Russia plans to seize Kharkiv and attack Kyiv.', '2023-01-01')).toEqual([
      'RUSGOV>UKR 1382 future',
      'RUSGOV>UKRGOV 1384 future',
    ]);
  });
  it('not an inflected verb after the conjunction: it is a clause of its own', () => {
    // (Kyiv is the attack's target only: see "a verb phrase coordinated after the object")
    expect(ev('Russia agreed to free prisoners, and attacked Kyiv.', '2023-01-01')).toEqual([
      'RUSGOV>- 0353 future',
      'RUS>UKRCVL 190 actual',
    ]);
  });
});

describe('a serial comma before "and"', () => {
  it('joins two verbs of one subject', () => {
    expect(ev('Russia freed prisoners, and attacked Kyiv.', '2023-01-01')).toEqual([
      'RUSGOV>- 0841 actual',
      'RUS>UKRCVL 190 actual',
    ]);
  });
  it('not when the verb before it is inside another clause ("to be suspended, and has asked")', () => {
    expect(
      ev(
        'Ecuador expects oil production to be suspended for four months, and has asked Venezuela to help by supplying oil.',
        '1987-03-20',
      ),
    ).toEqual(['ECUGOV>VEN 023 actual']);
  });
});

describe('requests and offers that someone answers', () => {
  it('are not the answerer’s own ("rejected calls for", "accepted an offer of")', () => {
    expect(ev('Zelensky rejected calls for talks with Russia.', '2023-01-01')).toEqual([
      'UKRGOV>RUS 125 actual',
    ]);
    expect(ev('Ukraine accepted an offer of aid from Poland.', '2023-01-01')).toEqual([
      'POLGOV>UKR 070 actual',
    ]);
  });
  it('while a renewed call is the subject’s', () => {
    expect(ev('Ukraine renewed calls for sanctions on Russia.', '2023-01-01')).toEqual([
      'UKRGOV>RUS 020 actual',
    ]);
  });
});

describe('the source’s own forces named by the pattern', () => {
  it('are no target ("Mexico sent troops to Africa")', () => {
    expect(ev('Mexico sent troops to Africa.', '2023-01-01')).toEqual(['MEX>AFR 154 actual']);
  });
  it('but another side’s of the same country are ("rebels killed 18 soldiers")', () => {
    expect(ev('Communist rebels killed 18 soldiers on Mindanao island.', '1987-03-20')).toEqual([
      'PHLREB>PHLMIL 190 actual',
    ]);
  });
});

describe('regions', () => {
  it('Central America is Latin America, not the United States', () => {
    expect(ev('Mexico sent troops to Central America.', '2023-01-01')).toEqual(['MEX>LAM 154 actual']);
    expect(ev('The United States sent aid to East Africa.', '2023-01-01')).toEqual(['USAGOV>EAF 070 actual']);
  });
});

describe('modality read off the object and predictions', () => {
  it('a verb whose object is "no" thing did not happen', () => {
    expect(ev('Israel made no concessions to the Palestinians.', '2023-01-01')).toEqual([
      'ISRGOV>PSECVL 080 negated',
    ]);
    expect(ev('Israel made concessions to the Palestinians.', '2023-01-01')).toEqual([
      'ISRGOV>PSECVL 080 actual',
    ]);
  });
  it('"certain to" is a prediction, not an act', () => {
    expect(ev('Italy and the Netherlands were certain to oppose the plan.', '1987-03-05')).toEqual([
      'ITAGOV>- 110 future',
      'NLDGOV>- 110 future',
    ]);
  });
});

describe('a long first conjunct', () => {
  it('still gives its subject to the verb after ", and has" ("has accused Japan of ..., and has threatened")', () => {
    expect(
      ev(
        'Washington has accused Japan of reneging on the deal by selling low priced chips in Asia and by failing to boost American imports, and has threatened to take retaliatory action.',
        '1987-03-23',
      ),
    ).toEqual(['USAGOV>JPN 112 actual', 'USAGOV>JPN 130 threat']);
  });
});

describe('a condition with an aside between dashes', () => {
  it('takes the aside in: its acts are the condition’s, not the main clause’s', () => {
    expect(
      ev(
        "But if Washington seizes the initiative with bolder steps -- such as mining Iran's harbors, blockading its shipping, or destroying key bases -- it could find itself in a major war.",
        '1987-10-19',
      ),
    ).toEqual([]);
    expect(ev('If Israel attacks Iran — as many expect — Tehran will retaliate.', '2024-10-01')).toEqual([
      'IRNGOV>ISR 130 conditional',
    ]);
  });
});

describe('what a condition does not govern', () => {
  it('a fact told in the past ("a measure that has been rejected by the European Parliament")', () => {
    expect(
      ev(
        'If it gets its way, the Dutch government will push through a measure that has been rejected by the European Parliament.',
        '2004-12-01',
      ),
    ).toEqual(['EULEG>NLDGOV 120 actual']);
  });
  it('a clause before "but" or a purpose clause opened by "so"', () => {
    expect(
      ev(
        'The Tories have called for a change in the law so householders are only prosecuted if they use force.',
        '2005-02-01',
      ),
    ).toEqual(['GBRPTY>- 020 actual']);
  });
  it('while a warning or threat whose complement holds it stays conditional', () => {
    expect(ev('Putin warned that Russia would strike if Ukraine attacked Crimea.', '2023-12-01')).toEqual([
      'RUSGOV>UKR 012 conditional',
    ]);
    expect(
      ev('Iran threatened to close the Strait of Hormuz if the US imposed sanctions.', '2023-12-01'),
    ).toEqual(['IRNGOV>USA 130 conditional']);
  });
});

describe('subjects meeting at a gathering', () => {
  it('meet one another, not the body that holds it ("met on the sidelines of the APEC summit")', () => {
    expect(
      ev(
        'Chinese President Xi Jinping and US President Joe Biden met on the sidelines of the APEC summit in Lima.',
        '2024-11-20',
      ),
    ).toEqual(['CHNGOV>USAGOV 044 actual', 'USAGOV>CHNGOV 044 actual']);
  });
  it('while one who joins or snubs a body’s meeting acts on the body', () => {
    expect(ev('Italy refused to join a G-7 meeting in Paris.', '1987-04-01')).toEqual([
      'ITAGOV>G7 125 actual',
    ]);
  });
});

describe('a document’s act', () => {
  it('takes the modality of the verb that issues it ("failed to adopt a resolution demanding a ceasefire")', () => {
    expect(
      ev(
        'The United Nations Security Council failed to adopt a resolution demanding a ceasefire in Gaza.',
        '2024-11-20',
      ),
    ).toEqual(['UNSC>- 107 negated']);
    expect(
      ev('The UN Security Council adopted a resolution demanding a ceasefire in Gaza.', '2024-11-20'),
    ).toEqual(['UNSC>- 107 actual']);
  });
});

describe('a verb coordinated after a perfect inside a report', () => {
  it('shares the perfect’s subject, not the actor in its object ("said it had detected Chinese warships and condemned")', () => {
    expect(
      ev(
        "Taiwan's defence ministry said it had detected 25 Chinese warships near the island and condemned the drills.",
        '2024-10-14',
      ),
    ).toEqual(['TWNMIL>- 111 actual']);
  });
  it('and a reporting verb’s own conjunct after a present verb stays the reporter’s', () => {
    expect(
      ev(
        'Britain said the pact imposes sacrifices on Japan and praised the Japanese negotiators.',
        '1987-03-01',
      ),
    ).toContain('GBRGOV>JPNGOV 051 actual');
  });
});

describe('a verb phrase coordinated after the object', () => {
  it('holds its own object: no target of the first verb ("signed the treaty and later attacked Syria")', () => {
    expect(ev('Turkey signed the treaty and later attacked Syria.', '2022-03-01')).toEqual([
      'TURGOV>- 057 actual',
      'TUR>SYR 190 actual',
    ]);
    expect(ev('Iran denied the reports and warned Kuwait.', '2022-03-01')).toContain('IRNGOV>- 016 actual');
  });
  it('but nouns after "and" stay the first verb’s ("sent aid and supplies to Ukraine")', () => {
    expect(ev('Britain sent aid and supplies to Ukraine.', '2022-03-01')).toEqual(['GBRGOV>UKR 070 actual']);
  });
});

describe('"and" before a new clause\'s subject and its verb', () => {
  it('ends the object: the conjunct after it is no second object ("struck a Syrian base and Iran condemned")', () => {
    expect(ev('Israel struck a Syrian base and Iran condemned the attack.')).toEqual([
      'IRNGOV>ISR 111 actual',
      'ISR>SYR 190 actual',
    ]);
    expect(ev('The US imposed sanctions on Russia and China said it would respond.').join()).not.toMatch(
      /USA>CHN/,
    );
  });
  it('ends the clause before it: the object there is no second subject ("killed a scientist and Iran threatens")', () => {
    expect(
      ev('A bomb killed an Iranian nuclear scientist and Iran threatens to close off a key waterway.'),
    ).toEqual(['IRNGOV>- 130 threat']);
    expect(ev('Police arrested two French journalists and France protested to Ankara.')).toEqual([
      'FRAGOV>TURGOV 114 actual',
    ]);
  });
  it('but a list that is one subject of a plural verb, or follows a verb of saying, stays one', () => {
    expect(ev('Britain welcomed news that the Gates Foundation and Norway are joining up.')).toContain(
      'GBRGOV>NOR 051 actual',
    );
    expect(ev('Officials said Russia and China agreed to expand trade.')).toEqual([
      'RUSGOV>CHNGOV 0311 future',
      'CHNGOV>RUSGOV 0311 future',
    ]);
    expect(ev('Russia attacked Ukraine and Georgia in the past.')).toEqual([
      'RUS>UKR 190 actual',
      'RUS>GEO 190 actual',
    ]);
  });
});

describe('a subject list closed by "and others"', () => {
  it('keeps all its names ("Mexico, Colombia, Argentina and others rejected")', () => {
    expect(ev('Mexico, Colombia, Argentina and others rejected such action.', '1987-03-01')).toEqual([
      'MEXGOV>- 120 actual',
      'COLGOV>- 120 actual',
      'ARGGOV>- 120 actual',
    ]);
    expect(ev('France, Germany and other countries condemned the attack.', '2024-03-01')).toEqual([
      'FRAGOV>- 111 actual',
      'DEUGOV>- 111 actual',
    ]);
  });
});

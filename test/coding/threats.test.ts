/** Threats of force in their grammatical disguises: inverted conditions, litotes, "not ruling out", strike back. */
import { describe, it, expect } from 'vitest';
import { code, brief } from '../helpers/code.js';

const ev = (text: string, published = '2024-03-15') => brief(code(text, published).events);

describe('threats: inverted conditions', () => {
  it('"Were X to …, Y would …" is a conditional threat, and the condition is no act of its own', () => {
    const d = code('Were Azerbaijan to attack Armenian villages, Yerevan would strike back.', '2024-03-15');
    expect(brief(d.events)).toEqual(['ARMGOV>AZE 130 conditional']);
    expect(d.events[0].condition?.text).toBe('Were Azerbaijan to attack Armenian villages');
  });
  it('"Had X …, Y would have …" likewise', () => {
    const d = code('Had Belgrade sent troops into Kosovo, NATO would have retaliated.', '2024-03-15');
    expect(d.events.map((e) => e.modality)).toEqual(['conditional']);
    expect(d.events[0].condition?.text).toBe('Had Belgrade sent troops into Kosovo');
  });
  it('after a wire dateline too', () => {
    const d = code(
      'MOSCOW, March 1 (Wire) - Were NATO to send troops to Ukraine, Russia would strike back.',
      '2024-03-01',
    );
    expect(d.events.map((e) => `${e.code} ${e.modality} ${e.condition?.text}`)).toEqual([
      '130 conditional Were NATO to send troops to Ukraine',
    ]);
  });
  it('an "if" clause right after a wire dateline ends at its comma: the main clause after it is the threat', () => {
    const d = code('ANKARA, May 2 (Wire) - If Greece arms the islands, Turkey will use force.', '2024-05-02');
    expect(d.events.map((e) => `${e.code} ${e.modality} ${e.condition?.text}`)).toEqual([
      '138 conditional If Greece arms the islands',
    ]);
  });
  it('a clause-initial "were" or "had" without an inverted subject is no condition', () => {
    expect(
      ev('They were to meet Serbian officials in Brussels on Monday.').some((e) => e.includes('conditional')),
    ).toBe(false);
  });
});

describe('threats: force announced', () => {
  it('"will use force if …" and "would not hesitate to use force" threaten force (138)', () => {
    expect(ev('Beijing will use force if Taipei declares independence.')).toEqual([
      'CHNGOV>TWNGOV 138 conditional',
    ]);
    expect(ev('Moscow would not hesitate to use force against Georgia.')).toEqual(['RUSGOV>GEO 138 future']);
  });
  it('force used is not a threat, and a verb "force" is not force', () => {
    expect(
      ev('Serbian police used force to disperse the crowd in Belgrade.').some((e) => / 138 /.test(e)),
    ).toBe(false);
    expect(ev('Militants are willing to use violence to force the United States out of Syria.')).toEqual([]);
  });
  it('"strike back" announced is a threat; done, it is not one', () => {
    expect(ev('Tehran will hit back hard if Israel strikes Iranian soil.')).toEqual([
      'IRNGOV>ISR 130 conditional',
    ]);
    expect(ev('The minister hit back at critics of the Iran deal.').some((e) => / 130 /.test(e))).toBe(false);
    expect(ev('Israel struck back at Gaza on Sunday.').some((e) => / 130 /.test(e))).toBe(false);
  });
});

describe('threats: forces sent to a country', () => {
  it('are no threat to it: a future deployment there stays a deployment (154)', () => {
    expect(ev('Britain will deploy troops to Estonia next year.')).toEqual(['GBR>EST 154 future']);
    expect(ev('The US plans to send 3,000 troops to neighbouring Poland.')).toEqual(['USA>POL 154 future']);
    expect(ev('Russia will deploy troops in Belarus.')).toEqual(['RUS>BLRMIL 154 future']);
  });
  it('but forces sent "into" a country, massed on its border or deployed against it threaten it (138)', () => {
    expect(ev('Russia will send troops into Ukraine.')).toEqual(['RUSGOV>UKR 138 future']);
    expect(ev('Russia will mass troops on the border with Ukraine.')).toEqual(['RUSGOV>UKR 138 future']);
    expect(ev('The US will deploy missiles against Iran.')).toEqual(['USAGOV>IRN 138 future']);
  });
  it('a threat against "any deployment of X to Y" or "any visit by X" is against X, the actor of the act', () => {
    const threat = (text: string) => ev(text).filter((e) => / 13\d /.test(e));
    expect(
      threat(
        'Moscow warned that any deployment of Western troops to Ukraine would trigger a military response.',
      ),
    ).toEqual(['RUSGOV>WSTMIL 138 conditional']);
    expect(
      threat('China warned that any visit by US officials to Taiwan would provoke a strong reaction.'),
    ).toEqual(['CHNGOV>USAGOV 130 conditional']);
  });
});

describe('modality: negations that assert or leave open', () => {
  it('"would not hesitate to retaliate" asserts the act (litotes), not its negation', () => {
    expect(ev('Pyongyang said it would not hesitate to retaliate against Seoul.')).toEqual([
      expect.stringMatching(/^PRKGOV>KOR\w* 13\d* (future|threat)$/),
    ]);
  });
  it('"did not rule out sanctions" leaves them open; "refused to rule out" is no refusal', () => {
    expect(ev('The EU did not rule out new sanctions against Belarus.')).toEqual(['EU>BLR 163 hypothetical']);
    expect(
      ev('Washington refused to rule out strikes on Iranian nuclear sites.').some((e) => / 12\d* /.test(e)),
    ).toBe(false);
  });
});

describe('threats: conditions and their clauses', () => {
  it('a condition after "and warned that" belongs to the warning, not to the accusation before it', () => {
    const out = ev(
      'Beijing accused Manila of provocations in the Spratlys and warned that Beijing would take all necessary measures if Manila continued them.',
    );
    expect(out.filter((e) => / 11\d* /.test(e))).toEqual([
      expect.stringMatching(/^CHNGOV>PHLGOV 11\d* actual$/),
    ]);
    expect(out).toContain('CHNGOV>PHLGOV 130 conditional');
  });
  it('a scare quote does not cut the pattern: \'would take "all necessary measures" if …\'', () => {
    expect(ev('Beijing said it would take "all necessary measures" if Manila sent more ships.')).toContain(
      'CHNGOV>PHLGOV 130 conditional',
    );
    // without a condition, or with one no actor must meet, it is no threat
    expect(ev('The ministry will take all necessary measures to protect citizens abroad.')).toEqual([]);
    expect(
      ev('Germany will take all necessary measures if inflation keeps rising, the minister said.'),
    ).toEqual([]);
  });
  it("widening an armed campaign is force; a business's operations are not", () => {
    expect(ev('Unless Hamas frees the hostages, Israel will expand its ground operation in Rafah.')).toEqual([
      expect.stringMatching(/^ISR\w* ?>PSE\w* 138\d? conditional$/),
    ]);
    expect(ev('The company will expand its operations in India.')).toEqual([]);
  });
});

describe('official protest: a government protesting complains officially (114), not a demonstration (141)', () => {
  it('"summoned the envoy to protest" and "the government protested against"', () => {
    expect(ev('The Czech government protested against the expulsion of its diplomats by Russia.')).toContain(
      'CZEGOV>RUS 114 actual',
    );
    expect(ev('Students protested in Prague on Sunday.').every((e) => / 14\d* /.test(e))).toBe(true);
  });
});

describe('threats: a threat noun after a light verb', () => {
  it('"will take countermeasures" is the subject\'s threat', () => {
    expect(ev('Beijing will take countermeasures against the United States.')).toEqual([
      'CHNGOV>USA 130 threat',
    ]);
    expect(ev('Beijing will take countermeasures if Washington imposes new tariffs.')).toEqual([
      'CHNGOV>USAGOV 130 conditional',
    ]);
  });
});

describe('force: "strike" with an actor right after it', () => {
  it('"struck Hezbollah overnight" is force; "will strike Iran if …" a conditional threat of it', () => {
    expect(ev('Israel struck Hezbollah overnight.')).toEqual(['ISR>LBNREB 190 actual']);
    expect(ev('Israel will strike Iran if it attacks.')).toEqual([
      expect.stringMatching(/^ISR\w*>IRN 138\d conditional$/),
    ]);
  });
  it('"struck a deal", "struck down the law", "the earthquake struck Japan" are no force', () => {
    expect(ev('Serbia struck a deal with Kosovo on Monday.').some((e) => / 19\d* /.test(e))).toBe(false);
    expect(ev('The court struck down the law on Monday.')).toEqual([]);
    expect(ev('A powerful earthquake struck Japan on Monday.')).toEqual([]);
  });
});

describe('bids: blocking one is a veto, and the act a bid aims at is not done', () => {
  it('"blocked Sweden\'s bid to join NATO" is a veto of Sweden, and no accession', () => {
    expect(ev("Turkey blocked Sweden's bid to join NATO.")).toEqual(['TURGOV>SWE 129 actual']);
  });
  it('"Ukraine\'s bid to join the EU" is an intention, not a membership', () => {
    expect(
      ev("Ukraine's bid to join the EU gained support in Brussels.").some((e) => e.endsWith(' actual')),
    ).toBe(false);
  });
});

describe('threats: "would consider any X an act of war"', () => {
  it('whoever says so threatens war (138) against the side the condition names', () => {
    expect(ev('Russia has warned that it would consider any strike on Crimea an act of war.')).toContain(
      'RUSGOV>UKR 138 future',
    );
    expect(ev('The court considered the act of war defence in 1999.')).toEqual([]);
  });
});

describe('passives: a place inside a prepositional phrase is not what undergoes the act', () => {
  it('"an Irish aid worker, missing in Kabul since May, was kidnapped by …" keeps the place out of the target', () => {
    const out = ev('An Irish aid worker, missing in Kabul since May, was kidnapped by a Taliban group.');
    expect(out.some((e) => />AFG/.test(e))).toBe(false);
  });
});

describe('threats: "will not tolerate"', () => {
  it('a negated future of tolerating is a threat; tolerating, or not having tolerated, is none', () => {
    expect(ev('China will not tolerate any interference by the United States.', '2005-06-02')).toEqual([
      'CHNGOV>USA 130 threat',
    ]);
    expect(ev('Moscow tolerated the protests.', '2005-06-02')).toEqual([]);
    expect(ev('Egypt did not tolerate dissent.', '2005-06-02')).toEqual([]);
  });
});

describe('threats: "will not go unanswered"', () => {
  it('a negated future of going unanswered or unpunished is a threat; a past one is nothing', () => {
    expect(ev('Iran said the attack on its consulate would not go unpunished.')).toEqual([
      'IRNGOV>- 130 threat',
    ]);
    expect(
      ev('"We will not allow this provocation to go unanswered," Chinese Defence Minister Dong Jun said.'),
    ).toEqual(['CHNMIL>- 130 threat']);
    expect(ev('The killing of the journalist in Moscow went unpunished.')).toEqual([]);
  });
});

describe('threatening someone with an attack', () => {
  it('takes its code from what one is threatened with, and codes no second act from it', () => {
    expect(ev('North Korea threatened New Zealand with a nuclear strike.', '2013-04-01')).toEqual([
      'PRKGOV>NZL 1385 threat',
    ]);
    expect(ev('Israel threatened Gaza with a new war.', '2012-04-01')).toEqual(['ISRGOV>PSE 1384 threat']);
  });
});

describe('troops ordered to a border', () => {
  it('are a deployment against the neighbour named with the border', () => {
    expect(ev('Venezuela’s president ordered troops to the border with Guyana.', '2024-01-20')).toEqual([
      'VENGOV>GUY 154 actual',
    ]);
  });
  it('but not an order to leave it', () => {
    expect(
      ev('Putin ordered troops to withdraw from the border with Finland.', '2024-01-20'),
    ).not.toContainEqual(expect.stringMatching(/ 154 /));
  });
});

describe('threats: "will become legitimate targets"', () => {
  it('threatens the subject with force on the speaker’s behalf, with the condition when there is one', () => {
    const d = code(
      '"If NATO countries send their soldiers to Ukraine, they will become legitimate targets," Lavrov told reporters.',
      '2024-03-03',
    );
    const e = d.events.find((x) => x.code === '138')!;
    expect([e.source?.code, e.target?.code, e.modality]).toEqual(['RUSGOV', 'NATO', 'conditional']);
    expect(e.condition?.text).toBe('If NATO countries send their soldiers to Ukraine');
    expect(
      ev('Russian officials said Western instructors in Ukraine would be legitimate targets.', '2024-03-03'),
    ).toEqual(['RUSGOV>WST 138 future']);
  });
  it('but a statement about what was hit is none', () => {
    expect(ev('The army said the buildings were legitimate targets.', '2024-03-03')).toEqual([]);
  });
});

describe('threats: an object after "any" ("will strike any Western troops")', () => {
  it('is still the target', () => {
    expect(ev('Russia will strike any Western troops sent to Ukraine.', '2024-03-03')).toEqual([
      'RUSGOV>WSTMIL 1384 future',
    ]);
  });
});

describe('force: warning shots and a possessor’s military', () => {
  it('warning shots are a show of force (150), not an attack', () => {
    expect(
      ev(
        'South Korea’s military fired warning shots after North Korean soldiers briefly crossed the border.',
        '2024-06-10',
      ),
    ).toEqual(['KORMIL>- 150 actual']);
  });
  it('"Russia’s military fired" keeps its subject (wink tags "military" an adjective there)', () => {
    expect(ev('Russia’s military fired missiles at Kyiv.', '2024-06-10')).toEqual([
      'RUSMIL>UKRCVL 195 actual',
    ]);
  });
});

describe('threats: a quote before its speaker', () => {
  it('keeps its target inside the quote, not the speaker after it ("... Russia will respond," Medvedev said)', () => {
    expect(
      ev('"If NATO sends troops to Ukraine, Russia will respond," Medvedev said.', '2024-03-10'),
    ).toEqual(['RUSGOV>NATO 130 conditional']);
    expect(ev('"Russia will respond," Medvedev said.', '2024-03-10')).toEqual(['RUSGOV>- 130 future']);
  });
});

describe('threats: declaring forces targets, and vows to destroy', () => {
  it('"will treat any Western troops in Ukraine as legitimate targets" threatens force (138) against them', () => {
    expect(
      ev(
        'Russia will treat any Western troops in Ukraine as legitimate targets, the Kremlin said.',
        '2024-03-10',
      ),
    ).toEqual(['RUSGOV>WSTMIL 138 threat']);
    expect(ev('Iran considers US bases in the region legitimate targets.', '2024-01-20')).toEqual([
      'IRNGOV>USA 138 threat',
    ]);
    expect(ev('Analysts consider the stock a legitimate target for investors.')).toEqual([]);
  });
  it('destroying an actor is force, threatened under a condition; destroying a thing of no target is not', () => {
    expect(
      ev('"Should France send soldiers, we will destroy them," Medvedev wrote on Telegram.', '2024-03-10'),
    ).toEqual(['RUSGOV>FRA 1384 conditional']);
    expect(ev('U.S. warships destroyed an Iranian oil platform in the Gulf.', '1987-10-19')).toEqual([
      'USAMIL>IRN 190 actual',
    ]);
    expect(ev('Trump said wind turbines would destroy Scottish tourism.', '2012-04-25')).toEqual([]);
  });
  it('sending military trainers is military aid, promised when only ready (0332)', () => {
    expect(ev('Lithuania said it was ready to send military trainers to Ukraine.', '2024-03-10')).toEqual([
      'LTUGOV>UKR 0332 future',
    ]);
  });
  it('calling an act disproportionate or illegal criticises its author; calling for an end to it appeals', () => {
    expect(ev("Turkey's Erdogan called Israel's response disproportionate.", '2023-10-20')).toEqual([
      'TURGOV>ISR 111 actual',
    ]);
    expect(ev('The EU called for an end to illegal settlements.', '2023-10-20').join()).not.toMatch(/ 111 /);
  });
});

describe('threats: "will pay for it"', () => {
  it('threatens the subject on behalf of whoever says so; taxpayers paying for a plan is no threat', () => {
    expect(ev('Netanyahu said Iran had made a big mistake and would pay for it.', '2024-10-02')).toEqual([
      'ISRGOV>IRN 130 future',
    ]);
    expect(ev('Taxpayers will pay for it, the minister said.', '2024-10-02')).toEqual([]);
  });
});

describe('threats: a claimed right to strike', () => {
  it('"entitled to use our weapons against", "has the right to use its weapons against" threaten force (138)', () => {
    expect(
      ev(
        '"We consider ourselves entitled to use our weapons against military facilities of those countries," Putin said.',
        '2024-11-21',
      ),
    ).toEqual(['RUSGOV>- 138 threat']);
    expect(
      ev('Russia says it has the right to use its weapons against Western countries.', '2024-11-21'),
    ).toEqual(['RUSGOV>WST 138 threat']);
    expect(ev('Israel has the right to defend itself, Biden said.', '2024-11-21')).toEqual([]);
  });
  it('calling a launch an escalation criticises; "had talks with" is talks held (have as a light verb)', () => {
    expect(ev("Ukraine's foreign ministry called the launch an escalation.", '2024-11-21')).toEqual([
      'UKRGOV>- 111 actual',
    ]);
    expect(
      ev('President Reagan today had talks with Kenyan President Daniel Arap Moi.', '1987-03-12').sort(),
    ).toEqual(['KENGOV>USAGOV 046 actual', 'USAGOV>KENGOV 046 actual']);
  });
});

describe('force: armed forces entering another country (pattern field sourceRoles)', () => {
  it('"entered southern Lebanon", "crossed into Russia\'s Kursk region" are force; a leader or migrants entering are not', () => {
    expect(ev('Israeli ground forces entered southern Lebanon on Tuesday.', '2024-10-01')).toEqual([
      'ISRMIL>LBN 190 actual',
    ]);
    expect(ev("Ukrainian troops crossed into Russia's Kursk region on Tuesday.", '2024-08-06')).toEqual([
      'UKRMIL>RUS 190 actual',
    ]);
    expect(ev('Macron entered Germany by train.', '2024-10-01')).toEqual([]);
    expect(ev('Thousands of migrants crossed into Poland from Belarus.', '2024-10-01')).toEqual([]);
  });
});

describe('threats: warnings to another actor', () => {
  it('a bare warning to a coded actor is a threat; one about what that actor may do is none', () => {
    expect(ev('US warns North Korea', '2013-04-01')).toEqual(['USAGOV>PRK 130 threat']);
    expect(ev('China warns US over missile defence programme', '2013-04-01')).toEqual([
      'CHNGOV>USA 130 threat',
    ]);
    expect(ev('Pentagon warns North Korea could become a hacker haven', '2013-04-01')).toEqual([]);
  });
  it('a clause after "warned X that" is no abstract object of the warning', () => {
    expect(
      ev(
        'France warned the United States that protectionist measures would bring a tough response.',
        '1987-04-01',
      ),
    ).toEqual(['FRAGOV>USA 130 threat']);
    // (an actor modifying the object noun is still read through to that noun: no fight with the EC)
    expect(ev('France pledged to fight the EC proposals.', '1987-04-01')).toEqual(['FRAGOV>EU 030 future']);
  });
});

describe('threats: a claimed right to answer', () => {
  it('"has the right to respond / retaliate" is a threat; a right to defend oneself or a consultation is none', () => {
    expect(ev('Iran said it has every right to retaliate at a time of its choosing.', '2024-04-15')).toEqual([
      'IRNGOV>- 130 threat',
    ]);
    expect(ev('Israel has the right to defend itself.', '2024-04-15')).toEqual([]);
    expect(ev('The public has the right to respond to the consultation.', '2024-04-15')).toEqual([]);
  });
});

/**
 * Rule families found on news Redline had not seen (world-news, long-articles; earlier ones are in
 * unseen-news-rules*.test.ts), each checked on every changed event of both corpora.
 */
import { describe, expect, it } from 'vitest';
import { actorOf, code, ev } from '../helpers/code.js';

describe('a country inside a compound modifier ("U.S.-backed")', () => {
  it('is not the object: the head after it is', () => {
    expect(ev('Iran has aided the U.S.-backed "contra" rebels in Nicaragua.')).toEqual([
      'IRNGOV>NICREB 070 actual',
    ]);
    expect(ev('Germany will aid the U.S.-backed rebels.')).toEqual(['DEUGOV>- 033 future']);
  });
  it('with no actor head there is no target', () => {
    expect(ev('Japan agreed to open its market to U.S.-made chips.')).toEqual(['JPNGOV>- 030 future']);
  });
});

describe('an actor after "to" inside a noun phrase', () => {
  it('is no subject of the verb after the phrase', () => {
    expect(ev('Profits from sales of arms to Iran were used to aid the rebels in Nicaragua.')).toEqual([]);
    expect(ev('Exports to Japan were used to fund the rebels in Nicaragua.')).toEqual([]);
  });
  it('a possessive determiner there still owns its act noun', () => {
    expect(
      ev('Germany opposed the plan. The opposition in parliament to its calls for more cuts grew.'),
    ).toEqual(['DEUGOV>- 110 actual', 'DEUGOV>- 020 actual']);
  });
});

describe("a quote's speaker pronoun", () => {
  it('is never someone the quote names', () => {
    const d = code('Obama spoke in Berlin. "Putin lied to us," he said.');
    expect(actorOf(d, 'he')).toBe('USA:ELI');
    expect(actorOf(d, 'us')).toBe('USA:ELI');
    expect(ev('Obama spoke in Berlin. "Putin threatened us," he said.')).toEqual([
      'RUSGOV>USAELI 130 threat',
    ]);
    expect(ev('The ministry issued a statement. "Russia attacked us," it said.')).toEqual([
      'RUS>- 190 actual',
    ]);
  });
  it('a group speaker names the subject before the quote, not its object', () => {
    expect(ev('Russia warned Ukraine on Monday. "We will respond," it said.')).toEqual([
      'RUSGOV>UKR 130 threat',
      'RUSGOV>UKR 130 future',
    ]);
  });
});

describe('a power given up', () => {
  it('is no act', () => {
    expect(
      ev('"There is no question of Britain giving up our veto on border controls," Blair said.'),
    ).toEqual([]);
    expect(ev('Britain waived its veto.')).toEqual([]);
  });
  it('a veto used is one', () => {
    expect(ev('France used its veto on the resolution.')).toEqual(['FRAGOV>- 129 actual']);
  });
});

describe('a thing "used to" do an act', () => {
  it('is no agent, and no actor before it is either', () => {
    expect(ev('Reagan said that profits had been used to aid the rebels in Nicaragua.')).toEqual([]);
  });
  it('a "by" agent or an active user is', () => {
    expect(ev('The airbase was used by Russia to attack Ukraine.')).toEqual(['RUS>UKR 190 actual']);
    expect(ev('Russia used the airbase to attack Ukraine.')).toEqual(['RUS>UKR 190 actual']);
  });
});

describe("a noun's pattern inside a verb pattern's span", () => {
  it('names the same act once', () => {
    expect(ev('Moscow to hold nuclear talks with Pyongyang', '2013-06-01')).toEqual([
      'RUSGOV>PRKGOV 036 future',
    ]);
    expect(
      ev('Japan has no plans to start bilateral trade talks with the United States.', '2013-06-01'),
    ).toEqual(['JPNGOV>USA 036 negated']);
  });
  it('a more specific act inside a general one stays', () => {
    expect(ev('U.S. launches first drone strike in Pakistan since election', '2013-06-01')).toEqual([
      'USA>PAK 195 actual',
    ]);
  });
});

describe('an infinitive with its own subject after "for"', () => {
  it('that subject does it, and it is not asserted', () => {
    expect(ev('Britain paid for the pope to visit.')).toEqual(['VATGOV>- 042 hypothetical']);
    expect(ev('The only way out is for Washington to join forces with Moscow.')).toEqual([
      'USAGOV>RUSGOV 060 hypothetical',
    ]);
  });
  it('after plans it is an intent, after "no plans" negated', () => {
    expect(
      ev(
        'Bankers said there are no plans for Brazilian finance minister Dilson Funaro to meet commercial bankers.',
        '1987-05-01',
      ),
    ).toEqual(['BRAGOV>- 040 negated']);
  });
  it('an appeal for it stays the appeal, which was made', () => {
    expect(ev('Britain called for Russia to withdraw from Ukraine.')).toEqual(['GBRGOV>RUS 0256 actual']);
    expect(ev('Britain renewed its call for Russia to withdraw from Ukraine.')).toEqual([
      'GBRGOV>RUS 0256 actual',
    ]);
    expect(ev('Britain could call for Russia to withdraw from Ukraine.')).toEqual([
      'GBRGOV>RUS 0256 hypothetical',
    ]);
  });
});

describe('an actor after "on"/"against"/"into" after a verb', () => {
  it("stays the preposition's object before the next verb", () => {
    expect(
      ev('His spokesman said trade sanctions imposed on Japan were unlikely to start a trade war.'),
    ).toEqual([]);
  });
});

describe("a meeting's venue", () => {
  it('is no party to it', () => {
    expect(ev('Egypt walks out of nuclear talks in Geneva')).toEqual(['EGY>- 164 actual']);
    expect(ev('Iran walked out of talks with Britain in Geneva.')).toEqual(['IRN>GBR 164 actual']);
  });
});

describe('a subordinate clause opening the sentence after a measure of time', () => {
  it('takes no target from the main clause', () => {
    expect(ev('Days after Japan imposed sanctions, China started a trade war.', '1987-05-01')).toEqual([
      'JPN>- 163 actual',
      'CHN>- 163 actual',
    ]);
    expect(ev('Shortly after Russia invaded Ukraine, Britain sanctioned Moscow.')).toEqual([
      'RUS>UKR 192 actual',
      'GBR>RUSGOV 163 actual',
    ]);
  });
});

describe('"meet" with a thing an actor modifies', () => {
  it('is no meeting with that actor', () => {
    expect(ev('Britain agreed Thursday to meet a U.S. request for more troops.', '2004-08-01')).toEqual([
      'GBRGOV>USA 030 future',
    ]);
    expect(ev('Britain agreed to meet the French president next week.', '2004-08-01')).toEqual([
      'GBRGOV>FRAGOV 036 future',
    ]);
  });
});

describe("a bare role noun sent to the story's one country", () => {
  it("is not that country's", () => {
    const sent = code(
      'The minister said the plan is to deploy forces to Darfur in western Sudan.',
      '2004-08-01',
    );
    expect(actorOf(sent, 'forces')).toBe('?:MIL');
    const there = code('The minister said the forces attacked a village in western Sudan.', '2004-08-01');
    expect(actorOf(there, 'forces')).toBe('SDN:MIL');
  });
});

describe('a noun subject with a prepositional object list', () => {
  it('is no actor subject ("sanctions on Iran and Syria are targeting")', () => {
    expect(
      ev('Clinton and Biden admit that sanctions on Iran and Syria are purposely targeting civilians'),
    ).toEqual([]);
  });
  it('a fronted place before the subject is no list with it', () => {
    expect(
      ev(
        'At the recent talks among the six major industrialised nations in Paris, Japan promised to work out a comprehensive economic package.',
        '1987-03-01',
      ),
    ).toEqual(['JPNGOV>- 0331 future']);
  });
});

describe('custody where it happened', () => {
  it("is the place's state's or its forces', not other people's there", () => {
    expect(ev('Two Teen Boys Arrested in Georgia Baby Shooting Death', '2013-03-01')).toEqual([]);
    expect(ev('Hundreds arrested at Occupy Oakland', '2013-03-01')).toEqual([]);
    expect(ev('A missionary was arrested in Lebanon.')).toEqual(['LBN>- 173 actual']);
  });
});

describe('a "who" clause on a common noun no lexicon names', () => {
  it('has no actor subject before it', () => {
    expect(
      ev(
        'Lord Goldsmith has issued no instructions to police on how they should deal with hunters who violate the law.',
      ),
    ).toEqual([]);
    expect(ev('How Israel takes revenge on kids who throw stones')).toEqual([]);
  });
  it("members of a named body are the body's; a list with others keeps its names", () => {
    expect(
      ev('Nakasone called for disciplinary action against LDP members who oppose the tax.', '1987-03-01'),
    ).toContain('JPNPTY>- 110 actual');
    expect(ev('Russian soldiers who attacked the village were arrested.')).toEqual(['RUSMIL>- 190 actual']);
  });
});

describe('adding an actor to a list', () => {
  it('is a sanction only for a sanctions, entity or terror list or a blacklist', () => {
    expect(ev('SIMEX must add Chicago and London and Sydney to its list of rivals.')).toEqual([]);
    expect(ev('Washington added Cuba to its terror list.')).toEqual(['USAGOV>CUB 163 actual']);
    expect(ev('The EU added Iran to its blacklist.')).toEqual(['EU>IRN 163 actual']);
  });
});

describe('a participle right after an article', () => {
  it('is an adjective ("an agreed to surcharge")', () => {
    expect(
      ev(
        'All Canadian firms had begun to pay an agreed to 15 pct surcharge on softwood shipped to U.S. markets.',
        '1987-03-01',
      ),
    ).toEqual([]);
    expect(ev('Canada agreed to pay the surcharge.', '1987-03-01')).toEqual(['CANGOV>- 030 future']);
  });
});

describe('"sentenced to" after a noun', () => {
  it('is a passive, and the punishment no act of its own', () => {
    expect(ev('French MP sentenced to jail for spending public funds on vote-buying', '2013-06-01')).toEqual(
      [],
    );
    expect(ev('Iran sentenced the American journalist to prison.', '2013-06-01')).toEqual([
      'IRN>USAMED 173 actual',
    ]);
  });
});

describe('a threat with a closing attribution by a role noun', () => {
  it('keeps its event and its condition (", the minister said" is no target)', () => {
    const d = code('If NATO sends troops, Russia will retaliate, the minister said.');
    expect(d.events.map((e) => `${e.source?.code}>${e.target?.code} ${e.code} ${e.modality}`)).toEqual([
      'RUSGOV>NATO 130 conditional',
    ]);
    expect(d.events[0].condition?.text).toBe('If NATO sends troops');
    expect(ev('Russia will retaliate, the minister said.')).toEqual(['RUSGOV>- 130 threat']);
  });
});

describe('a short condition with a name', () => {
  it('is a condition, not a hedge ("If NATO attacks,")', () => {
    expect(ev('If NATO attacks, Russia will respond.')).toEqual(['RUSGOV>NATO 130 conditional']);
    expect(ev('If necessary, Russia will respond.')).toEqual(['RUSGOV>- 130 future']);
  });
});

describe("a participle clause after a reporting verb's clause", () => {
  it("shares the reporter's subject, not the addressee", () => {
    expect(
      ev(
        'She told Mr Blair before stomping off, refusing his pleas to discuss the issue privately.',
        '2005-04-01',
      ),
    ).toEqual([]);
    expect(
      ev('The Russian defence ministry said on Monday, accusing Ukraine of shelling the plant.'),
    ).toEqual(['RUSMIL>UKR 1123 actual']);
  });
});

describe('a fronted "whilst" clause inside a quote', () => {
  it('takes no target from the main clause', () => {
    expect(
      ev(
        'Oaten said: "Whilst it is good that Labour has rejected the plan, the jury is still out on the Home Office\'s ability to deliver."',
        '2005-04-01',
      ),
    ).toEqual(['GBRPTY>- 127 actual']);
  });
});

describe('a title-case headline "Name Verbs Name"', () => {
  it('reads the capitalised -s form as the verb, and keeps the first name an actor', () => {
    expect(ev('Russia Attacks Ukraine')).toEqual(['RUS>UKR 190 actual']);
    expect(ev('Israel Strikes Syria')).toEqual(['ISR>SYR 190 actual']);
    expect(ev('Pakistan Blocks Twitter Over Cartoon Contest', '2012-05-20')).toEqual(['PAK>- 1721 actual']);
  });
  it('a name before a capitalised noun that no actor follows is still one name', () => {
    expect(ev('China Daily Reports Growth')).toEqual([]);
  });
  it('a headline passive with an adverb before the participle', () => {
    expect(ev('Most Gaza Flotilla Activists Still Detained', '2011-11-05')).toEqual([]);
  });
});

describe('a capitalised trigger before the head of a name', () => {
  it('is part of the name ("US Sentencing Commission")', () => {
    expect(ev('Anonymous hacks US Sentencing Commission, distributes files', '2013-01-26')).toEqual([]);
  });
});

describe('a count right after a custody or force verb', () => {
  it('is its uncoded object: no actor further on is the target', () => {
    expect(ev('UK police arrest three more in terror probe after killing of soldier', '2013-05-26')).toEqual([
      'GBRCOP>- 173 actual',
    ]);
    expect(ev('Israeli troops killed 3 in Gaza on Monday.')).toEqual(['ISRMIL>PSECVL 190 actual']);
  });
});

describe('"daily" closing a verb phrase', () => {
  it('is an adverb, no newspaper', () => {
    const d = code(
      'Israel to begin allowing 20 trucks with construction materials enter Gaza daily',
      '2012-12-30',
    );
    expect(d.mentions.some((m) => m.role === 'MED')).toBe(false);
  });
});

describe('coordinated subjects that discuss a topic', () => {
  it('consult each other; one subject discussing codes nothing', () => {
    expect(ev('China and Israel discussed peace prospects at a meeting in New York.', '1987-03-30')).toEqual([
      'CHNGOV>ISRGOV 040 actual',
      'ISRGOV>CHNGOV 040 actual',
    ]);
    expect(ev('Russia discussed the plan.')).toEqual([]);
  });
  it('an infinitive takes no subjects from afar', () => {
    expect(
      ev(
        'He said European and Japanese banks were more flexible than U.S. banks and it was difficult to discuss capitalisation with the latter.',
        '1987-03-04',
      ),
    ).toEqual([]);
  });
});

describe('people another actor sends in a story of one country', () => {
  it("are not that country's (a condition's actors stay the sender's)", () => {
    const d = code('If NATO sends troops, Russia will retaliate, the minister said.');
    expect(d.events[0].condition?.actors?.map((a) => a.code)).toEqual(['NATO']);
    expect(actorOf(code('Russia sent troops to the border.'), 'troops')).toBe('RUS:MIL');
  });
});

describe("an actor's name the lexicon does not know", () => {
  it('heads the subject it is owned in ("Germany\'s Paulaner rejects")', () => {
    expect(ev("Germany's Paulaner rejects Kim Jong Un's request for beer garden", '2013-05-01')).toEqual([]);
    expect(ev("Germany's Merkel rejects Putin's request.", '2013-05-01')).toEqual([
      'DEUGOV>RUSGOV 120 actual',
    ]);
  });
});

describe('"release" with a country modifying a thing', () => {
  it('a place\'s kind after its region is no thing ("the West Bank town of Jenin")', () => {
    expect(ev('Israel freed the governor of the West Bank town of Jenin on Monday.', '2008-08-02')).toEqual([
      'ISRGOV>PSEGOV 0841 actual',
    ]);
  });
  it('frees no one ("releasing US diplomatic cables")', () => {
    expect(
      ev(
        'On June 15, the web site WikiLeaks began releasing US diplomatic cables from the period.',
        '2011-06-20',
      ),
    ).toEqual([]);
    expect(
      ev('Italian minister Giovanni Goria met Treasury Secretary James Baker last night.', '1987-04-08'),
    ).toEqual(['ITAELI>USAGOV 040 actual']);
  });
});

import { describe, it, expect } from 'vitest';
import { code, actorOf, brief, ev } from '../helpers/code.js';

describe('actors: countries, roles and compounds', () => {
  it('codes adjective + role noun compounds', () => {
    const d = code(
      'The Russian defence ministry said Ukrainian forces attacked. Chinese officials declined to comment.',
    );
    expect(actorOf(d, 'Russian defence ministry')).toBe('RUS:MIL');
    expect(actorOf(d, 'Ukrainian forces')).toBe('UKR:MIL');
    expect(actorOf(d, 'Chinese officials')).toBe('CHN:GOV');
  });
  it('codes "role noun of/in country" and possessive compounds', () => {
    const d = code(
      "The foreign minister of Iran met a court in Guyana. Russia's defence ministry denied it.",
    );
    expect(actorOf(d, 'foreign minister of Iran')).toBe('IRN:GOV');
    expect(actorOf(d, 'court in Guyana')).toBe('GUY:JUD');
    expect(actorOf(d, "Russia's defence ministry")).toBe('RUS:MIL');
  });
  it('gives "role noun of" to every country of a list that closes with "and"', () => {
    const d = code('The foreign ministers of France, Germany and Italy met in Rome.');
    expect(actorOf(d, 'foreign ministers of France')).toBe('FRA:GOV');
    expect(actorOf(d, 'Germany')).toBe('DEU:GOV');
    expect(actorOf(d, 'Italy')).toBe('ITA:GOV');
    // a name that goes on ("the U.S. Federal Reserve Board") is not a bare country of the list
    const b = code('The Bank of England and the U.S. Federal Reserve Board agreed new standards.');
    expect(b.mentions.filter((m) => m.country === 'USA').map((m) => m.role)).not.toContain('BUS');
  });
  it('every adjective of a list shares the role noun after the last ("British, French and German diplomats")', () => {
    const d = code('British, French and German diplomats met in Vienna. In Germany, Russian officials met.');
    expect(actorOf(d, 'British')).toBe('GBR:GOV');
    expect(actorOf(d, 'French')).toBe('FRA:GOV');
    expect(actorOf(d, 'German diplomats')).toBe('DEU:GOV');
    // a comma that does not close with "and" makes no list
    expect(actorOf(d, 'Germany')).not.toBe('DEU:GOV');
  });
  it('a country adjective before civilian property names its civilians ("Palestinian homes")', () => {
    expect(ev('Israeli army bulldozers demolished Palestinian homes in Gaza.', '2004-05-01')).toEqual([
      'ISRMIL>PSECVL 1712 actual',
    ]);
    expect(ev('Russian forces attacked Ukrainian positions.', '2024-05-01')).toEqual([
      'RUSMIL>UKR 190 actual',
    ]);
  });
  it('a people named by its demonym is civilians, unless armed ("killed five armed Palestinians")', () => {
    expect(ev('Israeli troops killed three Palestinians in Gaza.', '2004-05-01')).toEqual([
      'ISRMIL>PSECVL 190 actual',
    ]);
    expect(ev('Israeli troops killed three armed Palestinians in Gaza.', '2004-05-01')).toEqual([
      'ISRMIL>PSEUAF 190 actual',
    ]);
  });
  it('splits coordinated actors ("the United States and NATO allies")', () => {
    const d = code('The United States and NATO allies met in Brussels.');
    expect(actorOf(d, 'United States')).toBe('USA');
    expect(actorOf(d, 'NATO')).toMatch(/^NATO/);
  });
  it('shares a role noun across coordinated adjectives ("US and British activists")', () => {
    const d = code('US and British activists staged a protest in Beijing.');
    expect(actorOf(d, 'US')).toMatch(/^USA:/);
    expect(actorOf(d, 'British activists')).toMatch(/^GBR:/);
  });
  it('codes IGOs and the West', () => {
    const d = code('NATO, the EU and the United Nations urged restraint, and the West stayed silent.');
    expect(actorOf(d, 'NATO')).toMatch(/^NATO/);
    expect(actorOf(d, 'EU')).toMatch(/^EU/);
    expect(actorOf(d, 'United Nations')).toMatch(/^UN/);
    expect(actorOf(d, 'the West')).toBe('WST');
  });
  it('codes metonyms as governments, but capitals after "in" as places', () => {
    const d = code('The Kremlin said Kyiv and Washington were to blame. Talks were held in Moscow.');
    expect(actorOf(d, 'Kremlin')).toBe('RUS:GOV');
    expect(actorOf(d, 'Kyiv')).toBe('UKR:GOV');
    expect(actorOf(d, 'Washington')).toBe('USA:GOV');
    expect(d.mentions.find((m) => m.text === 'Moscow')?.locative).toBe(true);
  });
  it('does not take lower-case words or sports teams for countries', () => {
    const d = code('Let us turn to the turkey dinner. The Brazilian team won the cup.');
    expect(d.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).not.toContain('us');
    expect(actorOf(d, 'turkey')).toBeNull();
    expect(d.mentions.some((m) => m.text.startsWith('Brazilian'))).toBe(false);
  });
});

describe('actors: a surname that goes on into another name', () => {
  it("a known surname as someone else's first name is not that person; a title-case headline keeps it", () => {
    const d = code(
      'Howard Harlow, an analyst at a small brokerage, said earnings could double.',
      '1987-03-04',
    );
    expect(d.mentions.some((m) => m.kind === 'person')).toBe(false);
    expect(
      code('Media owner Kerry Packer sold the network.', '1987-03-04').mentions.some(
        (m) => m.kind === 'person',
      ),
    ).toBe(false);
    expect(actorOf(code('Putin Warns West Over Ukraine', '2022-03-01'), 'Putin')).toBe('RUS:GOV');
    expect(actorOf(code('Putin said on Tuesday that Russia would respond.', '2022-03-01'), 'Putin')).toBe(
      'RUS:GOV',
    );
  });
});

describe('actors: a place that ends another name', () => {
  it('"Guild of America", "Council of Britain" name no country; a title or a person keeps it', () => {
    expect(
      code('The Writers Guild of America agreed to resume talks.').mentions.some((m) => m.country === 'USA'),
    ).toBe(false);
    expect(code('The Muslim Council of Britain urged calm.').mentions.some((m) => m.country === 'GBR')).toBe(
      false,
    );
    expect(actorOf(code('The President of Iran met the King of Jordan.'), 'President of Iran')).toBe(
      'IRN:GOV',
    );
    const d = code('Conference chairman Somchai Rattana of Thailand held consultations.', '1987-03-04');
    expect(d.mentions.some((m) => m.country === 'THA')).toBe(true);
  });
});

describe('actors: a compass word before a capital names another town', () => {
  it('"North Kingstown" is not St Vincent\'s capital; a listed place ("West Berlin") and a capital ("New Delhi") are', () => {
    const d = code('An investor from North Kingstown said he would buy the shares.', '1987-03-02');
    expect(d.mentions.some((m) => m.country === 'VCT')).toBe(false);
    expect(actorOf(code('West Berlin police arrested two men.', '1987-03-02'), 'West Berlin police')).toBe(
      'DEU:COP',
    );
    expect(actorOf(code('New Delhi accused Islamabad of backing militants.'), 'New Delhi')).toBe('IND:GOV');
  });
});

describe('actors: organisations only while they existed', () => {
  it('"ICC" before 2002 is no International Criminal Court; after, it is', () => {
    expect(actorOf(code('The ICC rejected the railroad merger.', '1987-03-04'), 'ICC')).toBeNull();
    expect(actorOf(code('The ICC issued an arrest warrant.', '2010-03-04'), 'ICC')).toBe('ICC:JUD');
  });
  it('"Wagner" before the Wagner Group was founded (2014) is someone else', () => {
    expect(actorOf(code('Wagner and Brown offered to buy the company.', '1987-03-04'), 'Wagner')).toBeNull();
    expect(actorOf(code('The Wagner Group seized the town.', '2023-03-04'), 'Wagner Group')).toBe('RUS:UAF');
  });
});

describe("actors: a surname before its bearer's public life", () => {
  it('a one-word alias names the person only from ten years before the first office; a full name always', () => {
    // "Bennett" in a 1987 wire is not Israel's later prime minister (first office 2019)
    expect(
      actorOf(code('"We want to kill it once and for all," Bennett added.', '1987-03-16'), 'Bennett'),
    ).toBeNull();
    expect(actorOf(code('Bennett condemned the attack.', '2021-07-01'), 'Bennett')).toBe('ISR:GOV');
    expect(actorOf(code('Naftali Bennett condemned the attack.', '1999-07-01'), 'Naftali Bennett')).toBe(
      'ISR:ELI',
    );
    // an earlier office listed makes the surname his earlier too (Biden: senator from 1973)
    expect(actorOf(code('Biden criticized the Soviet Union.', '1987-03-16'), 'Biden')).toBe('USA:LEG');
  });
});

describe("actors: a surname after another calling's title", () => {
  it('"Judge Johnson", "Professor Blair" are namesakes; "Prime Minister Johnson" and a bare "Johnson" are not', () => {
    expect(
      actorOf(code('Judge Johnson made the comments in the case.', '2020-01-10'), 'Judge Johnson'),
    ).toBeNull();
    expect(
      code('Judge Johnson made the comments in the case.', '2020-01-10').mentions.some((m) => m.country),
    ).toBe(false);
    expect(
      actorOf(code('Prime Minister Johnson criticized Russia.', '2020-01-10'), 'Prime Minister Johnson'),
    ).toBe('GBR:GOV');
    expect(actorOf(code('Johnson criticized Russia.', '2020-01-10'), 'Johnson')).toBe('GBR:GOV');
  });
});

describe('actors: state organs', () => {
  it("China's Taiwan Affairs Office and Taiwan's Mainland Affairs Council are their governments", () => {
    const d = code(
      'A Taiwan Affairs Office spokesman condemned the visit. The Mainland Affairs Council rejected the statement.',
      '2024-05-24',
    );
    expect(brief(d.events)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^CHNGOV>/), expect.stringMatching(/^TWNGOV>/)]),
    );
  });
});

describe("actors: a company's name opening with a word before a country", () => {
  it('holds no actor ("Air Canada agreed to buy", "Air India said"), while the country alone still acts', () => {
    expect(ev('Air Canada agreed to buy the Gelco Express unit for 54 mln dlrs.', '1987-05-01')).toEqual([]);
    const d = code('Air India said Delhi condemned the attack on Mali.', '2013-05-01');
    expect(d.mentions.map((m) => m.text)).toEqual(['Delhi', 'Mali']);
    expect(ev('Canada agreed to buy the Gelco Express unit.', '1987-05-01')).toEqual(['CANGOV>- 030 future']);
  });
});

describe('actors: central banks', () => {
  it('are their states\' bodies, as "the central bank" is ("Bank of Spain", "Bundesbank", "Reserve Bank of India")', () => {
    const d = code(
      'The Bank of Spain eased controls. The Bundesbank raised rates. The Reserve Bank of India held rates. The Fed said.',
      '2004-05-24',
    );
    expect(actorOf(d, 'Bank of Spain')).toBe('ESP:GOV');
    expect(actorOf(d, 'Bundesbank')).toBe('DEU:GOV');
    expect(actorOf(d, 'Reserve Bank of India')).toBe('IND:GOV');
    expect(actorOf(d, 'The Fed')).toBe('USA:GOV');
  });
  it('a commercial bank named after its country stays a business ("Bank of China")', () => {
    expect(actorOf(code('The Bank of China lent more.', '2004-05-24'), 'Bank of China')).toBe('CHN:BUS');
  });
});

describe('actors: a role noun that is an adjective of another sense (cues adjectiveRoleNouns)', () => {
  it('before a common noun names no actor ("its daily oil exports", "a firm commitment")', () => {
    const d = code('Iran said its daily oil exports rose. Japan gave a firm commitment.', '2004-05-24');
    // (the possessive itself stays a pronoun with no role)
    expect(d.mentions.map((m) => `${m.text}:${m.role}`)).toEqual(['Iran:null', 'its:null', 'Japan:null']);
  });
  it('so the owner of the noun keeps its infinitive ("Washington\'s firm intention to retaliate")', () => {
    expect(
      ev("Baker reiterated Washington's firm intention to retaliate against Japan.", '1987-05-01'),
    ).toEqual(['USAGOV>JPN 130 threat']);
  });
  it('a role word before an alliance\'s noun describes the alliance ("the CSTO military alliance")', () => {
    expect(
      ev('Armenia froze its participation in the Russian-led CSTO military alliance.', '2024-03-01'),
    ).toEqual(['ARM>CSTO 160 actual']);
  });
  it('the role itself stays ("The firm said", "its military would respond")', () => {
    expect(actorOf(code('The British firm said it would sue.', '2004-05-24'), 'British firm')).toBe(
      'GBR:BUS',
    );
    expect(actorOf(code('China said its military would respond.', '2004-05-24'), 'its military')).toBe(
      'CHN:MIL',
    );
  });
});

describe('actors: a seceded state before its independence', () => {
  it('South Sudan before 2011 is a region of Sudan and Juba a town there, governed by no one of its own', () => {
    const before = code('South Sudanese rebels shelled Juba. Juba said the talks had failed.', '1995-03-01');
    expect(actorOf(before, 'South Sudanese rebels')).toBe('SDN:REB');
    expect(before.mentions.filter((m) => m.text === 'Juba').map((m) => `${m.country}:${m.role}`)).toEqual([
      'SDN:null',
      'SDN:null',
    ]);
    expect(brief(before.events).some((e) => e.includes('SSD'))).toBe(false);
    expect(actorOf(code('Juba said the talks had failed.', '2015-03-01'), 'Juba')).toBe('SSD:GOV');
    expect(
      actorOf(code('South Sudanese rebels shelled the town.', '2015-03-01'), 'South Sudanese rebels'),
    ).toBe('SSD:REB');
  });
});

describe('actors: peoples and origins', () => {
  it("a country adjective before an ethnic or religious group names that country's civilians", () => {
    expect(actorOf(code('Thousands of Iraqi Kurds demonstrated in Kirkuk.'), 'Iraqi Kurds')).toBe('IRQ:CVL');
    expect(actorOf(code('Egyptian Christians marched in Cairo.'), 'Egyptian Christians')).toBe('EGY:CVL');
    // a plural demonym of another country after the adjective: the people living in the first
    expect(actorOf(code('Bosnian Serbs demanded a truce.'), 'Bosnian Serbs')).toBe('BIH:CVL');
    expect(actorOf(code('Serbs protested in Belgrade.'), 'Serbs')).toBe('SRB:CVL');
  });
  it('a country adjective before a run of nouns is read by the last noun, the head ("missile strikes", "oil imports")', () => {
    // the first noun alone is a weapon or a good, which names no actor; the head is the act or the trade
    expect(ev('Russian missile strikes on Kyiv killed five people.', '2024-03-02')).toEqual([
      'RUS>UKRCVL 195 actual',
    ]);
    expect(ev('The EU banned Russian oil imports.', '2024-03-02')).toEqual(['EU>RUS 163 actual']);
    // a bare weapon or good still names none
    expect(
      code('Russian gas flows fell. Kyiv bought Western missiles.').mentions.map((m) => m.text),
    ).not.toContain('Western');
  });
  it('an ethnic group lives in the one country the sentence places it in, else its demonym stays', () => {
    expect(
      actorOf(code('Up to 100 ethnic Albanians demonstrated in Serbia.', '1999-01-01'), 'Albanians'),
    ).toBe('SRB:CVL');
    expect(actorOf(code('Ethnic Serbs in Kosovo blocked roads.', '2010-01-01'), 'Serbs')).toBe('XKX:CVL');
    expect(actorOf(code('Ethnic Albanians protested on Tuesday.', '1999-01-01'), 'Albanians')).toBe(
      'ALB:CVL',
    );
    // two other countries: no telling which
    expect(
      actorOf(code('Ethnic Albanians fought near the border between Macedonia and Bulgaria.'), 'Albanians'),
    ).toBe('ALB:CVL');
    // without "ethnic" a demonym is its country's people
    expect(actorOf(code('Albanians protested in Serbia.', '1999-01-01'), 'Albanians')).toBe('ALB:CVL');
  });
  it('a plural demonym is a people, never an adjective across a verb ("Albanians demanded autonomy")', () => {
    expect(ev('Albanians demanded autonomy from Serbian authorities.', '1995-01-01')).toEqual([
      'ALBCVL>SRBGOV 1044 actual',
    ]);
    // "Swiss" is no plural: it still modifies the noun
    expect(actorOf(code('Swiss banks froze the assets.'), 'Swiss banks')).toBe('CHE:BUS');
  });
  it('"the Albanians of southern Serbia" are Serbia\'s civilians and the subject, not Serbia', () => {
    expect(
      ev('The Albanians of southern Serbia demanded autonomy from Serbian authorities.', '1995-01-01'),
    ).toEqual(['SRBCVL>SRBGOV 1044 actual']);
    // a bare role noun or a metonym heads no "of" phrase: the object names the actor
    expect(ev('Members of Hamas attacked Israeli troops.', '1995-01-01')).toEqual([
      'PSEREB>ISRMIL 190 actual',
    ]);
    expect(ev('The leader of the opposition called for a debate.', '2005-01-01')[0] ?? '').not.toMatch(
      /GOV>/,
    );
  });
  it("a population or community of one people among another is the host country's civilians", () => {
    const d = code('Serb forces shelled the Albanian population of Montenegro.', '1999-01-01');
    expect(actorOf(d, 'Albanian population')).toBe('MNE:CVL');
    expect(
      actorOf(code('The Turkish community in Germany protested against Berlin.'), 'Turkish community'),
    ).toBe('DEU:CVL');
    // "minority" is no role noun: a minority government is a government
    expect(ev("Norway's minority government imposed sanctions on South Africa.", '1987-03-16')[0]).toMatch(
      /^NOR(GOV)?>/,
    );
  });
  it('a lexicon-unknown titled name takes the country of its own "of" phrase over the story\'s', () => {
    const d = code(
      'The United States said nothing. Washington was silent. King Ebrima of Morocco said he would host a meeting.',
      '1990-01-01',
    );
    expect(actorOf(d, 'King Ebrima')).toBe('MAR:GOV');
    // no "of" phrase: the story's country, as before
    expect(
      actorOf(
        code('The United States said nothing. Washington was silent. King Ebrima said no.', '1990-01-01'),
        'King Ebrima',
      ),
    ).toBe('USA:GOV');
  });
  it('a labour force is labour, not a military force', () => {
    expect(actorOf(code("Spain's labour force went on strike."), "Spain's labour force")).toBe('ESP:LAB');
  });
  it('trading and brokerage houses are businesses', () => {
    expect(actorOf(code('Britain threatened Japanese brokerage houses.'), 'Japanese brokerage houses')).toBe(
      'JPN:BUS',
    );
  });
  it('"role noun from COUNTRY" is that country\'s, unless a movement verb governs "from"', () => {
    expect(actorOf(code('Officials from Iran met inspectors in Vienna.'), 'Officials from Iran')).toBe(
      'IRN:GOV',
    );
    const d = code('Washington plans to withdraw troops from Europe and Asia.');
    expect(d.mentions.some((m) => m.role === 'MIL' && m.country === 'EUR')).toBe(false);
  });
});

describe('actors: people with date-bounded roles', () => {
  it('Trump is USA GOV in 2019 and not GOV in 2024; Biden is GOV in 2024', () => {
    expect(actorOf(code('Trump spoke.', '2019-06-01'), 'Trump')).toBe('USA:GOV');
    expect(actorOf(code('Trump spoke.', '2024-06-01'), 'Trump')).not.toBe('USA:GOV');
    expect(actorOf(code('Trump spoke.', '2024-06-01'), 'Trump')).toMatch(/^USA/);
    expect(actorOf(code('Biden spoke.', '2024-06-01'), 'Biden')).toBe('USA:GOV');
  });
  it('Putin is RUS GOV in both of his offices; a title + unknown name takes the title role', () => {
    expect(actorOf(code('Putin spoke.', '2010-01-01'), 'Putin')).toBe('RUS:GOV');
    const d = code('Lebanese General Karim Haddad visited the base.', '2020-01-01');
    expect(actorOf(d, 'Lebanese General Karim Haddad')).toBe('LBN:MIL');
  });
  it('out of office, a present title names the office; "former" and a bare rank do not', () => {
    // Obama's presidency ended 2017-01-20; the text's own title says which office the sentence means
    expect(actorOf(code('President Barack Obama spoke.', '2024-06-01'), 'President Barack Obama')).toBe(
      'USA:GOV',
    );
    expect(actorOf(code('Obama spoke.', '2024-06-01'), 'Obama')).not.toBe('USA:GOV');
    const former = code('Former President Barack Obama spoke.', '2024-06-01');
    expect(actorOf(former, 'Former President Barack Obama')).not.toBe('USA:GOV');
    expect(
      actorOf(code('Ex-President Barack Obama spoke.', '2024-06-01'), 'President Barack Obama'),
    ).not.toBe('USA:GOV');
    // a rank names no particular office: Petraeus is his country's military, not his last command (NATO)
    const d = code('General David Petraeus spoke.', '2024-06-01');
    expect(actorOf(d, 'General David Petraeus')).toBe('USA:MIL');
  });
  it('a title after an unlisted capitalised word names no known office ("Business Secretary")', () => {
    // Shapps's listed office is Defence Secretary (from 2023-08-31); "Secretary" alone must not pick it
    const d = code('Unions wrote to the Business Secretary Grant Shapps.', '2023-01-21');
    expect(actorOf(d, 'Secretary Grant Shapps')).not.toBe('GBR:MIL');
  });
  it('keeps "Russian President Vladimir Putin" as one person mention', () => {
    const d = code('Russian President Vladimir Putin issued a warning.');
    expect(d.mentions.find((m) => m.kind === 'person')?.text).toBe('Russian President Vladimir Putin');
  });
  it('handles names outside Latin-1 (Erdoğan, Vučić)', () => {
    expect(actorOf(code('Erdoğan met Vučić.', '2024-03-01'), 'Erdoğan')).toBe('TUR:GOV');
  });
});

describe('coreference', () => {
  it('links he/she to the last compatible person, preferring subjects', () => {
    const d = code(
      'U.S. Secretary of State Antony Blinken, who met Netanyahu, said he saw room for a deal.',
      '2024-02-07',
    );
    const he = d.mentions.find((m) => m.text === 'he')!;
    expect(d.resolve(he).name).toBe('Antony Blinken');
  });
  it('links he/his to a compound naming one person in the same sentence', () => {
    const d = code(
      "Putin spoke on Monday.\n\nMontenegro's prime minister has been indicted for his alleged part in atrocities.",
      '2000-06-01',
    );
    const his = d.mentions.find((m) => m.text === 'his')!;
    expect(d.mentions.find((m) => m.id === his.antecedent)?.text).toBe("Montenegro's prime minister");
  });
  it('links "its" to the last group actor that is not a prepositional object', () => {
    const d = code(
      'The Chinese government, which has close ties with Russia, has reiterated its call for talks.',
    );
    const its = d.mentions.find((m) => m.text === 'its')!;
    expect(d.resolve(its).country).toBe('CHN');
  });
});

describe('actors: a person named again by surname alone', () => {
  it('codes the bare surname like the titled person it repeats', () => {
    const d = code(
      'PRISTINA, March 3 - Kosovo Prime Minister Dardan Veliqi met envoys on Monday. Veliqi later accused Serbia of sabotage.',
    );
    const later = d.mentions.find((m) => m.text === 'Veliqi');
    expect(later?.kind).toBe('person');
    expect(later?.name).toBe('Dardan Veliqi');
    expect(actorOf(d, 'Veliqi')).toBe(actorOf(d, 'Kosovo Prime Minister Dardan Veliqi'));
    const e = d.events.find((x) => x.source?.name === 'Dardan Veliqi' && x.root === '11');
    expect(e?.target?.country).toBe('SRB');
  });
  it('leaves a surname alone when it is part of another name, or shared by two people', () => {
    const d = code(
      'Foreign Minister Arben Hoxha and Defence Minister Lira Hoxha met in the capital on Monday to discuss the budget. Hoxha Street was closed. Hoxha spoke.',
    );
    // (Enver Hoxha is in the lexicon: the lone surname is the namesakes', not his)
    expect(d.mentions.filter((m) => m.text === 'Hoxha' && m.country !== null)).toHaveLength(0);
  });
});

describe('actors: wire datelines are places, not actors', () => {
  const story = (dateline: string) =>
    `${dateline} The company said it agreed to buy a rival for 2 billion dollars.\nIt said the deal would close in May.`;
  it.each([
    'WASHINGTON, March 17 (Reuters) -',
    'KINGSTOWN, St. Vincent, Dec. 15 (Redline test) -',
    'NEW DELHI, May 7 —',
    'LONDON (AP) -',
    'WASHINGTON, Sept. 30, 2004 --',
    'BANGKOK/JEDDAH, 29 October 2004 -',
  ])('"%s": the city is a place, no event is coded for it', (dateline) => {
    const d = code(story(dateline));
    const city = d.mentions[0];
    expect(city.start).toBe(0);
    expect(city.locative).toBe(true);
    expect(d.events).toEqual([]);
  });
  it('a headline line before the dateline keeps its actors', () => {
    const d = code(
      'Russia warns NATO over strikes\nMOSCOW, Sept. 12 (Reuters) - President Vladimir Putin spoke.',
    );
    expect(d.mentions.find((m) => m.text === 'Russia')?.locative).toBe(false);
    expect(d.mentions.find((m) => m.text === 'MOSCOW')?.locative).toBe(true);
  });
  it('a capitalised subject before a dash without comma, date or credit is not a dateline', () => {
    const d = code('NATO - the alliance warned Russia on Monday against new attacks.');
    expect(d.mentions[0].locative).toBe(false);
  });
  it('the dateline still gives an unknown titled person a country', () => {
    const d = code(
      'PRISTINA, Sept. 24 (Reuters) - Prime Minister Dardan Veliqi accused Serbia of an attack.',
    );
    expect(actorOf(d, 'Prime Minister Dardan Veliqi')).toBe('XKX:GOV');
  });
});

describe('actors: non-state groups and historical names', () => {
  it("a non-state group's officials and fighters act as the group; a state's keep their role", () => {
    const d = code(
      'A senior Houthi official spoke. Hamas fighters attacked. Russian officials met Iranian troops.',
    );
    expect(actorOf(d, 'Houthi official')).toBe('YEM:REB');
    expect(actorOf(d, 'Hamas fighters')).toBe('PSE:REB');
    expect(actorOf(d, 'Russian officials')).toBe('RUS:GOV');
    expect(actorOf(d, 'Iranian troops')).toBe('IRN:MIL');
  });
  it("a rank word inside a possessive compound ('Taiwan's Vice Foreign Minister')", () => {
    const d = code("Taiwan's Vice Foreign Minister visited Russia. Iran's Deputy Foreign Minister spoke.");
    expect(actorOf(d, "Taiwan's Vice Foreign Minister")).toBe('TWN:GOV');
    // a capitalised title without a name is an office, like a role noun; a one-word title is not
    expect(actorOf(d, "Iran's Deputy Foreign Minister")).toBe('IRN:GOV');
    expect(
      code('Michigan General is offering to exchange its notes.').mentions.map((m) => m.role),
    ).not.toContain('MIL');
  });
  it('the European Community and the EEC are the EU', () => {
    const d = code('The European Community and the EEC rejected it.', '1987-03-01');
    expect(actorOf(d, 'European Community')).toBe('EU:IGO');
    expect(actorOf(d, 'EEC')).toBe('EU:IGO');
  });
  it('former states code as their successor; "former Soviet republic" is not Russia', () => {
    const d = code(
      'The Soviet Union and Yugoslavia signed a deal with West Germany. Soviet troops left Czechoslovakia.',
      '1987-03-01',
    );
    expect(actorOf(d, 'Soviet Union')).toBe('RUS');
    expect(actorOf(d, 'Yugoslavia')).toBe('SRB');
    expect(actorOf(d, 'West Germany')).toBe('DEU');
    expect(actorOf(d, 'Soviet troops')).toBe('RUS:MIL');
    expect(actorOf(d, 'Czechoslovakia')).toBe('CZE');
    const r = code('Washington may impose sanctions on the former Soviet republic of Belarus.', '2004-10-01');
    expect(r.mentions.map((m) => m.country)).not.toContain('RUS');
    expect(r.mentions.map((m) => m.country)).toContain('BLR');
  });
  it('a title followed by a name with a particle or a hyphenated piece is one person', () => {
    const d = code(
      'West German President Richard von Weizsaecker arrived. Lebanese Prime Minister Rafik al-Hariri resigned.',
      '1987-03-01',
    );
    expect(d.mentions.some((m) => m.kind === 'person' && m.text.endsWith('von Weizsaecker'))).toBe(true);
    expect(d.mentions.some((m) => m.kind === 'person' && m.text.endsWith('al-Hariri'))).toBe(true);
  });
  it('a rank word and a possessive country join a title before an unknown name', () => {
    const d = code(
      "Iran's Deputy Defence Minister Reza Talaei-Nik met Iraqi officials. Russian Deputy Defence Minister Alexander Fomin spoke.",
      '2023-06-10',
    );
    expect(actorOf(d, "Iran's Deputy Defence Minister Reza Talaei-Nik")).toBe('IRN:MIL');
    expect(actorOf(d, 'Russian Deputy Defence Minister Alexander Fomin')).toBe('RUS:MIL');
  });
  it("an organisation's titled officer acts as the organisation", () => {
    const d = code(
      'Arab League Secretary-General Chedli Klibi urged the European Community to act.',
      '1988-03-01',
    );
    expect(actorOf(d, 'Arab League Secretary-General Chedli Klibi')).toBe('ARL:IGO');
  });
  it('a known surname after another first name is a namesake; "General Motors Corp" is a company', () => {
    const d = code(
      'Judge Charles Harris sentenced three men. General Electric Co said it would appeal.',
      '2024-03-01',
    );
    expect(d.mentions.some((m) => m.text === 'Harris')).toBe(false);
    expect(d.mentions.some((m) => m.text.startsWith('General'))).toBe(false);
    expect(ev('General Motors Corp called for a repurchase of shares.', '1987-03-01')).toEqual([]);
  });
  it('leaders of the 1980s code by their office on the article date; a namesake is not the known person', () => {
    const d87 = code('President Reagan met Soviet leader Mikhail Gorbachev. Bush spoke later.', '1987-12-08');
    expect(actorOf(d87, 'President Reagan')).toBe('USA:GOV');
    expect(actorOf(d87, 'Mikhail Gorbachev')).toBe('RUS:GOV');
    expect(actorOf(d87, 'Bush')).toBe('USA:GOV'); // George H. W. Bush, vice president
    const d03 = code('Bush met Gorbachev.', '2003-01-31');
    expect(actorOf(d03, 'Gorbachev')).toBe('RUS:ELI');
    const m = code('Prosecutors hoped to interview Mark Thatcher in Cape Town.', '2004-11-25');
    expect(m.mentions.some((x) => x.kind === 'person' && x.text.includes('Thatcher'))).toBe(false);
  });
  it('"it" after "the bloc" reaches the bloc\'s antecedent', () => {
    const d = code(
      'ECOWAS met in Abuja. The bloc imposed sanctions on Niger, and it threatened military intervention.',
      '2023-08-01',
    );
    expect(actorOf(d, 'it')).toBe('ECOWAS:IGO');
  });
  it('"chief executive" is business, not the executive branch', () => {
    const d = code('The chief executive of the bank resigned.', '2004-10-01');
    expect(d.mentions.find((m) => m.text.includes('chief executive'))?.role).toBe('BUS');
  });
});

describe('actors: a title word as a surname', () => {
  it('"Secretary Tom King" is one person; "King Abdullah" after a country adjective is still a king', () => {
    const d = code(
      'Defence Secretary Tom King has promised to continue military aid to Mozambique.',
      '1990-01-01',
    );
    expect(d.mentions.some((m) => m.name === 'Tom King' || /Tom King$/.test(m.name ?? ''))).toBe(true);
    expect(d.mentions.some((m) => m.name === 'King')).toBe(false);
    const j = code('Jordanian King Abdullah met the Egyptian president on Monday.', '2010-01-01');
    expect(j.mentions.some((m) => m.country === 'JOR' && m.role === 'GOV')).toBe(true);
  });
});

describe('actors: a capital before a common noun is a place', () => {
  it('"the Paris, Amsterdam and Lisbon stock exchanges", "a Kabul hotel" name no government; "Moscow police" is a compound', () => {
    const d = code(
      'Euronext, which runs the Paris, Amsterdam and Lisbon stock exchanges, began talks with the LSE.',
      '2005-01-10',
    );
    expect(d.mentions.filter((m) => m.capital).every((m) => m.locative && m.role === null)).toBe(true);
    expect(d.events.some((e) => e.source?.role === 'GOV')).toBe(false);
    expect(actorOf(code('Moscow police arrested him.', '2005-01-10'), 'Moscow police')).toBe('RUS:COP');
    expect(actorOf(code('Kabul accused Islamabad of backing militants.', '2005-01-10'), 'Kabul')).toBe(
      'AFG:GOV',
    );
  });
});

describe('actors: a lone surname in a story about another country is a namesake', () => {
  it('"Mr Howard" in a British election story is not Australia\'s John Howard; with Australia named he is', () => {
    const uk = code(
      'Mr Howard said Labour would raise taxes in Britain. The British prime minister rejected the claim in London.',
      '2005-04-10',
    );
    expect(uk.mentions.filter((m) => m.text === 'Howard').every((m) => m.country === null)).toBe(true);
    const au = code(
      'Mr Howard said Australia would send more troops. Canberra confirmed the plan.',
      '2005-04-10',
    );
    expect(au.mentions.find((m) => m.text === 'Howard')?.country).toBe('AUS');
    // a first name vouches for the surname
    const full = code(
      'John Howard met British leaders in London. Howard said Britain was a friend.',
      '2005-04-10',
    );
    expect(full.mentions.filter((m) => m.text === 'Howard').every((m) => m.country === 'AUS')).toBe(true);
  });
});

describe("actors: a country's unknown named company is not its government", () => {
  it('"France\'s Peugeot warned" has no French source; "Britain\'s Export Credits Guarantee Department" is the state', () => {
    expect(ev("France's Peugeot warned that its profits may decline this year.", '2005-03-01')).toEqual([]);
    expect(ev("Japan's Nippon Steel agreed to pay more for iron ore.", '2005-03-01')).toEqual([]);
    expect(
      ev("Britain's Export Credits Guarantee Department is holding talks with Nigeria.", '1987-04-03'),
    ).toContain('GBRGOV>NGA 046 actual');
    expect(ev("Russia's Gazprom threatened to cut gas to Ukraine.", '2009-01-02')).toContain(
      'RUSBUS>UKR 130 threat',
    );
  });
});

describe('actors: a known surname after another given name is someone else in the whole story', () => {
  it('"Stan Howard, born in 1922" is no John Howard, nor is the later "Howard" of the same story', () => {
    const d = code(
      'Born in 1922 to poor immigrants, Stan Howard got a job at a comics firm. Years later Howard refused to sign his name.',
      '2005-04-10',
    );
    expect(d.mentions.filter((m) => m.text === 'Howard').every((m) => m.country === null)).toBe(true);
    expect(brief(d.events)).toEqual([]);
    // a title or the person's own first name before the surname is no other given name
    const pm = code(
      'Prime Minister Howard visited Jakarta. Later Howard said Australia was a friend.',
      '2005-04-10',
    );
    expect(pm.mentions.filter((m) => m.text === 'Howard').every((m) => m.country === 'AUS')).toBe(true);
    const own = code('John Howard arrived in Jakarta. Howard said Australia was a friend.', '2005-04-10');
    expect(own.mentions.filter((m) => m.text === 'Howard').every((m) => m.country === 'AUS')).toBe(true);
  });
});

describe('actors: a longer name after "the" wins', () => {
  it('"the West German capital" is Germany, not "the West"; "the UN Security Council" is the council', () => {
    const d = code('Thatcher left the West German capital on Monday.', '1987-03-24');
    expect(d.mentions.some((m) => m.org === 'WST')).toBe(false);
    expect(d.mentions.some((m) => m.country === 'DEU')).toBe(true);
    expect(
      code('Iran wrote to the UN Security Council.', '2020-01-01').mentions.some((m) => m.org === 'UNSC'),
    ).toBe(true);
  });
});

describe('protest and social movements', () => {
  it('codes a movement by its full name, from the day it began, with its country and role', () => {
    const occupy = code('Occupy protesters marched on City Hall in Oakland.', '2011-11-02').events;
    expect(occupy.map((e) => [e.source?.code, e.code])).toEqual([['USAOPP', '141']]);
    // before it began, the name is no actor
    const blm = (published: string) =>
      code('Black Lives Matter activists rallied.', published).mentions.some((m) => m.org === 'BLM');
    expect(blm('2005-01-01')).toBe(false);
    expect(blm('2016-01-01')).toBe(true);
    expect(ev('Yellow vest protesters blocked roads across France.', '2018-12-08')).toEqual([
      'FRAOPP>FRA 144 actual',
    ]);
    // "occupy" the verb is still an occupation
    expect(ev('Russia will occupy the island.', '2018-12-08')).toEqual(['RUSGOV>- 1382 future']);
  });
  it("a movement's leaders act as the movement, not as a government", () => {
    expect(ev('Solidarity union leaders met the Polish government.', '1989-02-06')).toEqual([
      'POLLAB>POLGOV 040 actual',
    ]);
    expect(ev('Greenpeace officials criticised the Japanese government.', '2010-01-10')).toEqual([
      'GRPENV>JPNGOV 111 actual',
    ]);
  });
});

describe('actors: a country name between an article and a common noun names a topic', () => {
  it('"the Iraq war", "the U.S. exchanges" are no subject; "the United States plans to" still is', () => {
    const d = code('Critics of the Iraq war have slammed the prime minister.', '2004-10-15');
    expect(d.mentions.find((m) => m.country === 'IRQ')?.agentive).toBe(false);
    expect(ev('The U.S. exchanges oppose the proposed regulations.', '1987-03-18')).toEqual([]);
    expect(ev('The United States plans to take retaliatory action against Japan.', '1987-03-28')[0]).toMatch(
      /^USA\w*>JPN /,
    );
  });
});

describe('actors: a title sharing its portfolio with another', () => {
  it('"Indonesia\'s Mining and Energy Minister Subroto" is Indonesian whatever the dateline', () => {
    const d = code(
      "KUALA LUMPUR, March 3 - Indonesia's Mining and Energy Minister Subroto pledged support for the curb.",
      '1987-03-03',
    );
    expect(d.mentions.find((m) => m.name === 'Subroto')).toMatchObject({ country: 'IDN', role: 'GOV' });
    const f = code(
      'The French Foreign and European Affairs Minister Jean Dupont met Chinese officials.',
      '1987-03-03',
    );
    expect(f.mentions.find((m) => m.name === 'Jean Dupont')).toMatchObject({ country: 'FRA', role: 'GOV' });
    // the portfolio words are the title's, no actor of their own
    const b = code("Britain's Trade and Industry Secretary Paul Channon said he would act.", '1987-03-03');
    expect(b.mentions.map((m) => m.text)).not.toContain('Industry');
  });
  it('needs the "and": a capitalised word before a title is no portfolio of it', () => {
    const d = code(
      'LONDON, March 3 - Visiting Energy Minister Subroto met the Saudi oil minister.',
      '1987-03-03',
    );
    expect(d.mentions.find((m) => m.name === 'Subroto')?.country).not.toBe('SAU');
  });
});

describe('actors: a metonym closing a longer unknown name', () => {
  it('"the Trade Unions Congress" and "National Westminster Bank" are not the US Congress or Parliament', () => {
    const d = code('The Trade Unions Congress welcomed the increase.', '2005-01-10');
    expect(d.mentions).toEqual([]);
    expect(d.events).toEqual([]);
    const n = code('National Westminster Bank raised its base rate.', '1987-03-10');
    expect(n.mentions.some((m) => m.role === 'LEG')).toBe(false);
  });
  it('keeps a country before it, and the bare metonym', () => {
    expect(actorOf(code('The US Congress approved the aid.', '2005-01-10'), 'The US Congress')).toBe(
      'USA:LEG',
    );
    expect(
      actorOf(code('The Brazilian Congress rejected the plan.', '2005-01-10'), 'Brazilian Congress'),
    ).toBe('BRA:LEG');
    expect(actorOf(code('Congress approved aid to Israel.', '2005-01-10'), 'Congress')).toBe('USA:LEG');
  });
});

describe('actors: a present title names the office the lexicon does not list', () => {
  it('codes "Belgian Finance Minister Mark Eyskens" (a minister before his listed offices) as GOV', () => {
    const d = code(
      'BRUSSELS, April 2 - Belgian Finance Minister Mark Eyskens welcomed the increase.',
      '1987-04-02',
    );
    expect(d.mentions.find((m) => m.name === 'Mark Eyskens')?.role).toBe('GOV');
  });
  it("codes an opposition leader as OPP, an international office by the person's own IGO tenure", () => {
    const g = code(
      'Conservative opposition leader Constantine Mitsotakis urged Papandreou to accept.',
      '1987-04-02',
    );
    expect(g.mentions.find((m) => m.text.includes('Mitsotakis'))?.role).toBe('OPP');
    const u = code(
      'UN High Commissioner for Refugees Ruud Lubbers said Sudan should grant autonomy.',
      '2026-12-06',
    );
    expect(actorOf(u, 'UN High Commissioner for Refugees Ruud Lubbers')).toBe('UNHCR:IGO');
  });
  it('keeps a past office past, with a country between ("former South African president")', () => {
    const d = code(
      'At a dinner, former South African president Nelson Mandela backed the plan.',
      '2005-02-05',
    );
    expect(d.mentions.filter((m) => m.country === 'ZAF').every((m) => m.role === 'ELI')).toBe(true);
    const o = code('He criticized the outgoing Irish government.', '1987-03-01');
    expect(actorOf(o, 'Irish government')).toBe('IRL:GOV');
  });
  it('gives a bare role noun before a name no government office ("rebel leader", "No. 2 man")', () => {
    const d = code("Al Qaeda's No. 2 man Ayman Zawahiri called for armed resistance.", '2004-09-01');
    expect(d.mentions.find((m) => m.name === 'Ayman al-Zawahiri')).toMatchObject({ org: 'ALQ', role: 'REB' });
  });
});

describe('actors: a lone surname after the full name', () => {
  it('takes the full mention\'s coding ("Finance Minister Kiichi Miyazawa ... Miyazawa said")', () => {
    const d = code(
      'TOKYO, March 3 - Finance Minister Kiichi Miyazawa met U.S. officials. Miyazawa said the yen was stable.',
      '1987-03-03',
    );
    expect(d.mentions.filter((m) => m.text === 'Miyazawa').map((m) => `${m.country}:${m.role}`)).toEqual([
      'JPN:GOV',
    ]);
  });
  it('is the namesake the story named in full, not the lexicon\'s person ("Michael Howard ... Howard denied")', () => {
    const d = code(
      'LONDON, April 11 - Corporate Affairs Minister Michael Howard returned from Japan. Howard denied the trip had failed.',
      '1987-04-11',
    );
    expect(d.mentions.find((m) => m.text === 'Howard')?.country).toBe('GBR');
  });
});

describe("actors: an international body's officials", () => {
  it('act as the body ("UN officials", "an IMF delegation"), its troops as its military', () => {
    expect(actorOf(code('UN officials criticised Israel.', '2012-03-01'), 'UN officials')).toBe('UN:IGO');
    expect(actorOf(code('An IMF delegation visited Israel.', '2012-03-01'), 'IMF delegation')).toBe(
      'IMF:IGO',
    );
    expect(actorOf(code('NATO troops attacked the Taliban.', '2012-03-01'), 'NATO troops')).toBe('NATO:MIL');
  });
});

describe('actors: a name that holds only in some stories (metonyms.yaml whenStoryNames)', () => {
  it('"the North" is North Korea in a story naming either Korea', () => {
    expect(ev('Seoul suspended a military agreement with the North.', '2023-11-22')).toEqual([
      'KORGOV>PRKGOV 127 actual',
    ]);
    const d = code('North Korea fired a missile on Monday. The South condemned the launch.');
    expect(actorOf(d, 'The South')).toBe('KOR:GOV');
  });
  it('but not in other stories, nor as part of a longer name', () => {
    expect(
      actorOf(
        code('Republicans won seats in the South. Biden met the North Carolina governor.'),
        'the South',
      ),
    ).toBeNull();
    const d = code('North Korea fired a missile. China sent ships to the South China Sea.');
    expect(actorOf(d, 'the South')).toBeNull();
  });
});

describe('actors: one member of a body', () => {
  it('is a member state, not the body ("Hungary, the other NATO member yet to ratify")', () => {
    expect(
      ev(
        'Hungary, the other NATO member yet to ratify the bids, said it would vote in February.',
        '2023-01-23',
      ),
    ).toEqual(['HUNGOV>- 057 negated']);
    // the members together still act as the body
    expect(ev('NATO members pledged to spend 2 percent of GDP on defence.', '2023-01-23')).toEqual([
      'NATO>- 030 future',
    ]);
  });
});

describe('actors: a later mention by family name', () => {
  it('takes the first word of a Chinese or Korean name ("Wang Yi" -> Wang, "Yoon Suk Yeol" -> Yoon)', () => {
    expect(
      ev(
        'Antony Blinken held talks with Wang Yi in Beijing. Wang warned Blinken not to interfere in Taiwan.',
        '2024-04-26',
      ),
    ).toContain('CHNGOV>USAGOV 130 threat');
    const d = code(
      'South Korean President Yoon Suk Yeol visited Tokyo. Yoon criticised North Korea.',
      '2024-04-26',
    );
    expect(actorOf(d, 'Yoon')).toBe('KOR:GOV');
  });
  it('and the last word of other names ("Fumio Kishida" -> Kishida)', () => {
    const d = code(
      'Japanese Prime Minister Fumio Kishida visited Seoul. Kishida criticised North Korea.',
      '2024-04-26',
    );
    expect(actorOf(d, 'Kishida')).toBe('JPN:GOV');
  });
});

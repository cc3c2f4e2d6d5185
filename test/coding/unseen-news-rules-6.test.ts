/**
 * Rule families found on news Redline had not seen (world-news, long-articles; earlier ones are in
 * unseen-news-rules*.test.ts), each checked on every changed event of both corpora.
 */
import { describe, expect, it } from 'vitest';
import { actorOf, code, ev } from '../helpers/code.js';

describe("a purpose infinitive after a verb's object", () => {
  it('is no more done than its verb', () => {
    expect(
      ev('Police arrested militants accused of planning to buy explosives to attack Kenyan police stations.'),
    ).toEqual(['KENREB>KENCOP 1384 future', 'KENCOP>KENREB 173 actual']);
    expect(
      ev('The Chilean delegation will fly to Geneva next month to complete negotiations with the WTO.'),
    ).toEqual(['CHLGOV>CHE 036 future', 'CHLGOV>WTO 036 future']);
  });
  it('after a verb that happened, it stays actual', () => {
    expect(
      ev('The Chilean delegation flew to Geneva last month to complete negotiations with the WTO.'),
    ).toEqual(['CHLGOV>CHE 042 actual', 'CHLGOV>WTO 046 actual', 'WTO>CHLGOV 046 actual']);
  });
  it("a noun's own infinitive, an owner or a 'no' between keep it from the verb", () => {
    expect(ev("The senators hadn't read the Kremlin's decision to expel the diplomats.")).toEqual([
      'RUSGOV>- 166 actual',
    ]);
    expect(ev('Obama changed no votes at a meeting with senators to seek support from Mexico.')).toEqual([
      'USAELI>- 022 actual',
    ]);
    expect(ev('Brazil plans to hold a meeting to seek support from Argentina.')).toEqual([
      'BRAGOV>- 022 future',
    ]);
  });
});

describe('"for" after a verb of leaving', () => {
  it('names a destination, not the subject of the infinitive after it', () => {
    // (the trip itself is an event too since "leave for" codes as "fly to" does)
    expect(ev('The Chilean delegation will leave for Geneva to meet the WTO.')).toEqual([
      'CHLGOV>CHE 036 future',
      'CHLGOV>WTO 036 future',
    ]);
    expect(ev('Chile set off for Geneva to meet the IMF.')).toEqual(['CHLGOV>IMF 040 actual']);
  });
  it('elsewhere "for X to" still has X as its subject', () => {
    expect(ev('It is time for Britain to meet the IMF.')).toEqual(['GBRGOV>IMF 040 hypothetical']);
  });
});

describe('armed people a state sends or uses', () => {
  it("are that state's", () => {
    expect(ev('Turkey has used drones to attack Kurdish militants.')).toEqual(['TURMIL>TURREB 190 actual']);
    expect(ev('Russia will use drones to attack Ukraine.')).toEqual(['RUSMIL>UKR 1384 future']);
  });
  it("a body's stay unowned", () => {
    expect(ev('NATO will use drones to attack the rebels.')).toEqual([]);
  });
  it('are no target of what the sending names after them', () => {
    expect(ev('Egypt sent 2,000 troops to aid the Sudanese army.')).toEqual(['EGYGOV>SDNMIL 070 actual']);
  });
  it('victims the pattern ends on are still its target', () => {
    expect(ev('Syrian rebels said an Israeli strike killed at least 12 Syrian soldiers.')).toEqual([
      'ISR>SYRMIL 190 actual',
    ]);
  });
});

describe("an unknown people's adjective read as a name", () => {
  it('before a role noun leaves the role as the object', () => {
    expect(ev('Turkey struck Kurdish militants.')).toEqual(['TUR>TURREB 190 actual']);
  });
});

describe("a scare quote's closing mark", () => {
  it('does not hide the head noun of a reduced passive relative', () => {
    expect(ev("Hamas admits that 'policemen' killed in the war were Hamas fighters.")).toEqual([]);
    expect(ev('Hamas admits that policemen killed in the war were Hamas fighters.')).toEqual([]);
  });
  it('an active verb after it keeps its subject', () => {
    expect(ev('The "rebels" attacked Syrian troops.')).toEqual(['SYRREB>SYRMIL 190 actual']);
  });
});

describe('a plural pronoun reported by unknown people', () => {
  it('is those people, not an actor named before them', () => {
    const text =
      'The Bank of Japan and the Federal Reserve issued new rules. Traders said that, in effect, regulators are asking them to hold more reserves.';
    const d = code(text);
    expect(actorOf(d, 'them')).toBe('?');
    const d2 = code('Japan attacked Korea. Analysts said they expect more attacks.');
    expect(actorOf(d2, 'they')).toBe('?');
  });
  it('a known group before the saying verb is still "they"', () => {
    const d = code('Russia attacked Ukraine. Russian officials said they would attack again.');
    expect(actorOf(d, 'they')).toBe('RUS:GOV');
  });
});

describe('a plural pronoun with a plural noun between it and the unknown sayers', () => {
  it('takes the usual antecedent', () => {
    expect(
      ev(
        'Britain and Japan agreed. The officials said both countries reached agreement at their talks here.',
      ),
    ).toContain('GBRGOV>JPNGOV 057 actual');
  });
});

describe('portfolio words between a country adjective and a title', () => {
  it('one or two need no "and"', () => {
    expect(
      ev(
        'Earlier, Canadian sources said French Foreign Trade Minister Jean Dupuis had pulled out of the GATT talks.',
      ),
    ).toEqual(['FRAGOV>- 164 actual']);
    expect(ev('Bosnian Serb Prime Minister Dragan Kovac resigned on Monday.')).toEqual([
      'BIHGOV>- 0831 actual',
    ]);
  });
});

describe('a compass word between a preposition and a place', () => {
  it('leaves the place governed by the preposition', () => {
    const d = code('He was born in a village. Mr Kovac, from north London, was arrested.');
    expect(d.mentions.find((m) => m.text === 'London')?.prep).toBe('from');
  });
});

describe('a time clause of a main clause still to come', () => {
  it('is future: English puts its verb in the present', () => {
    expect(
      ev('Kishida will present the plan to U.S. officials when he visits the U.S.', '2023-03-01'),
    ).toEqual(['JPNGOV>USA 036 future']);
    expect(ev('Once the troops arrive in Poland, NATO will start the exercise.')).toEqual([
      'NATO>- 138 future',
    ]);
  });
  it("the main clause's negation does not reach it; its own does", () => {
    expect(ev('Russia will not stop until Ukraine surrenders.')).toEqual(['UKRGOV>- 0356 future']);
    expect(ev('Russia will attack when Ukraine does not surrender.')).toContain('UKRGOV>- 0874 negated');
  });
  it('a past or present main clause leaves it as told', () => {
    expect(ev('Kishida explained the plan when he visited the U.S.', '2023-03-01')).toEqual([
      'JPNGOV>USA 042 actual',
    ]);
  });
});

describe('a verbless line of a speaker "on" a topic', () => {
  it('names the topic, no act', () => {
    expect(ev('Video: Donald Trump on torture')).toEqual([]);
    expect(ev('Blair on the Iraq war')).toEqual([]);
  });
  it('an act noun with its own actor before "on" still codes', () => {
    expect(ev('Russian attack on Kyiv')).toEqual(['RUS>UKRCVL 190 actual']);
  });
});

describe('a saying participle right after an actor', () => {
  it('has that actor as the subject of what it reports', () => {
    expect(
      ev(
        'EC farm ministers ended their meeting with France saying it would use its veto on the proposals.',
        '1987-06-01',
      ),
      // (no target: "its veto" is France's own, the "it" before it; it had been read as the ministers')
    ).toEqual(['FRAGOV>- 129 future']);
  });
});

describe('body names', () => {
  it('the eurozone is the European Union', () => {
    expect(ev('Eurozone finance ministers agree deal on Greece bailout')).toEqual(['EU>- 0331 future']);
  });
});

describe('"no choice but to"', () => {
  it('reads the modal before it, neither a stop nor a negation', () => {
    expect(ev('Reagan said he would have no choice but to veto the bill.', '1987-06-01')).toEqual([
      'USAGOV>- 129 future',
    ]);
  });
  it('after a past verb the act was done', () => {
    expect(ev('Reagan had no choice but to veto the bill.', '1987-06-01')).toEqual(['USAGOV>- 129 actual']);
  });
});

describe('a role noun "from" an unknown body', () => {
  it("is the body's, not the story's one country's", () => {
    expect(
      ev('WASHINGTON, April 8 - Ministers from the Group of 24 developing countries called for a committee.'),
    ).toEqual([]);
  });
  it("from a ministry it is still the country's", () => {
    expect(ev('WASHINGTON - Officials from the Finance Ministry called for a committee.')).toEqual([
      'USAGOV>- 020 actual',
    ]);
  });
});

describe('"and" after a verb\'s object, then a common-noun subject', () => {
  it('joins clauses: the second subject is no actor, and the first clause lends none', () => {
    expect(ev('Gunmen killed the Baghdad governor and a suicide bomber killed 10 people.')).toEqual([
      'IRQUAF>IRQGOV 190 actual',
    ]);
    expect(ev('Russia attacked Ukraine on Monday and a missile killed 10 people.')).toEqual([
      'RUS>UKR 190 actual',
    ]);
  });
  it('a coordinated subject or a definite plural of actors still counts', () => {
    expect(
      ev(
        'Washington should join Moscow in a peace initiative and the superpowers should impose an arms embargo against Tehran.',
        '1987-10-01',
      ),
    ).toContain('RUSGOV>IRNGOV 163 hypothetical');
  });
});

describe('verbs of prompting', () => {
  it('make their object the subject of the infinitive', () => {
    expect(ev('The attack prompted Israel to threaten Hamas.')).toEqual(['ISRGOV>PSEREB 130 threat']);
    expect(
      ev('The Democrats could not agree, prompting Gray to invite the Republicans to join them.'),
    ).toEqual([]);
  });
});

describe('a time clause of a main clause with an intent phrase', () => {
  it('is future too', () => {
    expect(
      ev('A Taiwan mission plans to buy cotton when it visits several U.S. states early next month.'),
    ).toEqual(['TWNGOV>USA 036 future']);
  });
});

describe('an object relative clause ("X, which Y attacked")', () => {
  it("has the relative's head as the object of its verb", () => {
    expect(ev('Putin praised Hungary, which he visited last year.')).toEqual([
      'RUSGOV>HUN 051 actual',
      'RUSGOV>HUN 042 actual',
    ]);
    expect(ev('The rebels seized Kidal, which the army attacked in May.')).toContain(
      'MLIMIL>MLICVL 190 actual',
    );
    expect(
      ev('Diplomats said Iran, which Washington has accused of backing terrorism, denied it.'),
    ).toContain('USAGOV>IRN 112 actual');
  });
  it("a town after a preposition may be a whole clause's: no object", () => {
    expect(ev('Some business could drift to London, which the Bundesbank vehemently opposes.')).toEqual([
      'DEUGOV>- 110 actual',
    ]);
  });
});

describe('an act noun attributed to an actor', () => {
  it('has that actor as the agent of its verb', () => {
    expect(ev('Bombings blamed on al-Qaeda killed 24 people in Baghdad.')).toEqual([
      'ALQREB>IRQCVL 190 actual',
    ]);
    expect(ev('Attacks claimed by Hamas killed three Israelis.')).toEqual(['PSEREB>ISRCVL 190 actual']);
  });
  it("a participle's agent on people is still no subject", () => {
    expect(ev('Militants backed by Iran attacked Israeli troops.')).toEqual([]);
  });
});

describe("a title-case headline's plural after a name that follows a verb", () => {
  it("is the name's head noun, not more name", () => {
    expect(ev('Israel Strikes Hamas Targets in Gaza')).toEqual(['ISR>PSEREB 190 actual']);
    expect(ev('South Sudan Expels U.N. Rights Officer')).toEqual(['SSD>UN 174 actual']);
  });
  it('a name with no verb before it keeps its longer name', () => {
    expect(ev('China Daily Reports Floods')).toEqual([]);
  });
});

describe('a place of origin in an aside', () => {
  it('is no subject of the passive after it', () => {
    expect(ev('Mr Kovac, 29, from north London, was originally detained in Zambia.')).toEqual([
      'ZMB>- 173 actual',
    ]);
  });
  it('people from a country still are', () => {
    expect(ev('Two men from Syria, both students, were arrested in Germany.')).toEqual([
      'DEU>SYRCVL 173 actual',
    ]);
  });
});

describe('"hit" with a military target noun', () => {
  it('takes the same hideouts and camps as "strike"', () => {
    expect(ev('Israeli jets hit Hamas training camps in Gaza.')).toEqual(['ISRMIL>PSEREB 190 actual']);
  });
  it('a storm or a sales target is no attack', () => {
    expect(ev('The storm hit refugee camps in Syria.')).toEqual([]);
    expect(ev('The company hit its sales targets.')).toEqual([]);
  });
});

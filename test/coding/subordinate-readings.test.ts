/**
 * Readings of the twenty-third session, each checked on every changed event of world-news and long-articles: a
 * ", which" clause on a name that is no actor, a condition inside a question clause, the endangering sense of
 * "threaten", and the subject of a gerund after "by" or "without".
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('", which" after a name or noun that is no actor', () => {
  it('opens a clause on that thing: an actor named before is no subject of its verb', () => {
    const plan = 'Mexico will sign the loan under the Baker Plan, which called for new bank lending.';
    expect(ev(plan, '1987-03-01').join()).not.toMatch(/MEX/);
    expect(
      ev('Mexico signed the loan under the plan, which called for new bank lending.', '1987-03-01'),
    ).toEqual([]);
  });
  it('but an actor right before the comma is the subject ("Amnesty International, which accused")', () => {
    expect(
      ev('France welcomed the report by Amnesty International, which accused Syria of torture.'),
    ).toContain('AMNHRI>SYR 1122 actual');
  });
});

describe('a condition inside a question clause with a modal of its own', () => {
  it('conditions the clause\'s verb, not the demand ("spell out which taxes he would raise if he wins")', () => {
    const text =
      'The Tories are demanding that Tony Blair spell out which taxes he would raise if he wins the election.';
    expect(ev(text, '2005-04-17')).toEqual(['GBRPTY>GBRGOV 100 actual']);
  });
  it('while a warning whose own clause holds the condition stays conditional', () => {
    expect(ev('Russia warned that it would strike Kyiv if NATO sent troops.')).toContain(
      'RUSGOV>NATO 012 conditional',
    );
  });
});

describe('"threaten" with a thing endangered as its object (notObject)', () => {
  it('is no threat against anyone', () => {
    expect(ev('Britain threatened the global trading system with its new law, the EU said.')).toEqual([]);
    expect(ev('The rebels threatened the peace process by attacking convoys.')).toEqual([]);
    expect(ev("China's moves threaten Taiwan's democracy, Japan said.")).toEqual([]);
  });
  it('while an actor or a thing owned by no such noun stays threatened', () => {
    expect(ev("Russia threatened Ukraine's President Zelensky.")).toEqual(['RUSGOV>UKRGOV 130 threat']);
    expect(ev("China threatened Taiwan's democracy activists.")).toEqual(['CHNGOV>TWNOPP 130 threat']);
  });
});

describe('"meet ... at a summit" with a demand met as its object (notObject)', () => {
  it('is no meeting ("to meet pressure on West Germany at the Venice summit")', () => {
    expect(
      ev('Germany must cut taxes to meet pressure from Washington at the Venice summit.', '1987-06-01'),
    ).toEqual([]);
    expect(ev('France will meet its commitments at the NATO summit.', '2024-06-01')).toEqual([]);
  });
  it('while a partner met there stays a meeting', () => {
    expect(ev('Putin will meet Xi at the SCO summit.')).toEqual(['RUSGOV>CHNGOV 036 future']);
  });
});

describe('an offered or proposed sum of a budget or a deal (notObject)', () => {
  it('is no loan ("the proposed 1988 budget projects a 1.3 billion franc surplus")', () => {
    expect(
      ev(
        "The Swiss government's proposed 1988 budget projects a 1.3 billion franc surplus, the ministry said.",
        '1987-10-20',
      ),
    ).toEqual([]);
    expect(
      ev('The Federal Reserve Board approved their proposed 1.19 billion dlr merger.', '1987-03-25'),
    ).toEqual([]);
    expect(
      ev('The administration has proposed a goal of 700 million dlrs worth of materials.', '1987-03-25'),
    ).toEqual([]);
  });
  it('while a sum or a loan offered to an actor stays an offer', () => {
    expect(ev('Japan offered a 2 billion dollar loan to Indonesia.', '1987-03-25')).toEqual([
      'JPNGOV>IDN 0331 future',
    ]);
  });
});

describe('the subject of a gerund after "by" or "without"', () => {
  it("is the main clause's, not the object of the verb before it", () => {
    expect(
      ev(
        'The banks want to isolate hard-line Brazil by clinching a deal with Argentina soon, bankers said.',
        '1987-03-01',
      ),
    ).toEqual([]);
    expect(ev('Israel provoked Hamas by attacking Gaza.')).toEqual(['ISR>PSECVL 190 actual']);
    expect(
      ev('Wilson acted to protect lower income Canadians by providing tax credits.', '1987-03-01').join(),
    ).not.toMatch(/CANCVL/);
  });
  it('except after a charge, whose object did what it names ("accused North Korea of miscalculation by refusing")', () => {
    expect(
      ev(
        'The United States accused North Korea on Tuesday of miscalculation by refusing to resume talks.',
        '2004-08-10',
      ),
    ).toContain('PRKGOV>- 125 hypothetical');
    expect(
      ev(
        'The United States charged Japan with violating GATT rules by restricting imports of rice.',
        '1987-03-01',
      ),
    ).toContain('JPN>- 163 actual');
  });
});

describe("a country's possessive before a named person", () => {
  it('makes the person the target, not the bare country ("met Russia\'s Vladimir Putin")', () => {
    expect(ev("Biden met Russia's Vladimir Putin in Geneva.", '2021-06-16')).toEqual([
      'USAGOV>RUSGOV 040 actual',
    ]);
    expect(ev("Biden criticised Russia's Putin.", '2021-06-16')).toEqual(['USAGOV>RUSGOV 111 actual']);
  });
  it('while a possessed thing keeps the country as the target ("attacked Ukraine\'s capital")', () => {
    expect(ev("Russia attacked Ukraine's capital.")).toEqual(['RUS>UKR 190 actual']);
  });
});

describe('subjects across asides and reported relatives', () => {
  it('a name in apposition to the object does not end a coordinated verb phrase', () => {
    const text =
      'An Iraqi group linked to al-Qaeda killed a second US hostage, Jack Hensley, and threatened to kill a British hostage.';
    expect(ev(text, '2004-09-22').join()).not.toMatch(/USACVL>GBRCVL/);
  });
  it('an accident verb before ", killing" leaves the killing without an agent', () => {
    expect(
      ev('A military plane crashed into a mountain in Venezuela, killing 25 people.', '2008-02-22'),
    ).toEqual([]);
    expect(ev('Israeli jets struck Gaza on Sunday, killing five people.').join()).toMatch(/^ISRMIL>/);
  });
  it('"who they say murdered": the sayer is no subject of the verb after it', () => {
    expect(
      ev('Chinese police have detained a man who they say murdered eight teenagers.', '2004-11-26'),
    ).toEqual(['CHNCOP>CHNCVL 173 actual']);
  });
});

describe('a possessive inside the object before "and"', () => {
  it('is no subject of the verb after the conjunction ("bombing their positions and killing")', () => {
    const text =
      'France has a role in Ivory Coast after President Laurent Gbagbo broke a ceasefire with rebels bombing their positions and killing nine French soldiers.';
    expect(ev(text, '2004-11-08').join()).not.toMatch(/FRA>FRAMIL/);
  });
  it('while a possessive heading the subject stands for its owner ("her allies criticised Beijing")', () => {
    expect(
      ev('The Russian minister said her comments angered China and her allies criticised Beijing.'),
    ).toEqual(['RUSGOV>CHNGOV 111 actual']);
  });
});

describe('documents and coordinated verbs', () => {
  it('an enacted document\'s participle is its enactor\'s act ("signed decrees annexing four regions")', () => {
    expect(ev('Putin signed decrees annexing four Ukrainian regions on Friday.', '2022-09-30')).toEqual([
      'RUSGOV>UKR 192 actual',
    ]);
    expect(ev('Congress passed a law banning imports from China.', '2022-09-30')).toEqual([
      'USALEG>CHN 163 actual',
    ]);
  });
  it('a second verb with its own phrase keeps it ("resigned and fled to India"); a shared object stays shared', () => {
    expect(ev('Sheikh Hasina resigned and fled to India.', '2024-08-10').join()).not.toMatch(/>IND/);
    expect(ev('U.S. forces attacked, seized, and sank an Iranian ship.', '1987-10-19')).toContain(
      'USAMIL>IRN 171 actual',
    );
  });
});

describe('acts planned or agreed, and clauses on an object', () => {
  it('a noun act under "agreed to" is an intent ("agreed to hold talks with Ukraine": 036, not talks held)', () => {
    expect(ev('The EU agreed to hold talks with Ukraine.', '2023-12-14')).toEqual(['EU>UKR 036 future']);
    // a modal's verb the tagger read as an adjective ("will open talks")
    expect(ev('The EU will open talks with Ukraine.', '2023-12-14')).toEqual(['EU>UKR 036 future']);
  });
  it('a participle clause on the object is no part of the act ("arrested a man suspected of plotting to ...")', () => {
    expect(
      ev('Poland arrested a man suspected of plotting to assassinate Zelensky.', '2024-04-18'),
    ).toContain('POL>- 173 actual');
  });
});

describe('a reduced relative before an infinitive ("states due to meet")', () => {
  it('makes the noun before "due|set|ready to" the subject, across the preposition that governs it', () => {
    expect(ev('Syria fears isolation by Egypt due to meet Jordan in Amman next week.', '1987-10-19')).toEqual(
      ['EGYGOV>JOR 036 future'],
    );
  });
  it('and a noun there that is no actor leaves the act without one, not with the clause subject', () => {
    expect(ev('Syria fears isolation by Arab leaders due to meet Jordan in Amman.', '1987-10-19')).toEqual(
      [],
    );
    expect(ev('Syria is due to meet Jordan in Amman.', '1987-10-19')).toEqual(['SYRGOV>JOR 036 future']);
  });
});

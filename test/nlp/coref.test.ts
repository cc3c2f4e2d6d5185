import { describe, it, expect } from 'vitest';
import { code, ev } from '../helpers/code.js';

describe('coref: a plural pronoun after a list', () => {
  it('"Mali, Niger and Burkina Faso said they were leaving" gives "they" all three; a clause comma is no list', () => {
    const d = code(
      'Mali, Niger and Burkina Faso said on Sunday that they were leaving the bloc.',
      '2024-01-29',
    );
    const they = d.mentions.find((m) => m.text === 'they')!;
    expect(d.expand(they).map((m) => m.country)).toEqual(['MLI', 'NER', 'BFA']);
    const e = code(
      'Hostages are held in Iraq, US officials said, and they would not free prisoners.',
      '2004-10-01',
    );
    const t2 = e.mentions.find((m) => m.text === 'they')!;
    expect(t2.antecedents ?? []).toHaveLength(0);
  });
});

describe('coref: names inside prefixed compounds', () => {
  it('"the one-China policy" names no actor for "it": the US, the clause subject, is its antecedent', () => {
    const d = code(
      'Mr Powell says that while the US recognises the one-China policy, it will offer to assist Taiwan if it is threatened.',
      '2004-10-26',
    );
    const china = d.mentions.find((m) => m.country === 'CHN')!;
    expect(china.modifier).toBe(true);
    const it = d.mentions.find((m) => m.text === 'it')!;
    expect(d.mentions[it.antecedent!].country).toBe('USA');
    expect(d.events.find((e) => e.target?.country === 'TWN')?.source?.country).toBe('USA');
  });
});

describe('coref: "X warned Y it would ..."', () => {
  it('the subject "it" of the clause reported after "warned/told Y" is the speaker X, not Y', () => {
    const d = code(
      'Japan warned the United States it may take retaliatory measures if the U.S. imposes its planned trade sanctions.',
      '1987-04-11',
    );
    const it = d.mentions.find((m) => m.text === 'it')!;
    expect(d.mentions[it.antecedent!].country).toBe('JPN');
    expect(d.events.find((e) => e.modality === 'conditional')?.source?.country).toBe('JPN');
    // a plural pronoun there is the addressee ("warned NATO they would face consequences")
    const p = code('Russia warned NATO they would face consequences.', '2024-01-01');
    const they = p.mentions.find((m) => m.text === 'they')!;
    expect(p.mentions[they.antecedent!].org).toBe('NATO');
  });
});

describe('coref: "told Y that it must ..."', () => {
  const antecedentOfIt = (text: string) => {
    const d = code(text, '1998-02-07');
    const it = d.mentions.find((m) => m.text === 'it' || m.text === 'they')!;
    return it.antecedent == null ? null : d.mentions[it.antecedent].country;
  };
  it('the subject of an obligation told to Y is Y, also after "a reminder to Y", across an earlier country', () => {
    expect(antecedentOfIt('The US told Iran that it must release the sailors.')).toBe('IRN');
    expect(
      antecedentOfIt(
        'Croatia is investigating war crimes. Chirac issued a reminder to Iraq that it must cooperate.',
      ),
    ).toBe('IRQ');
    expect(antecedentOfIt('Germany said to France that it had to act.')).toBe('FRA');
  });
  it("a promise or warning stays the speaker's", () => {
    expect(antecedentOfIt('Russia warned NATO that it would respond.')).toBe('RUS');
    expect(antecedentOfIt('Russia told NATO that it will respond.')).toBe('RUS');
  });
  it('the issuer of the reminder demands what the addressee must do', () => {
    const d = code(
      'Croatia is investigating war crimes. Chirac issued a stern reminder to Iraq that it must cooperate fully with UN inspectors.',
      '1998-02-07',
    );
    expect(d.events.map((e) => `${e.source?.code}>${e.target?.code} ${e.code.slice(0, 2)}`)).toContain(
      'FRAGOV>IRQ 10',
    );
  });
});

describe('coref: "the two countries"', () => {
  it('takes the last two countries named, not a city named as a place or a news outlet', () => {
    const d = code(
      'Turkey said Greece would not drill. An Ankara Radio report monitored in London said the two countries would talk.',
      '1987-03-28',
    );
    const pair = d.mentions.find((m) => m.text === 'the two countries')!;
    expect(
      d
        .expand(pair)
        .map((m) => m.country)
        .sort(),
    ).toEqual(['GRC', 'TUR']);
  });
  it("a dateline's city can be one of them", () => {
    const d = code(
      'OTTAWA, April 1 - The Japanese trading company signed a letter to boost trade between the two countries.',
      '1987-04-01',
    );
    const pair = d.mentions.find((m) => m.text === 'the two countries')!;
    expect(
      d
        .expand(pair)
        .map((m) => m.country)
        .sort(),
    ).toEqual(['CAN', 'JPN']);
  });
});

describe('coref: a plural group as the subject of the verb before "they"/"their"', () => {
  it('is the antecedent, known or not, not an actor of an earlier sentence', () => {
    const d = code(
      'Iraqi civilians fled the fighting in Basra, aid workers said. Some bankers said they were sceptical about the economy.',
      '1987-03-01',
    );
    const they = d.mentions.find((m) => m.text === 'they')!;
    expect(d.resolve(they).country).toBeNull();
  });
  it('gives a one-country story\'s group its own "their"', () => {
    const d = code('Nearly 1,000 Bangladeshi workers called off their strike on Saturday.', '1987-06-29');
    const their = d.mentions.find((m) => m.text === 'their')!;
    expect(d.resolve(their).country).toBe('BGD');
  });
});

describe('a pronoun reported right after an unknown speaker', () => {
  it('is that speaker, not an earlier known person ("Volcker said he would step down")', () => {
    const doc = code(
      'President Reagan met Japanese officials on Monday.\n\nVolcker said he would probably step down within two years.',
      '1987-06-02',
    );
    expect(doc.events.map((e) => `${e.source?.code} ${e.code}`)).toEqual(['USAGOV 040']);
    const known = code(
      'President Reagan met Japanese officials on Monday.\n\nReagan said he would veto the bill.',
      '1987-06-02',
    );
    expect(known.events.map((e) => `${e.source?.code} ${e.code}`)).toEqual(['USAGOV 040', 'USAGOV 129']);
  });
});

describe('a pronoun reported by a participle after a comma', () => {
  it('is the sentence’s subject, not the last name before it ("..., saying it would kill the hostages")', () => {
    const d = code(
      'A Taliban splinter group holding three U.N. workers hostage demanded a response from the Afghan government and United Nations by Tuesday, saying it would kill the hostages.',
      '2004-11-01',
    );
    // (the demand is the group's too: the participle phrase "holding three U.N. workers hostage" is on the subject)
    expect(d.events.map((e) => `${e.source?.code} ${e.code} ${e.modality}`)).toEqual([
      'AFGREB 1384 future',
      'AFGREB 100 actual',
      'AFGREB 100 actual',
    ]);
  });
});

describe('a pronoun reported by a saying verb', () => {
  it('is the saying verb\'s subject, not a name inside its "of" phrase', () => {
    expect(
      ev(
        'Iraqi kidnappers of two employees of a Turkish firm said on Friday they would free the hostages.',
        '2004-10-01',
      ),
    ).toEqual(['IRQCRM>- 0353 future']);
  });
  it('but not across a relative word ("the government, which said it would")', () => {
    expect(
      ev('The rebels joined the Sudanese government, which said it would free the hostages.', '2004-10-01'),
    ).toEqual(['SDNGOV>- 0353 future']);
  });
});

describe('coref: an object pronoun', () => {
  it('is never the subject of its own verb ("the minister backed him")', () => {
    expect(
      ev(
        'French President Emmanuel Macron spoke in Paris. Poland’s foreign minister backed him.',
        '2024-03-03',
      ),
    ).toEqual(['POLGOV>FRAGOV 051 actual']);
  });
  it('but may be a subject of another clause ("Macron said Scholz had criticised him")', () => {
    expect(ev('Macron said Scholz had criticised him.', '2024-03-03')).toEqual(['DEUGOV>FRAGOV 111 actual']);
  });
  it('"them" after its verb\'s subject is the plural noun before it, through whoever sends or has it', () => {
    // "NATO sends troops ... strike them": the troops are NATO's
    expect(ev('If NATO sends troops to Ukraine, Russia will strike them.', '2024-03-10')).toEqual([
      'RUSGOV>NATO 1384 conditional',
    ]);
    // no such noun in the sentence: unresolved, never the subject itself or an actor further back
    const d = code('The UN condemned the raid. Israel targeted them.', '2024-03-10');
    expect(d.resolve(d.mentions.find((m) => m.text === 'them')!).text).toBe('them');
  });
});

describe('the forces a force posture names', () => {
  it('are the sender’s means, not a target a later name lends a country ("sending troops. Poland’s ...")', () => {
    expect(
      ev(
        'Macron said Europe could not rule out sending troops. Poland’s foreign minister backed him.',
        '2024-03-03',
      ),
    ).toContain('EUR>- 154 hypothetical');
  });
});

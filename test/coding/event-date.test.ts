/** Which date in a sentence is the event's own: a date after the start of another act dates that act. */
import { describe, it, expect } from 'vitest';
import { code } from '../helpers/code.js';

/** date of the first event with this CAMEO root, and where it came from */
function dated(text: string, root: string, published = '2024-03-15') {
  const e = code(text, published).events.find((x) => x.root === root);
  expect(e, `no ${root} event in: ${text}`).toBeDefined();
  return `${e?.date} ${e?.dateOrigin}`;
}

describe('event dates: a date after another act is not this act’s', () => {
  it('a date after a marker of another act ("in retaliation for", "after", "that") dates that act', () => {
    expect(
      dated(
        'Latvia expelled three Belarusian diplomats in retaliation for a similar move by Minsk last month.',
        '16',
      ),
    ).toBe('2024-03-15 published');
    expect(dated('Moldova condemned the sanctions that Moscow imposed in January.', '11')).toBe(
      '2024-03-15 published',
    );
    // a date before the marker still dates the act
    expect(
      dated('Georgia summoned the Russian envoy on Tuesday after a helicopter crossed the border.', '11'),
    ).toBe('2024-03-12 text');
  });
  it('a date inside a later clause of its own ("to be reviewed in December") is not the act’s', () => {
    expect(
      dated('The European Union imposed an arms embargo on Niger, to be reviewed in December.', '16'),
    ).toBe('2024-03-15 published');
  });
  it('a closing attribution dates the report, the best evidence of when the act was', () => {
    expect(
      dated(
        'Chadian troops attacked a rebel camp near the border, killing six fighters, officials said Sunday.',
        '19',
      ),
    ).toBe('2024-03-10 text');
    expect(
      dated(
        'Kenya deployed police officers to Haiti that were trained abroad, the ministry said on Monday.',
        '15',
      ),
    ).toBe('2024-03-11 text');
  });
  it('a noun act’s own verb, participles and plain infinitives keep the date', () => {
    // the strikes are the subject of "killed": its date is theirs
    expect(dated('Turkish air strikes killed three PKK militants in northern Iraq on Thursday.', '19')).toBe(
      '2024-03-14 text',
    );
    // "suspected" modifies a noun; it starts no act
    expect(
      dated('Nigerian troops attacked two suspected militant hideouts near the border on Wednesday.', '19'),
    ).toBe('2024-03-13 text');
    // a purpose infinitive shares the act's time
    expect(dated('Police in Dakar used tear gas to break up a rally on Wednesday.', '17')).toBe(
      '2024-03-13 text',
    );
  });
});

describe('event dates: counted from another act', () => {
  it('"on Sunday, a day after X" dates X a day earlier; "two days after" two', () => {
    const strikes = code(
      'Ukraine struck a Russian airbase on Sunday, a day after Russia launched missiles at Odesa.',
      '2024-03-15',
    ).events;
    expect(strikes.find((e) => e.source?.country === 'UKR')?.date).toBe('2024-03-10');
    expect(strikes.find((e) => e.source?.country === 'RUS')?.date).toBe('2024-03-09');
    const d = code(
      'Serbia recalled its ambassador on Wednesday, two days after Kosovo expelled Serbian police officers.',
      '2024-03-15',
    );
    expect(d.events.find((e) => e.source?.country === 'SRB')?.date).toBe('2024-03-13');
    expect(d.events.find((e) => e.source && e.source.country !== 'SRB')?.date).toBe('2024-03-11');
  });
  it('"The move came a day after" counts from the day of the sentence before', () => {
    const d = code(
      'The European Union imposed sanctions on Thursday on three Iranian officials. The move came a day after Iran seized a Greek tanker in the Gulf.',
      '2024-03-15',
    );
    expect(d.events.find((e) => e.source?.country === 'IRN')?.date).toBe('2024-03-13');
  });
  it('no day-precise anchor, no shift: "in March, a week after" keeps the month', () => {
    const d = code(
      'Chile expelled a Venezuelan diplomat in March, a week after Venezuela closed its border.',
      '2024-05-20',
    );
    expect(d.events.every((e) => e.date === '2024-03')).toBe(true);
  });
  it('a quote with no date of its own was said on the day the sentence before gives its speaker', () => {
    const d = code(
      'On Tuesday, Lavrov accused NATO of preparing for war. “If the alliance sends troops to Ukraine, Russia will strike NATO bases,” he said.',
      '2024-03-15',
    );
    const threat = d.events.find((e) => e.modality === 'conditional');
    expect(threat?.date).toBe('2024-03-12');
  });
});

describe('event dates: "came N days after" far from the last date', () => {
  it('counts from the last day the story named, several sentences back', () => {
    const d = code(
      'ANKARA, Nov. 4 (Wire) - Turkey\'s president criticised Israel on Saturday. "We will not stay silent," he said. He also criticised Washington. Israel rejected his remarks. The comments came two days after Ankara recalled its ambassador from Israel.',
      '2023-11-04',
    );
    expect(d.events.find((e) => e.root === '16')?.date).toBe('2023-11-02');
  });
});

describe('a weekday after a quote', () => {
  it('takes the tense of its own clause, not the quote’s ("\'We will not send soldiers,\' Scholz said on Tuesday")', () => {
    // published on Sunday 2024-03-03: "said on Tuesday" is the Tuesday before
    expect(
      dated(
        '"We will not send soldiers to Ukraine," Chancellor Olaf Scholz said on Tuesday.',
        '15',
        '2024-03-03',
      ),
    ).toBe('2024-02-27 text');
    // a weekday inside the quote keeps the quote's future
    expect(
      dated(
        '"We will meet the Polish president on Tuesday," Chancellor Olaf Scholz said.',
        '03',
        '2024-03-03',
      ),
    ).toBe('2024-03-05 text');
  });
});

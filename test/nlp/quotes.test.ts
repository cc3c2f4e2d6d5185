import { describe, it, expect } from 'vitest';
import { code } from '../helpers/code.js';

const speakers = (text: string, published = '2024-10-01') => {
  const d = code(text, published);
  return d.quotes.map((q) => [d.text.slice(q.contentStart, q.contentEnd), q.speakerName, q.attributionRule]);
};

describe('quotes and speakers', () => {
  it('finds the speaker after a curly quote ("…," Putin stated)', () => {
    expect(speakers('“We will respond,” Putin stated on Sept. 12.')).toEqual([
      ['We will respond,', 'Vladimir Putin', 'after'],
    ]);
  });
  it('finds the speaker after a straight quote with inverted order (said X)', () => {
    const r = speakers('"The talks failed," said Lavrov.');
    expect(r[0][1]).toBe('Sergey Lavrov');
  });
  it("a speech verb coordinated after another has the first verb's subject as speaker, not its object", () => {
    const r = speakers(
      'The Turkish foreign ministry accused Greece of provocations and warned that Ankara would take “all necessary steps”.',
    );
    expect(r[0][1]).toMatch(/Turkish foreign ministry/);
    expect(r[0][2]).toBe('before');
  });
  it('finds the speaker before the quote (X replied, “…”) and across sentences inside the quote', () => {
    const r = speakers('Asked about it, Putin replied, “I hope they have heard. Because we will decide.”');
    expect(r).toHaveLength(1);
    expect(r[0][0]).toBe('I hope they have heard. Because we will decide.');
    expect(r[0][1]).toBe('Vladimir Putin');
    expect(['before', 'parenthetical']).toContain(r[0][2]);
  });
  it('resolves a parenthetical pronoun speaker ("The ministry, he revealed, is “…”")', () => {
    const r = speakers(
      'Putin spoke on TV. The Russian Ministry of Defense, he revealed, is “exploring a range of responses”.',
    );
    expect(r[0][1]).toBe('Vladimir Putin');
    expect(r[0][2]).toBe('parenthetical');
  });
  it("a fragment quoted inside a clause a speech verb opens is that clause's, not of a speech verb after it", () => {
    expect(
      speakers('Lavrov said Russia "strongly condemns" the decision and urged Macron to reverse it.'),
    ).toEqual([['strongly condemns', 'Sergey Lavrov', 'before']]);
    // (a verbless tail, then a comma and the attribution: after)
    expect(speakers('Lavrov said the West was "not serious" about the talks, Putin added.')).toEqual([
      ['not serious', 'Vladimir Putin', 'after'],
    ]);
  });
  it('takes "according to X"', () => {
    const r = speakers('“Sanctions will follow,” according to Josep Borrell.', '2022-03-01');
    expect(r[0][1]).toBe('Josep Borrell');
  });
  it('gives a whole-sentence quote the speaker of the previous sentence', () => {
    const r = speakers('Zelensky spoke to reporters in Kyiv. “We need more air defence.”', '2024-05-01');
    expect(r[0][1]).toBe('Volodymyr Zelensky');
    expect(r[0][2]).toBe('previous-sentence');
  });
  it('links "we" inside a quote to the speaker', () => {
    const d = code('“We will have to make some decisions,” Putin said.');
    const we = d.mentions.find((m) => m.text === 'We')!;
    expect(d.resolve(we).name).toBe('Vladimir Putin');
  });
  it('reads a straight quote that runs on into the next paragraph (no closing mark) to its paragraph end', () => {
    const text =
      'Merkel said she would tell Erdogan: "We want very much to reopen the crossings soon.\n\n"That is our goal," she said.';
    const r = speakers(text, '2016-03-01');
    expect(r[0]).toEqual(['We want very much to reopen the crossings soon.', 'Angela Merkel', 'before']);
  });
  it('a leftover closing mark or an apostrophe typed as a quote mark opens no quote', () => {
    expect(speakers('He had done "a superb job. Then he won a "big boost" from the vote.')).toHaveLength(1);
    expect(speakers('Buyers resist Qatar"s prices, the oil ministry said.')).toEqual([]);
  });
  it('leaves a quote without attribution without a speaker', () => {
    expect(speakers('The sign read “no entry”.')[0][1]).toBeNull();
  });
});

describe('quotes: speakers the lexicon does not know', () => {
  it('names a speaker after the verb, or before it behind an apposition', () => {
    expect(speakers('"Prices will rise," said Priya Natarajan, chief strategist at a fund.')[0][1]).toBe(
      'Priya Natarajan',
    );
    expect(
      speakers(
        '“The door remains open,” Omar Alieu Touray, president of the ECOWAS Commission, told reporters.',
      )[0][1],
    ).toBe('Omar Alieu Touray');
  });
  it('a role noun before a name makes a person, found again by "he" and by surname (suffix dropped)', () => {
    const d = code(
      'Taiwan Affairs Office spokesman Chen Binhua said the speech damaged peace. "Our countermeasures will not stop," he said. Army chief General Romeo Brawner Jr. spoke. "We will not back down," Brawner told reporters.',
    );
    expect(d.quotes.map((q) => q.speakerName)).toEqual(['Chen Binhua', 'Romeo Brawner Jr.']);
    const chen = d.mentions.find((m) => m.name === 'Chen Binhua' && m.kind === 'person');
    expect(chen?.title).toBe('spokesman');
  });
  it('a role phrase without a country names the person but does not code it', () => {
    const d = code(
      '"We will appeal," presiding judge Anna Keller said as she read the verdict in Frankfurt.',
    );
    expect(d.quotes[0].speakerName).toBe('Anna Keller');
    const keller = d.mentions.find((m) => m.name === 'Anna Keller');
    expect(keller?.country ?? null).toBeNull();
    expect(d.events).toEqual([]);
  });
  it('an organisation or a capitalised place is not a personal name', () => {
    expect(speakers('"Shares fell," said Halden Capital Partners, a fund.')[0][1]).toBeNull();
    expect(speakers('"It is over," said New York Times reporters.')[0][1]).not.toBe('New York Times');
  });
});

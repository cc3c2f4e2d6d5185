/** Protesters placed by the verb their protest is the purpose of, and crowd-control weapons (175, not 190). */
import { describe, it, expect } from 'vitest';
import { code, brief } from '../helpers/code.js';

const ev = (text: string, published = '2024-03-15') => brief(code(text, published).events);

describe('protests: a purpose infinitive takes its main verb’s subject and place', () => {
  it('"people gathered in Yerevan to protest" are protesters of Armenia', () => {
    expect(
      ev('Thousands of people gathered in Yerevan on Sunday to protest against the new border deal.'),
    ).toEqual([expect.stringMatching(/^ARMCVL>- 14\d+ actual$/)]);
  });
  it('the place must stand before the infinitive: students voting on "a motion to boycott Israel" are not Palestinians', () => {
    const out = ev(
      'Students will vote on a motion to boycott Israel in protest at the occupation of the Palestinian territories.',
    );
    expect(out.filter((x) => /^(PSE|ISR)/.test(x))).toEqual([]);
  });
});

describe('protests: a body named with its place places the protesters', () => {
  it('"stormed the parliament in Nairobi" is a protest of Kenyans against their parliament', () => {
    expect(ev('Protesters stormed the parliament in Nairobi on Tuesday.', '2024-06-26')).toEqual([
      'KENCVL>KENLEG 145 actual',
    ]);
    expect(
      ev(
        'Hundreds of demonstrators rallied outside the parliament in Tbilisi against the foreign agents law.',
      ),
    ).toEqual(['GEOCVL>GEOLEG 141 actual']);
  });
  it("but not a foreign mission's place: the embassy in London is not Britain's", () => {
    expect(ev('Demonstrators gathered outside the embassy in London to protest the executions.')).toEqual([]);
  });
});

describe('crowd control: tear gas, water cannon, rubber bullets are repression (175), not military force', () => {
  it('"fired tear gas at protesters" is one 175 event with its target', () => {
    expect(ev('Bolivian police fired tear gas at protesters in La Paz on Monday.')).toEqual([
      'BOLCOP>BOLCVL 175 actual',
    ]);
  });
  it('water cannon aimed at a vessel keeps its target', () => {
    expect(ev('Chinese coast guard ships fired water cannon at a Vietnamese fishing boat.')).toEqual([
      'CHNMIL>VNM 175 actual',
    ]);
  });
  it('firing weapons at an actor is still military force', () => {
    expect(ev('Azerbaijani troops fired mortars at Armenian positions overnight.')).toEqual([
      expect.stringMatching(/^AZEMIL>ARM\w* 19\d+ actual$/),
    ]);
  });
});

/** Domain cues (lexicon/domains.yaml): words and phrases, hyphenated either way wink tokenises them. */
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cueAt, loadDomains } from '../../src/lexicon/domains.js';
import { ev } from '../helpers/code.js';

const dir = fileURLToPath(new URL('../../lexicon', import.meta.url));
const domains = loadDomains(dir);
const byName = (n: string) => domains.list.find((d) => d.name === n)!;
const at = (words: string[]) => (k: number) => words[k];

describe('domain cues', () => {
  it('match phrases, and hyphenated cues whole or split', () => {
    const mm = byName('money-markets');
    expect(cueAt(mm, at(['the', 'money', 'market', 'with']), 1)).toBe(2);
    expect(cueAt(mm, at(['money', '-', 'market']), 0)).toBe(3);
    expect(cueAt(mm, at(['money', 'supply']), 0)).toBe(0);
    const sport = byName('sport');
    expect(cueAt(sport, at(['semi-final']), 0)).toBe(1);
    expect(cueAt(sport, at(['half', '-', 'time']), 0)).toBe(3);
    expect(cueAt(sport, at(['test', 'match']), 0)).toBeGreaterThan(0);
  });
  it('a score is a sport cue by its pattern, a day range after a month is not', () => {
    const sport = byName('sport');
    expect(cueAt(sport, at(['Italy', '4-0']), 1)).toBe(1);
    expect(cueAt(sport, at(['june', '8-10']), 1)).toBe(0);
  });
  it('a one-line result codes no force ("Spain destroyed Italy 4-0 in the Nations League semi-final")', () => {
    expect(ev('Spain destroyed Italy 4-0 in the Nations League semi-final.', '2025-06-05')).toEqual([]);
    // a vote's count is one such cue, short of the three an article needs
    expect(ev('Russia attacked Kyiv hours after the Senate voted 52-48 on new aid.', '2025-06-05')).toEqual([
      'RUS>UKRCVL 190 actual',
    ]);
    expect(ev('Russia destroyed a Ukrainian brigade, the ministry said.', '2025-06-05')).toEqual([
      'RUS>UKRMIL 190 actual',
    ]);
  });
  it('a money-market report codes no aid in any sentence, with or without a cue of its own', () => {
    const report =
      'The Bank of England said it provided the market with 205 mln stg assistance. ' +
      'The Bank forecast a 900 mln stg shortage in the system today but provided only 713 mln stg assistance. ' +
      'Band two bank bills were bought at 9-7/8 pct, and call money fell.';
    expect(ev(report, '1987-04-03')).toEqual([]);
    // a sentence of aid with one cue and no report around it is still read sentence by sentence
    expect(ev('Japan provided Kenya with 20 mln dlrs in aid, officials said.', '1987-04-03')).toEqual([
      'JPNGOV>KEN 070 actual',
    ]);
  });
  it("a central bank's offer to buy government bonds is a market operation, no intent", () => {
    expect(ev('The Federal Reserve offered to buy all maturities of Treasury notes and bonds.', '1987-04-08')).toEqual(
      [],
    );
  });
  it('a domain may count a specific cue once', () => {
    expect(byName('money-markets').minArticleCues).toBe(1);
    expect(byName('sport').minArticleCues).toBe(domains.minArticleCues);
  });
});

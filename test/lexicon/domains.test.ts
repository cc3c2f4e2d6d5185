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
  it('a domain may count a specific cue once', () => {
    expect(byName('money-markets').minArticleCues).toBe(1);
    expect(byName('sport').minArticleCues).toBe(domains.minArticleCues);
  });
});

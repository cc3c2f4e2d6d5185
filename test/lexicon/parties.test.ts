/**
 * Political parties (lexicon/parties.yaml): each code once across parties.yaml and organizations.yaml, every
 * party a PTY of a known country, no lower-case names; and in text a party code as its country, or as the
 * country named right before a name parties share ("Israel's Labour party").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { orgsFile } from '../../src/lexicon/schema.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { ev } from '../helpers/code.js';

const read = (f: string) =>
  orgsFile.parse(parse(readFileSync(new URL(`../../lexicon/${f}`, import.meta.url), 'utf8'))).organizations;

describe('lexicon/parties.yaml', () => {
  const parties = read('parties.yaml');
  const orgs = read('organizations.yaml');
  const lex = loadLexicon();

  it('lists parties of known countries with capitalised names, codes not used by organizations.yaml', () => {
    expect(parties.length).toBeGreaterThan(150);
    const orgCodes = new Set(orgs.map((o) => o.code));
    for (const p of parties) {
      expect(p.kind, p.code).toBe('party');
      expect(p.role, p.code).toBe('PTY');
      expect(lex.countries.has(p.country!), `${p.code}: ${p.country}`).toBe(true);
      expect(orgCodes.has(p.code), `${p.code} is also an organisation`).toBe(false);
      for (const n of p.names) expect(/\p{Lu}/u.test(n), `${p.code}: ${n}`).toBe(true);
    }
  });

  it('codes a party as its country and PTY, a party official as the party, its government as the state', () => {
    expect(ev('Likud rejected the plan.', '2005-01-16')).toEqual(['ISRPTY>- 127 actual']);
    expect(ev('ANC officials accused the government of lying.', '2010-03-23')[0]).toMatch(/^ZAFPTY>/);
    expect(ev("Norway's minority Labour government condemned South Africa.", '1987-03-23')).toEqual([
      'NORGOV>ZAF 111 actual',
    ]);
  });

  it("gives a shared name the country named before it", () => {
    expect(ev("Israel's opposition Labour party began talks with Egypt.", '2005-01-16')).toContain(
      'ISRPTY>EGY 046 actual',
    );
    expect(ev('Labour accused the Israeli government of lying.', '2005-01-16')).toEqual(['GBRPTY>ISRGOV 112 actual']);
  });

  it("gives a shared name the country of a story that names only that country and its people", () => {
    // "Labour Party" is Britain's in the lexicon; Israel has an "Israeli Labor Party" and Sharon is Israel's
    expect(
      ev(
        'Israeli Prime Minister Ariel Sharon on Friday invited the opposition Labour Party to begin talks to form a unity government.',
        '2004-12-10',
      ),
    ).toEqual(['ISRPTY>ISRGOV 046 hypothetical', 'ISRGOV>ISRPTY 046 hypothetical']);
    // no people of the other country named: still the home party
    expect(ev('Labour accused the Israeli government of lying.', '2005-01-16')).toEqual(['GBRPTY>ISRGOV 112 actual']);
  });

  it('reads a labour ministry or minister as a ministry, not the party', () => {
    expect(ev("India's Labour Ministry criticised the law.", '2005-01-16')[0]).toMatch(/^INDGOV>/);
  });
});

/**
 * Every file of lexicon/people together (the per-region tests check each file's own rules): one schema, no person
 * twice, no name or alias shared by two people unless the lexicon tells them apart by date (the two Bushes, the two
 * Stoltenbergs), and tenures that end after they start. Spot checks on the regional files of 2026-12-06.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { peopleFile, type PersonEntry } from '../../src/lexicon/schema.js';
import { code, actorOf } from '../helpers/code.js';

const dir = fileURLToPath(new URL('../../lexicon/people/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const all: PersonEntry[] = files.flatMap(
  (f) => peopleFile.parse(parse(readFileSync(dir + f, 'utf8'))).people,
);
/** forms two people share on purpose: the office held on the article date decides */
const DATED_SHARED = new Set(['Bush', 'George Bush', 'Stoltenberg']);

describe('lexicon/people: all files together', () => {
  it('loads every file with the schema', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(all.length).toBeGreaterThan(3500);
  });
  it('names no person twice and gives no name or alias to two people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of all)
      for (const form of new Set([p.name, ...p.aliases])) {
        const prev = owner.get(form);
        if (prev !== undefined && prev !== p.name && !DATED_SHARED.has(form)) clashes.push(`${form}: ${prev} / ${p.name}`);
        else owner.set(form, p.name);
      }
    expect(clashes).toEqual([]);
    expect(new Set(all.map((p) => p.name)).size).toBe(all.length);
  });
  it('has tenures that end after they start', () => {
    const bad = all.flatMap((p) =>
      p.tenures.filter((t) => t.end !== null && t.start > t.end).map((t) => `${p.name} ${t.title}`),
    );
    expect(bad).toEqual([]);
  });
  it('codes leaders of the regional files by the office held on the day', () => {
    expect(actorOf(code('President Robert Mugabe met Zambian officials.', '1995-06-01'), 'President Robert Mugabe')).toBe(
      'ZWE:GOV',
    );
    expect(actorOf(code('President Carlos Menem met Brazilian officials.', '1995-06-01'), 'President Carlos Menem')).toBe(
      'ARG:GOV',
    );
    expect(actorOf(code('Carlos Menem said Argentina would appeal.', '2001-06-01'), 'Carlos Menem')).toBe('ARG:ELI');
    expect(actorOf(code('Mahathir Mohamad met Thai officials.', '1995-06-01'), 'Mahathir Mohamad')).toBe('MYS:GOV');
  });
  it('codes armed groups by their country and role, and only while they existed', () => {
    expect(actorOf(code('Tamil Tigers attacked a Sri Lankan army camp.', '2000-06-01'), 'Tamil Tigers')).toBe('LKA:SEP');
    // the Provisional IRA ended with its decommissioning: "IRA" in 2022 is no armed group
    expect(code('The IRA bombed a British army base.', '1990-06-01').events.length).toBeGreaterThan(0);
    expect(code('Congress passed the IRA last week.', '2022-08-20').mentions.some((m) => m.text === 'IRA')).toBe(
      false,
    );
  });
});

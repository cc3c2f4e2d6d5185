import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { peopleFile, type PersonEntry, type Tenure } from '../../src/lexicon/schema.js';

const FILES = ['middle-east.yaml', 'asia.yaml', 'other-g20.yaml'];
const dir = fileURLToPath(new URL('../../lexicon/people/', import.meta.url));

function load(file: string): PersonEntry[] {
  const raw: unknown = parse(readFileSync(dir + file, 'utf8'));
  return peopleFile.parse(raw).people;
}

const byFile = new Map(FILES.map((f) => [f, load(f)] as const));
const people = [...byFile.values()].flat();

const covers = (t: Tenure, date: string): boolean => t.start <= date && (t.end === null || date <= t.end);
const person = (name: string): PersonEntry => {
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`missing ${name}`);
  return p;
};

describe('lexicon/people part 2 (middle-east, asia, other-g20)', () => {
  it('every file validates against the schema and is non-trivial', () => {
    for (const [file, list] of byFile) expect(list.length, file).toBeGreaterThan(50);
    expect(people.length).toBeGreaterThanOrEqual(200);
  });

  it('every tenure has start <= end', () => {
    const bad = people.flatMap((p) =>
      p.tenures
        .filter((t) => t.end !== null && t.start > t.end)
        .map((t) => `${p.name}: ${t.title} ${t.start}..${t.end}`),
    );
    expect(bad).toEqual([]);
  });

  it('no name or alias belongs to two different people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of people) {
      const forms = new Set([p.name, ...p.aliases].map((s) => s.toLowerCase()));
      for (const f of forms) {
        const prev = owner.get(f);
        if (prev !== undefined && prev !== p.name) clashes.push(`"${f}": ${prev} / ${p.name}`);
        else owner.set(f, p.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no duplicate full names', () => {
    const names = people.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('Netanyahu is ISR GOV in 2024 but not during the Bennett/Lapid government', () => {
    const bibi = person('Benjamin Netanyahu');
    const gov = bibi.tenures.filter((t) => t.country === 'ISR' && t.role === 'GOV');
    expect(gov.some((t) => covers(t, '2024-01-01'))).toBe(true);
    expect(gov.some((t) => covers(t, '2022-01-01'))).toBe(false);
    expect(bibi.aliases).toContain('Netanyahu');
  });

  it('Michel Suleiman is LBN GOV on 2008-08-01', () => {
    const s = person('Michel Suleiman');
    expect(s.tenures.some((t) => t.country === 'LBN' && t.role === 'GOV' && covers(t, '2008-08-01'))).toBe(
      true,
    );
  });

  it('"Kim" alone is nobody\'s alias; Kim Jong Un has hyphenated variants', () => {
    expect(people.some((p) => p.aliases.some((a) => a.toLowerCase() === 'kim'))).toBe(false);
    expect(person('Kim Jong Un').aliases).toContain('Kim Jong-un');
  });

  it('armed-group leaders are REB and al-Sharaa becomes SYR GOV', () => {
    expect(person('Yahya Sinwar').tenures.every((t) => t.role === 'REB' && t.country === 'PSE')).toBe(true);
    expect(person('Hassan Nasrallah').tenures.every((t) => t.role === 'REB' && t.country === 'LBN')).toBe(
      true,
    );
    const hemedti = person('Mohamed Hamdan Dagalo');
    expect(
      hemedti.tenures.some((t) => t.role === 'REB' && t.country === 'SDN' && covers(t, '2024-01-01')),
    ).toBe(true);
    const sharaa = person('Ahmed al-Sharaa');
    expect(
      sharaa.tenures.some((t) => t.role === 'GOV' && t.country === 'SYR' && covers(t, '2025-06-01')),
    ).toBe(true);
  });

  it('defence ministers are coded MIL', () => {
    const bad = people.flatMap((p) =>
      p.tenures
        .filter((t) => /defen[cs]e (minister|secretary)/i.test(t.title) && t.role !== 'MIL')
        .map((t) => `${p.name}: ${t.title}`),
    );
    expect(bad).toEqual([]);
  });
});

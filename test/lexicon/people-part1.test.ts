import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { peopleFile, type PersonEntry } from '../../src/lexicon/schema.js';

const FILES = ['usa', 'europe', 'russia-ukraine', 'igo'];

function load(name: string): PersonEntry[] {
  const path = fileURLToPath(new URL(`../../lexicon/people/${name}.yaml`, import.meta.url));
  return peopleFile.parse(parse(readFileSync(path, 'utf8'))).people;
}

const byFile = new Map(FILES.map((f) => [f, load(f)]));
const all = [...byFile.values()].flat();

function person(name: string): PersonEntry {
  const p = all.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}`);
  return p;
}

function govOn(p: PersonEntry, date: string): boolean {
  return p.tenures.some((t) => t.role === 'GOV' && t.start <= date && (t.end === null || date < t.end));
}

describe('people lexicon part 1 (usa, europe, russia-ukraine, igo)', () => {
  it('every file validates against the schema and is non-empty', () => {
    for (const [f, people] of byFile) expect(people.length, f).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(230);
  });

  it('every tenure has start <= end', () => {
    const bad = all.flatMap((p) =>
      p.tenures
        .filter((t) => t.end !== null && t.start > t.end)
        .map((t) => `${p.name}: ${t.title} ${t.start}..${t.end}`),
    );
    expect(bad).toEqual([]);
  });

  it('IGO tenures name an org and no country', () => {
    const bad = all.flatMap((p) =>
      p.tenures
        .filter((t) => t.role === 'IGO' && (t.org === null || t.country !== null))
        .map((t) => `${p.name}: ${t.title}`),
    );
    expect(bad).toEqual([]);
  });

  it('no name or alias belongs to two different people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of all) {
      for (const form of new Set([p.name, ...p.aliases])) {
        const prev = owner.get(form);
        if (prev !== undefined && prev !== p.name) clashes.push(`${form}: ${prev} / ${p.name}`);
        else owner.set(form, p.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('Trump governed in 2019 but not in mid-2024; Biden governed in mid-2024', () => {
    const trump = person('Donald Trump');
    const biden = person('Joe Biden');
    expect(govOn(trump, '2019-06-01')).toBe(true);
    expect(govOn(trump, '2024-06-01')).toBe(false);
    expect(govOn(biden, '2024-06-01')).toBe(true);
  });

  it('Putin is president now and was prime minister in 2010', () => {
    const putin = person('Vladimir Putin');
    expect(
      putin.tenures.some(
        (t) => t.title === 'Prime Minister' && t.start <= '2010-01-01' && t.end! > '2010-01-01',
      ),
    ).toBe(true);
    expect(putin.tenures.some((t) => t.title === 'President' && t.end === null)).toBe(true);
  });
});

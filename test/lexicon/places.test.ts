/**
 * Properties of lexicon/places.yaml: sub-national places mapped to the country they belong to.
 * The file must pass its zod schema, point only at known countries, and never shadow a country name,
 * alias, adjective or capital (countries.yaml) or a metonym (metonyms.yaml).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, it, expect } from 'vitest';
import { countriesFile, metonymsFile, placesFile } from '../../src/lexicon/schema.js';

const dir = fileURLToPath(new URL('../../lexicon/', import.meta.url));
const load = (file: string): unknown => parse(readFileSync(dir + file, 'utf8'));

const countries = countriesFile.parse(load('countries.yaml')).countries;
const metonyms = metonymsFile.parse(load('metonyms.yaml')).metonyms;
const places = placesFile.parse(load('places.yaml')).places;

/** the lexicon trie folds case and apostrophes; mirror that for the "folded" checks */
const fold = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[’‘`ʼ]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const surfaces = (p: { name: string; aliases: string[] }) => [p.name, ...p.aliases];
const byName = new Map(places.map((p) => [p.name, p]));

describe('places.yaml', () => {
  it('passes the schema and lists at least 600 places', () => {
    expect(places.length).toBeGreaterThanOrEqual(600);
  });

  it('points every place at a country listed in countries.yaml', () => {
    const isos = new Set(countries.map((c) => c.iso3));
    const unknown = places.filter((p) => !isos.has(p.country)).map((p) => `${p.name} -> ${p.country}`);
    expect(unknown).toEqual([]);
  });

  it('has no empty or padded strings', () => {
    const bad = places.flatMap((p) => surfaces(p).filter((s) => s.length === 0 || s !== s.trim()));
    expect(bad).toEqual([]);
  });

  it('has no duplicate name or alias, even after folding case', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const p of places)
      for (const s of surfaces(p)) {
        const k = fold(s);
        const prev = seen.get(k);
        if (prev !== undefined) dups.push(`"${s}" (${p.name}) vs ${prev}`);
        else seen.set(k, p.name);
      }
    expect(dups).toEqual([]);
  });

  it('does not repeat country names, aliases, adjectives or capitals', () => {
    const taken = new Map<string, string>();
    for (const c of countries)
      for (const s of [c.name, ...c.aliases, ...c.adjectives, ...(c.capital ? [c.capital] : [])])
        taken.set(fold(s), `${c.iso3} "${s}"`);
    const clashes = places.flatMap((p) =>
      surfaces(p)
        .filter((s) => taken.has(fold(s)))
        .map((s) => `${p.name}: "${s}" is ${taken.get(fold(s))}`),
    );
    expect(clashes).toEqual([]);
  });

  it('does not repeat metonym texts', () => {
    const taken = new Set(metonyms.map((m) => fold(m.text)));
    const clashes = places.flatMap((p) => surfaces(p).filter((s) => taken.has(fold(s))));
    expect(clashes).toEqual([]);
  });

  it('does not list possessive forms', () => {
    const possessive = places.flatMap((p) => surfaces(p).filter((s) => /['’]s$/.test(s)));
    expect(possessive).toEqual([]);
  });

  it('maps occupied and disputed places to the internationally recognised country', () => {
    const expected: Record<string, string> = {
      Crimea: 'UKR',
      Sevastopol: 'UKR',
      Donetsk: 'UKR',
      Luhansk: 'UKR',
      'Golan Heights': 'SYR',
      'East Jerusalem': 'PSE',
      'Gaza Strip': 'PSE',
      'West Bank': 'PSE',
      'Nagorno-Karabakh': 'AZE',
      Stepanakert: 'AZE',
      Abkhazia: 'GEO',
      'South Ossetia': 'GEO',
      Transnistria: 'MDA',
      'Northern Cyprus': 'CYP',
      Somaliland: 'SOM',
      Essequibo: 'GUY',
      'North Mitrovica': 'XKX',
      'Jammu and Kashmir': 'IND',
      'Azad Kashmir': 'PAK',
      'Strait of Hormuz': 'IRN',
    };
    for (const [name, iso] of Object.entries(expected)) expect(byName.get(name)?.country, name).toBe(iso);
  });

  it('knows the main places of the conflicts in the news', () => {
    const want: Record<string, string> = {
      Kharkiv: 'UKR',
      Zaporizhzhia: 'UKR',
      Bakhmut: 'UKR',
      Kursk: 'RUS',
      Belgorod: 'RUS',
      'Khan Younis': 'PSE',
      Rafah: 'PSE',
      Jenin: 'PSE',
      'Tel Aviv': 'ISR',
      Tyre: 'LBN',
      Aleppo: 'SYR',
      Mosul: 'IRQ',
      Natanz: 'IRN',
      Hodeidah: 'YEM',
      'El Fasher': 'SDN',
      Tigray: 'ETH',
      Goma: 'COD',
      'Cabo Delgado': 'MOZ',
      Benghazi: 'LBY',
      Rakhine: 'MMR',
      Xinjiang: 'CHN',
      Kinmen: 'TWN',
      Yongbyon: 'PRK',
      Busan: 'KOR',
      Mindanao: 'PHL',
      Geneva: 'CHE',
      'New York': 'USA',
      Istanbul: 'TUR',
    };
    for (const [name, iso] of Object.entries(want)) expect(byName.get(name)?.country, name).toBe(iso);
    const aliasOf = (alias: string) => places.find((p) => p.aliases.includes(alias))?.name;
    expect(aliasOf('Kharkov')).toBe('Kharkiv');
    expect(aliasOf('Zaporozhye')).toBe('Zaporizhzhia');
  });

  it('leaves out plain "Kashmir" and ambiguous words', () => {
    const all = new Set(places.flatMap((p) => surfaces(p).map(fold)));
    for (const s of [
      'Kashmir',
      'Georgia',
      'Washington',
      'Jordan',
      'Nice',
      'Reading',
      'Bath',
      'Mobile',
      'Victoria',
    ])
      expect(all.has(fold(s)), s).toBe(false);
  });
});

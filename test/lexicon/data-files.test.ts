/**
 * Properties of the hand-written lexicon data files: countries, organizations, metonyms, roles.
 * Each file must pass its zod schema, and the surface strings must not point two ways.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ROLES,
  countriesFile,
  metonymsFile,
  orgsFile,
  rolesFile,
  type CountryEntry,
  type MetonymEntry,
  type OrgEntry,
  type RoleEntry,
} from '../../src/lexicon/schema.js';

const dir = fileURLToPath(new URL('../../lexicon/', import.meta.url));
const load = (file: string): unknown => parse(readFileSync(dir + file, 'utf8'));

const countries: CountryEntry[] = countriesFile.parse(load('countries.yaml')).countries;
const orgs: OrgEntry[] = orgsFile.parse(load('organizations.yaml')).organizations;
const metonyms: MetonymEntry[] = metonymsFile.parse(load('metonyms.yaml')).metonyms;
const roles: RoleEntry[] = rolesFile.parse(load('roles.yaml')).roles;

const byIso = new Map(countries.map((c) => [c.iso3, c]));
const orgCodes = new Set(orgs.map((o) => o.code));

/** the lexicon trie folds case and apostrophes; mirror that for the "folded" checks */
const fold = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[’‘`ʼ]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** every proper-noun surface with the actor it stands for ("country:RUS", "org:EU") */
function surfaces(): Array<{ text: string; target: string; from: string }> {
  const out: Array<{ text: string; target: string; from: string }> = [];
  for (const c of countries)
    for (const text of [c.name, ...c.aliases, ...c.adjectives])
      out.push({ text, target: `country:${c.iso3}`, from: c.iso3 });
  for (const o of orgs)
    for (const text of [...o.names, ...o.adjectives])
      out.push({ text, target: `org:${o.code}`, from: o.code });
  for (const m of metonyms)
    out.push({
      text: m.text,
      target: m.org ? `org:${m.org}` : `country:${m.country}`,
      from: `metonym ${m.text}`,
    });
  return out;
}

function conflicts(
  key: (s: string) => string,
  extra: Array<{ text: string; target: string; from: string }> = [],
) {
  const seen = new Map<string, { target: string; from: string }>();
  const bad: string[] = [];
  for (const s of [...surfaces(), ...extra]) {
    const k = key(s.text);
    const prev = seen.get(k);
    if (prev && prev.target !== s.target)
      bad.push(`"${s.text}": ${prev.target} (${prev.from}) vs ${s.target} (${s.from})`);
    else if (!prev) seen.set(k, { target: s.target, from: s.from });
  }
  return bad;
}

describe('countries.yaml', () => {
  it('lists all 193 UN member states', () => {
    expect(countries.filter((c) => c.unMember)).toHaveLength(193);
  });

  it('lists the major non-members as non-members', () => {
    for (const iso of ['PSE', 'XKX', 'TWN', 'VAT', 'ESH', 'HKG']) {
      expect(byIso.get(iso), iso).toBeDefined();
      expect(byIso.get(iso)!.unMember, iso).toBe(false);
    }
  });

  it('has no duplicate iso3 codes', () => {
    const codes = countries.map((c) => c.iso3);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('uses ISO 3166-1 codes, not retired CAMEO ones', () => {
    for (const old of ['ROM', 'TMP', 'MTN', 'ZAR']) expect(byIso.has(old), old).toBe(false);
    for (const iso of ['ROU', 'TLS', 'MNE', 'COD', 'SSD']) expect(byIso.get(iso)?.unMember, iso).toBe(true);
  });

  it('gives a seceded state an independence day and a known parent state', () => {
    const seceded = countries.filter((c) => c.partOf);
    expect(seceded.map((c) => c.iso3)).toContain('SSD');
    for (const c of seceded) {
      expect(byIso.has(c.partOf!), c.iso3).toBe(true);
      expect(c.independence, c.iso3).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives every UN member a non-empty capital', () => {
    const missing = countries.filter((c) => c.unMember && !c.capital?.trim()).map((c) => c.iso3);
    expect(missing).toEqual([]);
  });

  it('has no empty or padded strings and no duplicates inside an entry', () => {
    for (const c of countries) {
      const all = [c.name, ...c.aliases, ...c.adjectives];
      for (const s of all) expect(s, c.iso3).toBe(s.trim());
      for (const s of all) expect(s.length, c.iso3).toBeGreaterThan(0);
      expect(new Set(all).size, c.iso3).toBe(all.length);
    }
  });

  it('knows the common news names', () => {
    const has = (iso: string, field: 'aliases' | 'adjectives', ...ss: string[]) => {
      for (const s of ss) expect(byIso.get(iso)![field], `${iso} ${s}`).toContain(s);
    };
    has('USA', 'aliases', 'the United States', 'U.S.', 'US', 'USA', 'America');
    has('GBR', 'aliases', 'Britain', 'UK', 'U.K.', 'Great Britain');
    has('PRK', 'aliases', 'DPRK');
    has('KOR', 'aliases', 'ROK');
    has('CIV', 'aliases', 'Ivory Coast');
    has('MMR', 'aliases', 'Burma');
    has('CZE', 'aliases', 'Czechia');
    has('TUR', 'aliases', 'Turkiye');
    has('RUS', 'adjectives', 'Russian', 'Russians');
    has('GBR', 'adjectives', 'British', 'Briton', 'Britons');
    has('PSE', 'adjectives', 'Palestinian', 'Palestinians');
    has('PRK', 'adjectives', 'North Korean');
    has('ARE', 'adjectives', 'Emirati');
    has('SAU', 'adjectives', 'Saudi', 'Saudis');
    expect(byIso.get('UKR')!.capital).toBe('Kyiv');
    expect(byIso.get('GEO')!.name).toBe('Georgia');
  });

  it('does not list demonyms as country names', () => {
    for (const c of countries) expect(c.aliases, c.iso3).not.toContain('the Palestinians');
  });
});

describe('organizations.yaml', () => {
  it('has at least 70 entries and the required codes', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(70);
    for (const code of [
      'NATO',
      'EU',
      'UN',
      'UNSC',
      'UNGA',
      'OSCE',
      'G7',
      'G20',
      'BRICS',
      'AU',
      'ASEAN',
      'OPEC',
      'IAEA',
      'WHO',
      'WTO',
      'IMF',
      'WBK',
      'ICC',
      'ICJ',
      'ARL',
      'GCC',
      'ECOWAS',
      'SCO',
      'CSTO',
      'COE',
      'ICRC',
      'AMN',
      'HRW',
      'MSF',
      'WST',
      'EUR',
      'MEA',
      'AFR',
      'ASA',
      'LAM',
      'HMS',
      'HEZ',
      'HTH',
      'ISIS',
      'ALQ',
      'SHB',
      'BKH',
      'TLB',
      'WAG',
      'JNIM',
      'PKK',
      'PIJ',
      'FTA',
      'PA',
      'RSF',
      'M23',
      'FARC',
      'HTS',
      'SDF',
    ])
      expect(orgCodes.has(code), code).toBe(true);
  });

  it('points home countries at known countries', () => {
    for (const o of orgs) if (o.country) expect(byIso.has(o.country), `${o.code} ${o.country}`).toBe(true);
  });

  it('gives IGOs and regions no home country', () => {
    for (const o of orgs.filter((o) => ['igo', 'bloc', 'region'].includes(o.kind)))
      expect(o.country, o.code).toBeNull();
  });

  it('gives every armed group a role, and a home country unless transnational', () => {
    const transnational = new Set(['ISIS', 'ALQ', 'AQIM']);
    for (const o of orgs.filter((o) => o.kind === 'armed-group')) {
      expect(o.role, o.code).not.toBeNull();
      if (!transnational.has(o.code)) expect(o.country, o.code).not.toBeNull();
    }
  });

  it('codes the named armed and political groups as briefed', () => {
    const get = (code: string) => orgs.find((o) => o.code === code)!;
    expect([get('HMS').country, get('HMS').role]).toEqual(['PSE', 'REB']);
    expect([get('HEZ').country, get('HEZ').role]).toEqual(['LBN', 'REB']);
    expect([get('PKK').country, get('PKK').role]).toEqual(['TUR', 'SEP']);
    expect([get('WAG').country, get('WAG').role]).toEqual(['RUS', 'UAF']);
    expect([get('FTA').country, get('FTA').role]).toEqual(['PSE', 'PTY']);
    expect([get('PA').country, get('PA').role]).toEqual(['PSE', 'GOV']);
    expect(get('ISIS').country).toBeNull();
    expect(get('WST').adjectives).toContain('Western');
    expect(get('EUR').adjectives).toContain('European');
  });

  it('codes the European Commission and Parliament as the EU', () => {
    const eu = orgs.filter((o) => o.code === 'EU');
    const roleOf = (name: string) => eu.find((o) => o.names.includes(name))?.role;
    expect(roleOf('European Union')).toBe('IGO');
    expect(roleOf('European Commission')).toBe('GOV');
    expect(roleOf('European Parliament')).toBe('LEG');
  });

  it('keeps entries that share a code consistent', () => {
    for (const code of orgCodes) {
      const group = orgs.filter((o) => o.code === code);
      expect(new Set(group.map((o) => o.kind)).size, code).toBe(1);
      expect(new Set(group.map((o) => o.country)).size, code).toBe(1);
    }
  });

  it('does not put city metonyms among org names', () => {
    for (const o of orgs) expect(o.names, o.code).not.toContain('Brussels');
  });
});

describe('metonyms.yaml', () => {
  it('has at least 60 entries and the required ones', () => {
    expect(metonyms.length).toBeGreaterThanOrEqual(60);
    const want: Array<[string, string | null, string | null, string | null]> = [
      ['the Kremlin', 'RUS', null, 'GOV'],
      ['the White House', 'USA', null, 'GOV'],
      ['the Pentagon', 'USA', null, 'MIL'],
      ['Downing Street', 'GBR', null, 'GOV'],
      ['the Knesset', 'ISR', null, 'LEG'],
      ['Capitol Hill', 'USA', null, 'LEG'],
      ['Zhongnanhai', 'CHN', null, 'GOV'],
      ['Brussels', null, 'EU', null],
      ['Kiev', 'UKR', null, 'GOV'],
    ];
    for (const [text, country, org, role] of want) {
      const m = metonyms.find((x) => x.text === text);
      expect(m, text).toBeDefined();
      expect([m!.country, m!.org, m!.role], text).toEqual([country, org, role]);
    }
  });

  it('points every metonym at a known country or org', () => {
    for (const m of metonyms) {
      expect(m.country !== null || m.org !== null, m.text).toBe(true);
      if (m.country) expect(byIso.has(m.country), m.text).toBe(true);
      if (m.org) expect(orgCodes.has(m.org), m.text).toBe(true);
    }
  });

  it('does not repeat a country capital (except Brussels, deliberately the EU)', () => {
    const capitals = new Set(countries.flatMap((c) => (c.capital ? [fold(c.capital)] : [])));
    const repeated = metonyms
      .filter((m) => capitals.has(fold(m.text)) && m.text !== 'Brussels')
      .map((m) => m.text);
    expect(repeated).toEqual([]);
  });

  it('has no duplicate texts', () => {
    const texts = metonyms.map((m) => m.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});

describe('surface strings across files', () => {
  it('never map one string (case-sensitive) to two countries/orgs', () => {
    expect(conflicts((s) => s)).toEqual([]);
  });

  it('never map one string to two countries/orgs even after case and apostrophe folding', () => {
    expect(conflicts(fold)).toEqual([]);
  });

  it('never use a capital as another country’s or org’s name', () => {
    const capitals = countries
      .filter((c) => c.capital)
      .map((c) => ({ text: c.capital!, target: `country:${c.iso3}`, from: `capital of ${c.iso3}` }));
    const bad = conflicts(fold, capitals).filter((b) => !b.startsWith('"Brussels"'));
    expect(bad).toEqual([]);
  });
});

describe('roles.yaml', () => {
  it('uses only roles from ROLES, each once', () => {
    const known = new Set<string>(ROLES);
    for (const r of roles) expect(known.has(r.role), r.role).toBe(true);
    const rs = roles.map((r) => r.role);
    expect(new Set(rs).size).toBe(rs.length);
  });

  it('covers the roles used in news', () => {
    const rs = new Set<string>(roles.map((r) => r.role));
    for (const r of [
      'GOV',
      'MIL',
      'REB',
      'OPP',
      'BUS',
      'MED',
      'CVL',
      'JUD',
      'LEG',
      'PTY',
      'ELI',
      'SPY',
      'IGO',
      'NGO',
      'COP',
      'INS',
      'SEP',
      'LAB',
      'EDU',
      'REF',
      'HLH',
      'CRM',
    ])
      expect(rs.has(r), r).toBe(true);
  });

  it('has 20+ nouns for the major roles', () => {
    for (const r of roles.filter((r) =>
      ['GOV', 'MIL', 'REB', 'MED', 'CVL', 'JUD', 'LEG', 'BUS', 'COP'].includes(r.role),
    ))
      expect(r.nouns.length, r.role).toBeGreaterThanOrEqual(20);
  });

  it('writes nouns in lower case', () => {
    for (const r of roles) for (const n of r.nouns) expect(n, r.role).toBe(n.toLowerCase());
  });

  it('never gives one noun or title two roles', () => {
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const r of roles)
      for (const s of [...r.nouns, ...r.titles]) {
        const prev = seen.get(fold(s));
        if (prev && prev !== r.role) bad.push(`${s}: ${prev} vs ${r.role}`);
        seen.set(fold(s), r.role);
      }
    expect(bad).toEqual([]);
  });

  it('codes the briefed examples', () => {
    const roleOfNoun = (n: string) => roles.find((r) => r.nouns.includes(n))?.role;
    const roleOfTitle = (t: string) => roles.find((r) => r.titles.includes(t))?.role;
    for (const n of [
      'defence ministry',
      'defense ministry',
      'ministry of defence',
      'ministry of defense',
      'forces',
      'troops',
    ])
      expect(roleOfNoun(n), n).toBe('MIL');
    expect(roleOfNoun('officials')).toBe('GOV');
    expect(roleOfNoun('state television')).toBe('MED');
    expect(roleOfNoun('lawmakers')).toBe('LEG');
    expect(roleOfNoun('insurgents')).toBe('INS');
    expect(roleOfNoun('separatists')).toBe('SEP');
    expect(roleOfNoun('police')).toBe('COP');
    expect(roleOfNoun('junta')).toBe('MIL');
    expect(roleOfNoun('drones')).toBe('MIL'); // "Russian drones struck Kyiv": the drones act for the military
    expect(roleOfTitle('President')).toBe('GOV');
    expect(roleOfTitle('Defense Secretary')).toBe('MIL');
    expect(roleOfTitle('Gen.')).toBe('MIL');
    expect(roleOfTitle('Sen.')).toBe('LEG');
    expect(roleOfTitle('Judge')).toBe('JUD');
  });
});

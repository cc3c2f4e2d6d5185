/**
 * Loads and validates the lexicon data files (lexicon/*.yaml) and builds the lookup structures the
 * stages use. Loaded once per process and directory (cached); a bad file fails with R200 naming it.
 */
import {
  readFileSync,
  readdirSync,
  existsSync,
  statSync,
  mkdirSync,
  writeFileSync,
  renameSync,
} from 'node:fs';
import { join, dirname } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  countriesFile,
  orgsFile,
  metonymsFile,
  rolesFile,
  peopleFile,
  eventsFile,
  placesFile,
  type CountryEntry,
  type OrgEntry,
  type PersonEntry,
} from './schema.js';
import { cuesFile, compileCues, type Cues } from './cues.js';
import { cameoFile, compileCameo, type CameoCode } from './cameo.js';
import { compilePattern, indexPatterns, type CompiledPattern } from './patterns.js';
import { Trie } from './trie.js';
import { loadDomains, type Domains } from './domains.js';
import { RedlineError } from '../util/errors.js';
import { ROOT } from '../util/root.js';
import { compactArrays } from '../util/compact.js';

export const DEFAULT_LEXICON_DIR = join(ROOT, 'lexicon');

export type EntryKind =
  | 'country'
  | 'countryAdj'
  | 'org'
  | 'orgAdj'
  | 'metonym'
  | 'capital'
  | 'person'
  | 'roleNoun'
  | 'title'
  | 'place';

export interface ActorEntry {
  kind: EntryKind;
  surface: string;
  country: string | null;
  role: string | null;
  org: string | null;
  name: string;
  /** exact: all-caps acronym must match exactly; cap: capitals in the entry must be capitals in the text */
  caseMode: 'exact' | 'cap' | 'any';
  /** organisations and seceded states: the days it existed (ISO, inclusive); absent = always */
  since?: string;
  until?: string;
  person?: PersonEntry;
  /** the entry holds only in a story that names one of these countries by another entry (metonyms.yaml) */
  whenStoryNames?: string[];
  /** a chamber's name other countries share (metonyms.yaml `sharedName`) */
  sharedName?: boolean;
}

export interface Lexicon {
  dir: string;
  actors: Trie<ActorEntry>;
  cues: Cues;
  cameo: Map<string, CameoCode>;
  patterns: CompiledPattern[];
  triggers: Map<string, CompiledPattern[]>;
  countries: Map<string, CountryEntry>;
  orgs: Map<string, OrgEntry>;
  people: PersonEntry[];
  domains: Domains;
  counts: Record<string, number>;
}

/**
 * Parsed YAML is cached as JSON (keyed by path, size and mtime) under node_modules/.cache/redline, because
 * parsing ~1 MB of YAML dominates start-up; a changed file is simply parsed again.
 */
const CACHE_FILE = join(ROOT, 'node_modules', '.cache', 'redline', 'lexicon.json');
type CacheEntry = { size: number; mtimeMs: number; data: unknown };
let yamlCache: Record<string, CacheEntry> | null = null;
let cacheDirty = false;

function loadCache(): Record<string, CacheEntry> {
  if (yamlCache) return yamlCache;
  try {
    yamlCache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, CacheEntry>;
  } catch {
    yamlCache = {};
  }
  return yamlCache;
}

function saveCache(): void {
  if (!cacheDirty || !yamlCache) return;
  try {
    mkdirSync(dirname(CACHE_FILE), { recursive: true });
    // write-then-rename: parallel test workers never see a half-written cache
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(yamlCache));
    renameSync(tmp, CACHE_FILE);
    cacheDirty = false;
  } catch {
    // a read-only install just parses every time
  }
}

function parseYamlFile(path: string): unknown {
  const st = statSync(path);
  const cache = loadCache();
  const hit = cache[path];
  if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit.data;
  const data = parse(readFileSync(path, 'utf8'));
  cache[path] = { size: st.size, mtimeMs: st.mtimeMs, data };
  cacheDirty = true;
  return data;
}

function readYaml<S extends z.ZodTypeAny>(path: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = parseYamlFile(path);
  } catch (e) {
    throw new RedlineError('R200', `cannot parse YAML: ${(e as Error).message}`, path);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new RedlineError('R200', `${issue.path.join('.')}: ${issue.message}`, path);
  }
  return compactArrays(r.data);
}

/**
 * from when a one-word alias names the person: a surname in a 1987 wire ("Bennett added") is not Israel's
 * later prime minister. Full names always match.
 */
function publicSince(p: PersonEntry): string | undefined {
  if (p.publicSince) return p.publicSince;
  if (!p.tenures.length) return undefined;
  const first = p.tenures.map((t) => t.start).sort()[0];
  return `${String(Number(first.slice(0, 4)) - 10).padStart(4, '0')}${first.slice(4)}`;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function caseModeOf(surface: string): ActorEntry['caseMode'] {
  const letters = surface.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'exact';
  return /[A-Z]/.test(surface) ? 'cap' : 'any';
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const cache = new Map<string, Lexicon>();

export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const hit = cache.get(dir);
  if (hit) return hit;
  const actors = new Trie<ActorEntry>();
  // every entry gets all fields in one order (one hidden class for V8: the coder reads `e.kind` on entries of
  // every kind in its hottest loops, and the spreads below made a dozen shapes)
  const add = (surface: string, e: Omit<ActorEntry, 'surface' | 'caseMode'>, mode?: ActorEntry['caseMode']) =>
    actors.add(surface, {
      kind: e.kind,
      surface,
      country: e.country,
      role: e.role,
      org: e.org,
      name: e.name,
      caseMode: mode ?? caseModeOf(surface),
      since: e.since,
      until: e.until,
      person: e.person,
      whenStoryNames: e.whenStoryNames,
      sharedName: e.sharedName,
    });

  const countries = new Map<string, CountryEntry>();
  const cf = join(dir, 'countries.yaml');
  if (existsSync(cf)) {
    for (const c of readYaml(cf, countriesFile).countries) {
      countries.set(c.iso3, c);
      const base = {
        country: c.iso3,
        role: null,
        org: null,
        name: c.name,
        ...(c.independence ? { since: c.independence } : {}),
      };
      for (const s of [c.name, ...c.aliases]) add(s, { kind: 'country', ...base });
      for (const s of c.adjectives) add(s, { kind: 'countryAdj', ...base });
      if (c.capital) add(c.capital, { kind: 'capital', ...base, role: 'GOV' });
      if (c.partOf && !c.independence)
        throw new RedlineError('R200', `countries.${c.iso3}: partOf needs an independence day`, cf);
      if (c.independence && c.partOf) {
        // before independence: a region, people and town of the state it seceded from
        const before = {
          country: c.partOf,
          role: null,
          org: null,
          name: c.name,
          until: dayBefore(c.independence),
        };
        for (const s of [c.name, ...c.aliases]) add(s, { kind: 'place', ...before });
        for (const s of c.adjectives) add(s, { kind: 'countryAdj', ...before });
        if (c.capital) add(c.capital, { kind: 'place', ...before, name: c.capital });
      }
    }
  }
  for (const c of countries.values())
    if (c.partOf && !countries.has(c.partOf))
      throw new RedlineError('R200', `countries.${c.iso3}: partOf ${c.partOf} is no country in the file`, cf);
  const orgs = new Map<string, OrgEntry>();
  // organizations.yaml, armed-groups.yaml (non-state armed groups), then parties.yaml (political parties): one schema
  for (const of of ['organizations.yaml', 'armed-groups.yaml', 'parties.yaml'].map((f) => join(dir, f))) {
    if (!existsSync(of)) continue;
    for (const o of readYaml(of, orgsFile).organizations) {
      orgs.set(o.code, o);
      const base = {
        country: o.country,
        role: o.role,
        org: o.country ? null : o.code,
        name: o.names[0],
        ...(o.since ? { since: o.since } : {}),
        ...(o.until ? { until: o.until } : {}),
      };
      // domestic armed groups and parties code as country + role (Hamas -> PSE REB), keeping the name
      for (const s of o.names) add(s, { kind: 'org', ...base, org: o.code });
      for (const s of o.adjectives) add(s, { kind: 'orgAdj', ...base, org: o.code });
    }
  }
  const mf = join(dir, 'metonyms.yaml');
  if (existsSync(mf)) {
    for (const m of readYaml(mf, metonymsFile).metonyms)
      add(m.text, {
        kind: m.capital ? 'capital' : 'metonym',
        country: m.country,
        role: m.role,
        org: m.org,
        name: m.text,
        whenStoryNames: m.whenStoryNames,
        sharedName: m.sharedName,
      });
  }
  const pf = join(dir, 'places.yaml');
  let places = 0;
  if (existsSync(pf)) {
    for (const p of readYaml(pf, placesFile).places) {
      for (const s of [p.name, ...p.aliases])
        add(s, { kind: 'place', country: p.country, role: null, org: null, name: p.name });
      for (const s of p.adjectives)
        add(s, { kind: 'countryAdj', country: p.country, role: null, org: null, name: p.name });
      places++;
    }
  }
  const rf = join(dir, 'roles.yaml');
  let roleNouns = 0;
  if (existsSync(rf)) {
    for (const r of readYaml(rf, rolesFile).roles) {
      for (const n of r.nouns) {
        add(n, { kind: 'roleNoun', country: null, role: r.role, org: null, name: n }, 'any');
        roleNouns++;
      }
      for (const t of r.titles)
        add(t, { kind: 'title', country: null, role: r.role, org: null, name: t }, 'cap');
    }
  }
  const people: PersonEntry[] = [];
  for (const f of yamlFiles(join(dir, 'people'))) {
    for (const p of readYaml(f, peopleFile).people) {
      people.push(p);
      const base = { country: p.country, role: p.defaultRole, org: null, name: p.name, person: p };
      const since = publicSince(p);
      for (const s of new Set([p.name, ...p.aliases]))
        add(s, { kind: 'person', ...base, ...(since && !/\s/.test(s) ? { since } : {}) });
    }
  }
  const patterns: CompiledPattern[] = [];
  const ids = new Set<string>();
  for (const f of yamlFiles(join(dir, 'events'))) {
    const ef = readYaml(f, eventsFile);
    for (const p of ef.patterns) {
      if (ids.has(p.id)) throw new RedlineError('R201', `duplicate pattern id "${p.id}"`, f);
      ids.add(p.id);
      if (!p.code.startsWith(ef.root))
        throw new RedlineError('R201', `pattern "${p.id}" code ${p.code} is not under root ${ef.root}`, f);
      patterns.push(compactArrays(compilePattern(p, patterns.length, f)));
    }
  }
  const cameo = compileCameo(readYaml(join(dir, 'cameo.yaml'), cameoFile));
  for (const p of patterns)
    if (!cameo.has(p.code))
      throw new RedlineError('R201', `pattern "${p.id}" has unknown CAMEO code ${p.code}`);
  const cues = compileCues(readYaml(join(dir, 'cues.yaml'), cuesFile));
  const lex: Lexicon = {
    dir,
    actors,
    cues,
    cameo,
    patterns,
    triggers: indexPatterns(patterns),
    countries,
    orgs,
    people,
    domains: loadDomains(dir),
    counts: {
      countries: countries.size,
      organizations: orgs.size,
      people: people.length,
      places,
      roleNouns,
      patterns: patterns.length,
      surfaces: actors.size,
    },
  };
  cache.set(dir, lex);
  saveCache();
  // the parsed files live on in the lexicon built from them; the cache's own copy (every checkout's files, ~10 MB
  // of objects) would stay in every isolate (main thread and each worker) for nothing
  yamlCache = null;
  return lex;
}

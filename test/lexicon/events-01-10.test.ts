import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { eventsFile } from '../../src/lexicon/schema.js';

/** Event-pattern files for CAMEO roots 01-10. */
const FILES: Record<string, string> = {
  '01': '01-statement.yaml',
  '02': '02-appeal.yaml',
  '03': '03-intent.yaml',
  '04': '04-consult.yaml',
  '05': '05-diplomatic.yaml',
  '06': '06-material-coop.yaml',
  '07': '07-aid.yaml',
  '08': '08-yield.yaml',
  '09': '09-investigate.yaml',
  '10': '10-demand.yaml',
};

const cameo = JSON.parse(
  readFileSync(new URL('../../../shared/ontology/cameo.json', import.meta.url), 'utf8'),
) as { code: string }[];
const cameoCodes = new Set(cameo.map((c) => c.code));

const loaded = Object.entries(FILES).map(([root, file]) => {
  const raw = parse(readFileSync(new URL(`../../lexicon/events/${file}`, import.meta.url), 'utf8'));
  return { root, file, raw, parsed: eventsFile.parse(raw) };
});
const all = loaded.flatMap((f) => f.parsed.patterns.map((p) => ({ ...p, root: f.root, file: f.file })));

describe('event patterns, roots 01-10', () => {
  it.each(loaded.map((f) => [f.file, f] as const))('%s validates against the schema', (_file, f) => {
    expect(eventsFile.safeParse(f.raw).success).toBe(true);
    expect(f.parsed.root).toBe(f.root);
    expect(f.parsed.patterns.length).toBeGreaterThan(0);
  });

  it('every code exists in cameo.json', () => {
    const bad = all.filter((p) => !cameoCodes.has(p.code)).map((p) => `${p.id}: ${p.code}`);
    expect(bad).toEqual([]);
  });

  it("every code starts with the file's root", () => {
    const bad = all.filter((p) => !p.code.startsWith(p.root)).map((p) => `${p.file} ${p.id}: ${p.code}`);
    expect(bad).toEqual([]);
  });

  it('ids are unique and prefixed with the root', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const p of all) {
      if (seen.has(p.id)) dupes.push(p.id);
      seen.add(p.id);
    }
    expect(dupes).toEqual([]);
    expect(all.filter((p) => !p.id.startsWith(`${p.root}.`)).map((p) => p.id)).toEqual([]);
  });

  it('every pattern starts with a word (not *, +, $ or ~)', () => {
    const bad = all.filter((p) => {
      const first = p.pattern.trim().split(/\s+/)[0] ?? '';
      return (
        first === '' || /^[*+$~]/.test(first) || first.split('|').some((alt) => !/^[\p{L}\p{N}]/u.test(alt))
      );
    });
    expect(bad.map((p) => `${p.id}: ${p.pattern}`)).toEqual([]);
  });

  it('alternatives are never empty and elements are well formed', () => {
    const bad = all.filter((p) =>
      p.pattern
        .trim()
        .split(/\s+/)
        .some((el) => el.split('|').some((alt) => alt === '') || (el.length > 1 && /[*+$]/.test(el))),
    );
    expect(bad.map((p) => `${p.id}: ${p.pattern}`)).toEqual([]);
  });

  it('repeats no member of an alternative group (a two-word alternative split by mistake)', () => {
    const bad = all.filter((p) =>
      p.pattern
        .trim()
        .split(/\s+/)
        .some((el) => new Set(el.split('|')).size !== el.split('|').length),
    );
    expect(bad.map((p) => `${p.id}: ${p.pattern}`)).toEqual([]);
  });

  it('has at least 170 patterns', () => {
    expect(all.length).toBeGreaterThanOrEqual(170);
  });
});

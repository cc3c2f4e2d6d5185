import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { eventsFile } from '../../src/lexicon/schema.js';

const FILES: Record<string, string> = {
  '11': '11-disapprove.yaml',
  '12': '12-reject.yaml',
  '13': '13-threaten.yaml',
  '14': '14-protest.yaml',
  '15': '15-force-posture.yaml',
  '16': '16-reduce-relations.yaml',
  '17': '17-coerce.yaml',
  '18': '18-assault.yaml',
  '19': '19-fight.yaml',
  '20': '20-mass-violence.yaml',
};

interface CameoEntry {
  code: string;
}
interface PloverFile {
  eventTypes: { modes: { mode: string }[] }[];
}

const cameoCodes = new Set(
  (
    JSON.parse(
      readFileSync(new URL('../../../shared/ontology/cameo.json', import.meta.url), 'utf8'),
    ) as CameoEntry[]
  ).map((e) => e.code),
);
const ploverModes = new Set(
  (
    JSON.parse(
      readFileSync(new URL('../../../shared/ontology/plover.json', import.meta.url), 'utf8'),
    ) as PloverFile
  ).eventTypes.flatMap((t) => t.modes.map((m) => m.mode)),
);

function load(root: string) {
  const url = new URL(`../../lexicon/events/${FILES[root]}`, import.meta.url);
  return eventsFile.parse(parse(readFileSync(url, 'utf8')));
}

const SLOTS = new Set(['*', '+', '$']);

describe('event patterns, CAMEO roots 11-20', () => {
  const all = Object.keys(FILES).map((root) => ({ root, file: load(root) }));

  for (const { root, file } of all) {
    describe(FILES[root], () => {
      it('declares its root', () => {
        expect(file.root).toBe(root);
      });

      it('uses only existing CAMEO codes under its root', () => {
        for (const p of file.patterns) {
          expect(cameoCodes.has(p.code), `${p.id}: unknown code ${p.code}`).toBe(true);
          expect(p.code.startsWith(root), `${p.id}: ${p.code} not under ${root}`).toBe(true);
        }
      });

      it('starts every pattern with a word trigger and has well-formed elements', () => {
        for (const p of file.patterns) {
          const els = p.pattern.trim().split(/\s+/);
          expect(SLOTS.has(els[0]), `${p.id}: trigger is a slot`).toBe(false);
          expect(els[0].startsWith('~'), `${p.id}: trigger is a negation`).toBe(false);
          for (const el of els) {
            // a slot is never mixed into an alternative group, and groups have no empty members
            if (el.includes('|')) {
              const alts = el.split('|');
              expect(
                alts.every((a) => a.length > 0 && !SLOTS.has(a)),
                `${p.id}: bad group ${el}`,
              ).toBe(true);
              // a repeated member is a two-word alternative split by mistake ("border crossing|crossing"
              // is two elements: a border word, then "crossing")
              expect(new Set(alts).size, `${p.id}: repeated member in ${el}`).toBe(alts.length);
            }
            expect(/[A-Z]/.test(el), `${p.id}: upper case in ${el}`).toBe(false);
          }
          // no two gaps in a row, no trailing gap
          expect(/\*\s+\*/.test(p.pattern), `${p.id}: double gap`).toBe(false);
          expect(els[els.length - 1] === '*', `${p.id}: trailing gap`).toBe(false);
        }
      });

      it('uses only PLOVER modes that exist', () => {
        for (const p of file.patterns) {
          if (p.ploverMode !== undefined) {
            expect(ploverModes.has(p.ploverMode), `${p.id}: unknown mode ${p.ploverMode}`).toBe(true);
          }
        }
      });

      it('marks root 13 patterns as threats (or restricts them to future/conditional use)', () => {
        if (root !== '13') return;
        for (const p of file.patterns) {
          if (p.requireModality) expect(p.requireModality, p.id).not.toContain('actual');
          else expect(p.modality, p.id).toBe('threat');
        }
      });
    });
  }

  it('has unique ids prefixed with the root', () => {
    const seen = new Set<string>();
    for (const { root, file } of all) {
      for (const p of file.patterns) {
        expect(seen.has(p.id), `duplicate id ${p.id}`).toBe(false);
        seen.add(p.id);
        expect(p.id.startsWith(`${root}.`), `${p.id} lacks prefix ${root}.`).toBe(true);
      }
    }
  });

  it('has no duplicate pattern strings within a root', () => {
    for (const { file } of all) {
      const seen = new Map<string, string>();
      for (const p of file.patterns) {
        const key = `${p.pattern}|${p.pos ?? ''}`;
        expect(seen.has(key), `${p.id} repeats ${seen.get(key)}`).toBe(false);
        seen.set(key, p.id);
      }
    }
  });

  it('has at least 170 patterns in total', () => {
    const total = all.reduce((n, { file }) => n + file.patterns.length, 0);
    expect(total).toBeGreaterThanOrEqual(170);
  });
});

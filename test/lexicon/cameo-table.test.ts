import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cameoFile } from '../../src/lexicon/cameo.js';

interface Crosswalk {
  cameo: string;
  plover: string;
  mode: string | null;
  context: string | null;
}
interface PloverFile {
  eventTypes: { event: string; modes: { mode: string }[] }[];
  cameoToPlover: Crosswalk[];
}

const plover = JSON.parse(
  readFileSync(new URL('../../../shared/ontology/plover.json', import.meta.url), 'utf8'),
) as PloverFile;
const rows = cameoFile.parse(
  parse(readFileSync(new URL('../../lexicon/cameo.yaml', import.meta.url), 'utf8')),
).codes;
const crosswalk = new Map<string, Crosswalk[]>();
for (const r of plover.cameoToPlover) crosswalk.set(r.cameo, [...(crosswalk.get(r.cameo) ?? []), r]);
const modesOf = new Map(plover.eventTypes.map((t) => [t.event, new Set(t.modes.map((m) => m.mode))]));

describe('lexicon/cameo.yaml against the PLOVER ontology', () => {
  it('copies the CAMEO2PLOVER row for every row marked plover', () => {
    const marked = rows.filter((r) => r[7] === 'plover');
    expect(marked.length).toBeGreaterThan(200);
    for (const [code, , , type, mode, context] of marked) {
      const cw = crosswalk.get(code);
      expect(cw, `${code} has no crosswalk row`).toBeDefined();
      expect(
        cw!.some((r) => r.plover === type && r.mode === mode && r.context === context),
        `${code}: ${type}/${mode}/${context}`,
      ).toBe(true);
    }
  });

  it('departs from the crosswalk in rows marked manual, to a type and mode the manual defines', () => {
    const manual = rows.filter((r) => r[7] === 'manual');
    expect(manual.map((r) => r[0]).sort()).toEqual(['0813', '0814', '0831', '163']);
    for (const [code, , , type, mode] of manual) {
      expect(modesOf.has(type!), `${code}: ${type}`).toBe(true);
      if (mode) expect(modesOf.get(type!)!.has(mode), `${code}: mode ${mode}`).toBe(true);
      expect(crosswalk.get(code)!.some((r) => r.plover === type && r.mode === mode)).toBe(false);
    }
  });

  it('marks own only the codes the crosswalk lacks', () => {
    for (const [code, , , type] of rows.filter((r) => r[7] === 'own')) {
      expect(crosswalk.has(code), code).toBe(false);
      expect(type === 'STATEMENT' || modesOf.has(type!), `${code}: ${type}`).toBe(true);
    }
  });
});

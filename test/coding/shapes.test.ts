/**
 * One shape per kind of object the coder reads in its hot loops: every mention and every lexicon actor entry has
 * the same fields in the same order, optional ones present as undefined (V8 then gives them one hidden class; see
 * `push` in actor-items.ts and `loadLexicon`).
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/coding/pipeline.js';
import { loadLexicon, type ActorEntry } from '../../src/lexicon/load.js';

const lex = loadLexicon();

describe('object shapes', () => {
  it('gives every mention the same fields in the same order, whatever its kind and later annotations', () => {
    const doc = createPipeline(lex, { dates: 'on-demand' }).run({
      id: 'shapes',
      published: '2024-03-02',
      text:
        'Russian President Vladimir Putin met Chinese diplomats in Moscow. He said the alliance would respond.\n' +
        'Both countries warned NATO. Ukrainian soldiers and US-made missiles reached Kyiv, the Kremlin said.',
    });
    const kinds = new Set(doc.mentions.map((m) => m.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    const keys = doc.mentions.map((m) => Object.keys(m).join(','));
    expect(new Set(keys).size).toBe(1);
  });

  it('gives every actor entry of the lexicon the same fields in the same order', () => {
    const keys = new Set<string>();
    const kinds = new Set<string>();
    const walk = (node: unknown) => {
      const n = node as { values: ActorEntry[] | null; edges?: Map<string, { node: unknown }> | null };
      for (const e of n.values ?? []) {
        keys.add(Object.keys(e).join(','));
        kinds.add(e.kind);
      }
      for (const edge of n.edges?.values() ?? []) walk(edge.node);
    };
    walk((lex.actors as unknown as { root: unknown }).root);
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    expect([...keys]).toHaveLength(1);
  });
});

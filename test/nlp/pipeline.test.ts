import { describe, it, expect } from 'vitest';
import { Pipeline, type Stage } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/tokenize.js';
import { dateStage } from '../../src/nlp/dates.js';
import { RedlineError } from '../../src/util/errors.js';

const needsActors: Stage = { name: 'needs-actors', requires: ['actors'], provides: ['x'], run() {} };

describe('Pipeline construction', () => {
  it('rejects a stage whose requirement no earlier stage provides (R300)', () => {
    expect(() => new Pipeline([tokenizeStage, needsActors])).toThrowError(RedlineError);
    try {
      new Pipeline([needsActors, tokenizeStage]);
    } catch (e) {
      expect((e as RedlineError).code).toBe('R300');
      expect((e as Error).message).toContain('needs-actors');
    }
  });
  it('rejects duplicate stage names', () => {
    expect(() => new Pipeline([tokenizeStage, tokenizeStage])).toThrow(/twice/);
  });
  it('accepts a well-ordered pipeline and records the layers it ran', () => {
    const p = new Pipeline([tokenizeStage, dateStage]);
    const doc = p.run({ id: 'a', text: 'Talks resumed on Monday.', published: '2024-10-02' });
    expect([...doc.layers]).toEqual(expect.arrayContaining(['sentences', 'tokens', 'dates']));
  });
  it('wraps an unexpected stage failure in R301 naming the stage', () => {
    const boom: Stage = {
      name: 'boom',
      requires: [],
      provides: [],
      run() {
        throw new Error('kaput');
      },
    };
    expect(() => new Pipeline([boom]).run({ id: 'a', text: 'x' })).toThrow(/R301.*boom/);
  });
});

describe('Pipeline.runMany (stage by stage over a batch)', () => {
  it('gives the same documents as run, in input order', async () => {
    const { createPipeline } = await import('../../src/coding/pipeline.js');
    const p = createPipeline();
    const arts = [
      {
        id: 'a',
        text: 'The Kremlin warned Ukraine against joining NATO on Monday.',
        published: '2024-10-02',
      },
      { id: 'b', text: 'China and Japan held talks in Tokyo.', published: '2024-10-02' },
      { id: 'c', text: 'The striker scored twice.', published: '2024-10-02' },
    ];
    const many = p.runMany(arts);
    expect(many.map((r) => r.doc?.article.id)).toEqual(['a', 'b', 'c']);
    arts.forEach((a, i) => expect(many[i].doc!.events).toEqual(p.run(a).events));
    expect(many[0].doc!.events.length).toBeGreaterThan(0);
  });
  it('rejects only the article whose stage fails, with its code', () => {
    const picky: Stage = {
      name: 'picky',
      requires: ['tokens'],
      provides: ['y'],
      run(doc) {
        if (doc.text.includes('poison')) throw new Error('bad article');
      },
    };
    const seen: string[] = [];
    const after: Stage = {
      name: 'after',
      requires: ['y'],
      provides: [],
      run: (d) => void seen.push(d.article.id),
    };
    const r = new Pipeline([tokenizeStage, picky, after]).runMany([
      { id: '1', text: 'fine text' },
      { id: '2', text: 'poison text' },
      { id: '3', text: 'more fine text' },
    ]);
    expect(r.map((x) => (x.doc ? 'ok' : x.error.code))).toEqual(['ok', 'R301', 'ok']);
    expect(seen).toEqual(['1', '3']);
  });
});

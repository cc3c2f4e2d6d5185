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

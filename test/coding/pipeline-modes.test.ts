/**
 * Ingest codes with dates resolved on demand (only sentences that hold an event go through chrono);
 * explain and eval resolve every date. Both must give the same events, dates included.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../src/coding/pipeline.js';
import { recordToArticle } from '../../src/ingest/index.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'articles');
const samples = join(import.meta.dirname, '..', '..', 'samples', 'wire.jsonl');
const articles = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, text: readFileSync(join(fixtures, f), 'utf8'), published: '2024-11-19' })),
  ...readFileSync(samples, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => recordToArticle(JSON.parse(l), `wire.jsonl:${i + 1}`)),
];

describe('date modes', () => {
  const all = createPipeline(undefined, { dates: 'all' });
  const lazy = createPipeline(undefined, { dates: 'on-demand' });
  it('codes the same events with the same dates on every fixture and sample article', () => {
    expect(articles.length).toBeGreaterThan(30);
    let withTextDate = 0;
    for (const a of articles) {
      const e1 = all.run(a).events;
      const e2 = lazy.run(a).events;
      expect(e2).toEqual(e1);
      withTextDate += e1.filter((e) => e.dateOrigin === 'text').length;
    }
    expect(withTextDate).toBeGreaterThan(10);
  });
  it('resolves fewer dates on demand than in full', () => {
    const count = (p: typeof all) => articles.reduce((n, a) => n + p.run(a).dates.length, 0);
    expect(count(lazy)).toBeLessThan(count(all));
  });
});

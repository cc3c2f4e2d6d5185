import { describe, it, expect } from 'vitest';
import { codeInWorkers } from '../../src/app/parallel.js';
import type { Article } from '../../src/model/article.js';

describe('codeInWorkers', () => {
  it('codes every article once and hands back the very article object it was given (ingest relies on it)', async () => {
    const articles: Article[] = ['Chad', 'Mali', 'Niger', 'Chad'].map((c, k) => ({
      id: k === 3 ? 'a0' : `a${k}`, // two articles share an id
      text: `${c}'s government condemned the raid on Tuesday (${k}).`,
      published: '2024-03-05',
    }));
    async function* gen() {
      yield* articles;
    }
    const seen: Article[] = [];
    for await (const r of codeInWorkers(gen(), { workers: 2, chunkSize: 1 })) {
      expect(r.error).toBeFalsy();
      expect(r.events.every((e) => e.articleId === r.article.id)).toBe(true);
      seen.push(r.article);
    }
    expect(seen).toHaveLength(articles.length);
    for (const a of articles) expect(seen.filter((x) => x === a)).toHaveLength(1);
  }, 60_000);
});

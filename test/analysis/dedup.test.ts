import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { ingestItems } from '../../src/app/ingest.js';
import { clusterPending, similarity } from '../../src/analysis/dedup.js';
import type { IngestItem } from '../../src/ingest/types.js';

const item = (id: string, text: string, published: string, outlet: string): IngestItem => ({
  ok: true,
  origin: id,
  article: { id, text, published, outlet },
});

async function* from(items: IngestItem[]) {
  yield* items;
}

describe('dedup across articles', () => {
  it('measures evidence similarity on content words', () => {
    expect(
      similarity('Russia attacked Kyiv with drones', 'Russian drones attacked Kyiv overnight'),
    ).toBeGreaterThan(0.2);
    expect(similarity('Iran praised China', 'Brazil sued Chile')).toBe(0);
  });

  it('merges the same event reported by two outlets a day apart, and keeps a different one apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-dedup-'));
    const repo = new DuckDbStore(join(dir, 'd.duckdb'));
    await repo.init();
    try {
      await ingestItems(
        repo,
        from([
          item('a1', 'Russian forces shelled Kharkiv on Monday, officials said.', '2024-05-13', 'Wire A'),
          item('a2', 'Russian forces shelled Kharkiv overnight, the mayor said.', '2024-05-14', 'Paper B'),
          item('a3', 'Russian forces shelled Kharkiv again on Friday.', '2024-05-17', 'Paper B'),
        ]),
        { progress: null },
      );
      const { rows } = await repo.listEvents({ limit: 100 });
      const byArticle = new Map(rows.map((e) => [e.articleId, e]));
      expect(byArticle.get('a1')!.clusterId).toBe(byArticle.get('a2')!.clusterId);
      expect(byArticle.get('a1')!.numMentions).toBe(2);
      expect(byArticle.get('a1')!.numSources).toBe(2);
      expect(byArticle.get('a3')!.clusterId).not.toBe(byArticle.get('a1')!.clusterId);
      expect(byArticle.get('a3')!.numMentions).toBe(1);
    } finally {
      await repo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('clusters in rounds exactly as in one pass (memory bounded by the round, not the store)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-dedup-'));
    const texts = [
      ['b1', 'Russian forces shelled Kharkiv on Monday, officials said.', '2024-05-13', 'Wire A'],
      ['b2', 'Russian forces shelled Kharkiv overnight, the mayor said.', '2024-05-14', 'Paper B'],
      ['b3', 'Russian forces shelled Kharkiv on Monday, the governor said.', '2024-05-14', 'Paper C'],
      ['b4', 'Russian forces shelled Kharkiv again on Friday.', '2024-05-17', 'Paper B'],
      ['b5', 'China criticised Japan on Friday.', '2024-05-17', 'Wire A'],
      ['b6', 'China criticised Japan over the visit.', '2024-05-17', 'Paper C'],
    ] as const;
    const clusters = async (chunk: number) => {
      const repo = new DuckDbStore(join(dir, `c${chunk}.duckdb`));
      await repo.init();
      try {
        await ingestItems(repo, from(texts.map(([id, t, d, o]) => item(id, t, d, o))), {
          progress: null,
          analyze: false,
        });
        const r = await clusterPending(repo, chunk);
        const { rows } = await repo.listEvents({ limit: 100 });
        const byId = new Map(rows.map((e) => [e.id, e.articleId]));
        return {
          r,
          groups: rows.map((e) => `${e.articleId}->${byId.get(e.clusterId ?? '')}`).sort(),
        };
      } finally {
        await repo.close();
      }
    };
    try {
      const whole = await clusters(1000);
      const rounds = await clusters(1);
      expect(whole.r.analysed).toBe(6);
      expect(whole.r.merged).toBe(3);
      expect(rounds).toEqual(whole);
      expect(whole.groups).toContain('b3->b1');
      expect(whole.groups).toContain('b6->b5');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The pg-boss queue: enqueue in one transaction with the article, workers, poison articles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/app/ingest.js';
import { openStore } from '../../src/app/store.js';
import { exportEvents } from '../../src/export/index.js';
import { enqueueArticles, ingestToQueue, queueStatus, runWorker } from '../../src/queue/index.js';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import type { EventRepository, StoredEvent } from '../../src/store/repository.js';
import { tempDir } from '../helpers/events.js';
import { pgDatabase } from '../setup/postgres.js';
import { essence, runCli, SAMPLES, sampleArticles } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let duck: DuckDbStore;
let duckEvents: StoredEvent[];

beforeAll(async () => {
  tmp = tempDir();
  duck = new DuckDbStore(tmp.file('ref.duckdb'));
  await ingestPaths(duck, [SAMPLES], { progress: null });
  duckEvents = (await duck.listEvents({ limit: 100_000 })).rows;
});
afterAll(async () => {
  await duck?.close();
  tmp?.cleanup();
});

async function events(repo: EventRepository): Promise<StoredEvent[]> {
  return (await repo.listEvents({ limit: 100_000 })).rows;
}

describe('queue: enqueue + in-process worker', () => {
  let url: string;
  beforeAll(async () => {
    url = await pgDatabase('queue');
  });

  it('enqueues each new article with its job in one transaction; re-enqueueing skips', async () => {
    const s = await ingestToQueue(url, [SAMPLES], { progress: null });
    expect(s).toMatchObject({ read: 28, enqueued: 28, skipped: 0, rejected: [] });
    const st = await queueStatus(url);
    expect(st).toMatchObject({ created: 28, active: 0, completed: 0, failed: 0, articles: 28, events: 0 });
    expect(
      await enqueueArticles(
        url,
        (await sampleArticles()).map((article) => ({ article })),
      ),
    ).toEqual({
      enqueued: 0,
      skipped: 28,
      conflicts: [],
    });
    // the job insert fails inside the transaction: the article row is rolled back with it
    const extra = { id: 'tx-check', text: 'Serbia warned Kosovo on Monday.', published: '2026-03-02' };
    await expect(
      enqueueArticles(url, [{ article: extra }], { retryLimit: 'x' as unknown as number }),
    ).rejects.toThrow();
    const after = await queueStatus(url);
    expect(after).toMatchObject({ created: 28, articles: 28 });
  });

  it('a worker codes the queue until empty: same events, dedup counts and red lines as DuckDB', async () => {
    const w = await runWorker(url, {
      concurrency: 2,
      batchSize: 5,
      exitWhenEmpty: true,
      analyzeEverySeconds: 3600,
    });
    const stats = await w.done;
    expect(stats.articles).toBe(28);
    expect(stats.errors).toBe(0);
    expect(stats.analyses).toBeGreaterThanOrEqual(1);
    const st = await queueStatus(url);
    expect(st).toMatchObject({ created: 0, retry: 0, active: 0, completed: 28, failed: 0, failures: [] });
    const pg = await openStore(url, { readOnly: true });
    try {
      const pe = await events(pg);
      expect(pe.map(essence)).toEqual(duckEvents.map(essence));
      // one analysis pass at the end: clusters and counts match the in-process ingest exactly
      const counts = (es: StoredEvent[]) =>
        es.map((e) => [e.id, e.clusterId, e.numMentions, e.numSources, e.numArticles]);
      expect(counts(pe)).toEqual(counts(duckEvents));
      expect(await pg.listRedLines()).toEqual(await duck.listRedLines());
      expect(await pg.listCrossings()).toEqual(await duck.listCrossings());
      const out = tmp.file('q.jsonl');
      expect(await exportEvents(pg, { format: 'jsonl', out })).toEqual({ count: pe.length });
    } finally {
      await pg.close();
    }
  });

  it('a retried job replaces the article events instead of duplicating them', async () => {
    const store = new PostgresStore(url);
    try {
      const before = await store.stats();
      const a = await store.getArticle(duckEvents[0].articleId);
      const evs = duckEvents
        .filter((e) => e.articleId === a!.id)
        .map(
          ({
            clusterId: _c,
            numMentions: _m,
            numSources: _s,
            numArticles: _n,
            articleUrl: _u,
            articleOutlet: _o,
            published: _p,
            ingestedAt: _i,
            ...e
          }) => e,
        );
      await store.replaceEvents([{ article: a!, events: evs }]);
      await store.replaceEvents([{ article: a!, events: evs }]);
      const after = await store.stats();
      expect(after.events).toBe(before.events);
      expect(after.mentions).toBe(before.mentions);
    } finally {
      await store.close();
    }
  });
});

describe('queue: a poison article', () => {
  it('ends in the failed state with its error, after 2 retries; the rest is coded', async () => {
    const url = await pgDatabase('poison');
    const ing = await runCli(['ingest', SAMPLES, '--db', url, '-q']).exited;
    expect(ing.code).toBe(0);
    expect(ing.stdout).toMatch(/^28 queued for coding, 0 already stored/);
    const articles = await sampleArticles();
    const poison = articles[5].id;
    const { createPipeline } = await import('../../src/coding/pipeline.js');
    const pipeline = createPipeline();
    let attempts = 0;
    const w = await runWorker(url, {
      batchSize: 4,
      exitWhenEmpty: true,
      code: (a) => {
        if (a.id === poison) {
          attempts++;
          throw new Error(`boom: cannot code ${a.id}`);
        }
        return pipeline.run(a).events;
      },
    });
    const stats = await w.done;
    expect(attempts).toBe(3);
    expect(stats).toMatchObject({ articles: 27, errors: 3 });
    const st = await queueStatus(url);
    expect(st).toMatchObject({ created: 0, retry: 0, active: 0, completed: 27, failed: 1 });
    expect(st.failures).toHaveLength(1);
    expect(st.failures[0]).toMatchObject({ articleId: poison, retries: 2 });
    expect(st.failures[0].error).toContain(`boom: cannot code ${poison}`);
    const pg = await openStore(url, { readOnly: true });
    try {
      const pe = await events(pg);
      expect(pe.map(essence)).toEqual(duckEvents.filter((e) => e.articleId !== poison).map(essence));
    } finally {
      await pg.close();
    }
    const cli = await runCli(['status', '--db', url]).exited;
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('27 completed, 1 failed');
    expect(cli.stdout).toContain(`failed ${poison}`);
    expect(cli.stdout).toContain('boom: cannot code');
  });
});

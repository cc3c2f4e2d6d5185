/**
 * A worker process killed with SIGKILL mid-way, then restarted: the queue still ends with every
 * article coded exactly once (no duplicate, no missing event). Jobs the dead worker held expire
 * (expireInSeconds 3) and are retried by the new worker's maintenance.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/coding/pipeline.js';
import { enqueueArticles, queueStatus } from '../../src/queue/index.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { pgDatabase } from '../setup/postgres.js';
import { manyArticles, runCli, sleep } from './helpers.js';

describe('queue: worker killed mid-way', () => {
  it('kill -9 then restart: no duplicate and no missing events', async () => {
    const url = await pgDatabase('kill');
    const articles = await manyArticles(140);
    expect(
      await enqueueArticles(
        url,
        articles.map((article) => ({ article })),
        { expireInSeconds: 3 },
      ),
    ).toMatchObject({ enqueued: 140 });

    const first = runCli([
      'worker',
      '--db',
      url,
      '--batch',
      '2',
      '--maintenance',
      '1',
      '--analyze-every',
      '1',
    ]);
    let st = await queueStatus(url);
    const deadline = Date.now() + 90_000;
    while (st.completed < 15 && Date.now() < deadline) {
      await sleep(100);
      st = await queueStatus(url);
    }
    first.child.kill('SIGKILL');
    await first.exited;
    st = await queueStatus(url);
    expect(st.completed).toBeGreaterThanOrEqual(15);
    expect(st.completed).toBeLessThan(140); // really mid-way

    const second = runCli(['worker', '--db', url, '--batch', '5', '--maintenance', '1', '--exit-when-empty']);
    const r = await second.exited;
    expect(r.code, r.stderr).toBe(0);
    st = await queueStatus(url);
    expect(st).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0, completed: 140, articles: 140 });

    const pipeline = createPipeline();
    const expected = articles.flatMap((a) => pipeline.run(a).events.map((e) => e.id)).sort();
    const store = new PostgresStore(url, { readOnly: true });
    try {
      const ids = (await store.query<{ id: string }>('SELECT id FROM events ORDER BY id')).map((x) => x.id);
      expect(ids).toEqual(expected);
      const mentions = await store.query<{ n: number; d: number }>(
        'SELECT count(*) AS n, count(DISTINCT event_id) AS d FROM mentions',
      );
      expect(mentions).toEqual([{ n: expected.length, d: expected.length }]);
      // analysed after the restart: nothing left unclustered
      expect((await store.listEvents({ clustered: false })).total).toBe(0);
    } finally {
      await store.close();
    }
  }, 240_000);
});

/**
 * PostgresStore against a real local PostgreSQL (scripts/pg-test-cluster.sh, started lazily by
 * test/setup/postgres.ts): the repository contract as DuckDbStore's tests state it, exports, and
 * parity with DuckDB on the samples.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/app/ingest.js';
import { openStore } from '../../src/app/store.js';
import { dyadSeries } from '../../src/analysis/series.js';
import { exportEvents } from '../../src/export/index.js';
import type { CodedEvent } from '../../src/model/event.js';
import type { RedLine, RedLineCrossing } from '../../src/model/redline.js';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import type { EventFilter, EventRepository, StoredEvent } from '../../src/store/repository.js';
import { RedlineError } from '../../src/util/errors.js';
import { actor, article, item, makeEvent, sampleBatch, tempDir } from '../helpers/events.js';
import { pgDatabase } from '../setup/postgres.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const TABLES = ['actors', 'articles', 'events', 'mentions', 'red_line_crossings', 'red_lines'];

let url: string;
let store: PostgresStore;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  url = await pgDatabase('store');
  tmp = tempDir();
  store = new PostgresStore(url);
  await store.init();
});
afterAll(async () => {
  await store?.close();
  tmp?.cleanup();
});

async function reset(): Promise<void> {
  await store.transaction('reset', async (c) => {
    await c.query(`TRUNCATE ${TABLES.join(', ')}`);
  });
}

describe('PostgresStore: schema and saveBatch', () => {
  beforeEach(reset);

  it('creates the schema with a migration version; init is idempotent', async () => {
    expect(await store.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
    const tables = await store.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      ...TABLES.slice(0, 4),
      'red_line_crossings',
      'red_lines',
      'schema_migrations',
    ]);
    const again = new PostgresStore(url);
    await Promise.all([again.init(), new PostgresStore(url).init().catch((e: unknown) => e)]);
    await again.close();
    expect(await store.query('SELECT count(*) AS n FROM schema_migrations')).toEqual([{ n: 2 }]);
  });

  it('saves a batch and reads it back unchanged', async () => {
    const batch = sampleBatch();
    expect(await store.saveBatch(batch)).toEqual({ inserted: 3, skipped: 0, conflicts: [] });
    const s = await store.stats();
    expect(s).toMatchObject({ articles: 3, events: 5, mentions: 5, clusters: 5, redLines: 0, crossings: 0 });
    expect(s.dateRange).toEqual({ from: '2024', to: '2024-10-02' });
    for (const { events } of batch) {
      for (const e of events) {
        const got = await store.getEvent(e.id);
        const {
          clusterId,
          numMentions,
          numSources,
          numArticles,
          articleUrl,
          articleOutlet,
          published,
          ingestedAt,
          ...coded
        } = got!;
        expect(coded).toEqual(e);
        expect({ clusterId, numMentions, numSources, numArticles }).toEqual({
          clusterId: null,
          numMentions: 1,
          numSources: 1,
          numArticles: 1,
        });
        expect(articleOutlet).toBe(e.articleId === 'a3' ? 'other' : 'example');
        expect(articleUrl).toBe(e.articleId === 'a3' ? null : `https://news.example/${e.articleId}`);
        expect(published).toBeTruthy();
        expect(ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
      }
    }
    const a = await store.getArticle('a1');
    expect(a).toMatchObject({ id: 'a1', title: 'Title a1', outlet: 'example', published: '2024-09-12' });
    expect(a!.text).toBe(batch[0].article.text);
    expect(Math.abs(Date.parse(a!.ingestedAt) - Date.now())).toBeLessThan(60_000);
    expect(await store.getArticle('nope')).toBeNull();
    expect(await store.getEvent('nope')).toBeNull();
    const actors = await store.query<{ code: string }>('SELECT code FROM actors ORDER BY code');
    expect(actors.map((r) => r.code)).toEqual(['NATO', 'RUS', 'RUSGOV', 'UKRGOV', 'UKRMIL', 'USAGOV']);
    const arts = await store.listArticles(2, 1);
    expect(arts.total).toBe(3);
    expect(arts.rows).toHaveLength(2);
  });

  it('keeps tabs, newlines and backslashes through COPY', async () => {
    const text = 'line1\nline2\twith tab \\ backslash \\N not null\r\n"quoted"';
    const a = article('t1', { text, title: null });
    await store.saveBatch([item(a, [makeEvent('t1', 0, { evidence: { start: 0, end: 5, text } })])]);
    expect((await store.getArticle('t1'))!.text).toBe(text);
    expect((await store.getArticle('t1'))!.title).toBeNull();
    expect((await store.getEvent('t1:0'))!.evidence.text).toBe(text);
  });

  it('is idempotent: the same content hash is skipped and counts stay unchanged', async () => {
    await store.saveBatch(sampleBatch());
    const before = await store.stats();
    expect(await store.hasArticle(sampleBatch()[0].contentHash)).toBe(true);
    expect(await store.hasArticle('no-such-hash')).toBe(false);
    expect(await store.saveBatch(sampleBatch())).toEqual({ inserted: 0, skipped: 3, conflicts: [] });
    expect(await store.stats()).toEqual(before);
    const fresh = article('a4', { text: 'fresh text' });
    const r = await store.saveBatch([
      item(fresh, [makeEvent('a4', 0)]),
      item(fresh, [makeEvent('a4', 0)]),
      sampleBatch()[1],
    ]);
    expect(r).toEqual({ inserted: 1, skipped: 2, conflicts: [] });
    expect((await store.stats()).events).toBe(before.events + 1);
  });

  it('skips an article id already stored with different content and reports it', async () => {
    await store.saveBatch(sampleBatch());
    const changed = article('a1', { text: 'edited text' });
    expect(await store.saveBatch([item(changed, [makeEvent('a1', 0)])])).toEqual({
      inserted: 0,
      skipped: 1,
      conflicts: ['a1'],
    });
  });

  it('rolls back a batch that fails mid-way: nothing is written', async () => {
    const good = sampleBatch();
    const bad = { ...makeEvent('a2', 5), quadClass: 9 } as unknown as CodedEvent;
    good[1] = { ...good[1], events: [...good[1].events, bad] };
    await expect(store.saveBatch(good)).rejects.toBeInstanceOf(RedlineError);
    await expect(store.saveBatch(good)).rejects.toThrow(/^R400 /);
    expect(await store.stats()).toMatchObject({ articles: 0, events: 0, actors: 0, mentions: 0 });

    const dup = sampleBatch();
    dup[2] = { ...dup[2], events: [...dup[2].events, { ...makeEvent('a3', 0) }] }; // duplicate event id
    await expect(store.saveBatch(dup)).rejects.toThrow(/R400/);
    expect((await store.stats()).articles).toBe(0);

    const mismatch = sampleBatch();
    mismatch[0] = { ...mismatch[0], events: [makeEvent('zz', 0)] };
    await expect(store.saveBatch(mismatch)).rejects.toThrow(/belongs to zz/);
    expect((await store.stats()).articles).toBe(0);

    const fractional = sampleBatch();
    fractional[0] = {
      ...fractional[0],
      events: [makeEvent('a1', 0, { evidence: { start: 1.5, end: 2, text: 'x' } })],
    };
    await expect(store.saveBatch(fractional)).rejects.toThrow(/R400 .*integer/);

    expect(await store.saveBatch(sampleBatch())).toMatchObject({ inserted: 3 });
  });

  it('serialises concurrent batches (also the same article from two writers)', async () => {
    const batches = Array.from({ length: 8 }, (_, i) => {
      const a = article(`c${i}`, { text: `concurrent ${i}` });
      return [item(a, [makeEvent(a.id, 0), makeEvent(a.id, 1)])];
    });
    const results = await Promise.all(batches.map((b) => store.saveBatch(b)));
    expect(results.every((r) => r.inserted === 1)).toBe(true);
    const other = new PostgresStore(url);
    const same = [item(article('s1', { text: 'same' }), [makeEvent('s1', 0)])];
    const both = await Promise.all([store.saveBatch(same), other.saveBatch(same)]);
    await other.close();
    expect(both.map((r) => r.inserted).sort()).toEqual([0, 1]);
    expect((await store.stats()).events).toBe(17);
  });

  it('read-only mode reads but refuses writes (also at the server: default_transaction_read_only)', async () => {
    await store.saveBatch(sampleBatch());
    const ro = new PostgresStore(url, { readOnly: true });
    await ro.init();
    try {
      expect(ro.readOnly).toBe(true);
      expect((await ro.listEvents()).total).toBe(5);
      await expect(ro.saveBatch([item(article('x', { text: 'x' }), [])])).rejects.toThrow(/read-only/);
      await expect(ro.saveRedLines([])).rejects.toThrow(/read-only/);
      await expect(ro.updateRedLineStatus('x', 'met')).rejects.toThrow(/read-only/);
      await expect(ro.saveEventClusters([])).rejects.toThrow(/read-only/);
      await expect(ro.query('DELETE FROM events')).rejects.toThrow(/R400/);
      const setting = await ro.withClient(
        't',
        async (c) => (await c.query('SHOW default_transaction_read_only')).rows,
      );
      expect(setting).toEqual([{ default_transaction_read_only: 'on' }]);
      await expect(ro.withClient('t', (c) => c.query('DELETE FROM events'))).rejects.toThrow(
        /read-only transaction/,
      );
      expect((await ro.stats()).events).toBe(5);
    } finally {
      await ro.close();
    }
    const viaOpen = await openStore(url, { readOnly: true });
    expect(viaOpen).toBeInstanceOf(PostgresStore);
    expect((await viaOpen.stats()).articles).toBe(3);
    await viaOpen.close();
  });

  it('read-only open of a database without schema fails with R400', async () => {
    const empty = await pgDatabase('empty');
    const ro = new PostgresStore(empty, { readOnly: true });
    await expect(ro.init()).rejects.toThrow(/R400 .*no schema/);
    await ro.close();
    await expect(new PostgresStore('postgres://127.0.0.1:1/none').init()).rejects.toThrow(
      /R400 cannot open store/,
    );
  });

  it('query() runs one bound SELECT and refuses anything else', async () => {
    await store.saveBatch(sampleBatch());
    expect(await store.query('SELECT count(*) AS n FROM events WHERE root = $1', ['13'])).toEqual([{ n: 2 }]);
    expect(
      await store.query('SELECT count(*) AS n FROM events WHERE root = ? AND code = ?', ['13', '130']),
    ).toEqual([{ n: 2 }]);
    await expect(store.query('UPDATE events SET code = $1', ['x'])).rejects.toThrow(/SELECT/);
    await expect(store.query('SELECT 1; DROP TABLE events')).rejects.toThrow(/R400/);
    await expect(store.query('WITH d AS (DELETE FROM events RETURNING 1) SELECT * FROM d')).rejects.toThrow(
      /R400/,
    );
    expect((await store.stats()).events).toBe(5);
  });
});

describe('PostgresStore: listEvents filters', () => {
  beforeAll(async () => {
    await reset();
    await store.saveBatch(sampleBatch());
  });
  const ids = async (f: EventFilter) => (await store.listEvents(f)).rows.map((r) => r.id).sort();

  it('no filter: all events, date order', async () => {
    const r = await store.listEvents();
    expect(r.total).toBe(5);
    expect(r.rows.map((e) => e.id)).toEqual(['a3:0', 'a1:1', 'a1:0', 'a2:0', 'a2:1']);
  });

  it.each<[EventFilter, string[]]>([
    [{ actor: 'NATO' }, ['a1:0', 'a2:0', 'a3:0']],
    [{ actor: 'RUS' }, ['a1:0', 'a2:0', 'a2:1', 'a3:0']],
    [{ source: 'RUSGOV' }, ['a1:0', 'a3:0']],
    [{ target: 'RUS' }, ['a2:0', 'a2:1']],
    [{ root: ['17', '19'] }, ['a2:0', 'a2:1']],
    [{ code: '0332' }, ['a1:1']],
    [{ quadClass: [1, 3] }, ['a1:0', 'a1:1', 'a3:0']],
    [{ modality: ['threat', 'conditional'] }, ['a1:0', 'a3:0']],
    [{ from: '2024-10-01' }, ['a2:0', 'a2:1', 'a3:0']],
    [{ to: '2024-09-12' }, ['a1:0', 'a1:1', 'a3:0']],
    [{ from: '2024-09-13', to: '2024-09-30' }, ['a1:1', 'a3:0']],
    [{ from: '2024-10', to: '2024-10' }, ['a2:0', 'a2:1', 'a3:0']],
    [{ from: '2025' }, []],
    [{ text: 'LONG-RANGE' }, ['a1:0', 'a3:0']],
    [{ articleId: 'a2' }, ['a2:0', 'a2:1']],
    [{ clustered: false }, ['a1:0', 'a1:1', 'a2:0', 'a2:1', 'a3:0']],
    [{ actor: 'RUS', modality: 'actual', root: '19' }, ['a2:1']],
  ])('%j', async (f, expected) => {
    expect(await ids(f)).toEqual(expected);
    expect((await store.listEvents(f)).total).toBe(expected.length);
  });

  it('sorts by goldstein and date, pages with limit/offset', async () => {
    expect((await store.listEvents({ sort: 'goldstein' })).rows.map((e) => e.goldstein)).toEqual([
      -10, -5, -4.4, -4.4, 5.2,
    ]);
    const dg = await store.listEvents({ sort: '-goldstein', limit: 2 });
    expect(dg.rows.map((e) => e.id)).toEqual(['a1:1', 'a1:0']);
    expect(dg.total).toBe(5);
    expect((await store.listEvents({ sort: '-date', limit: 2, offset: 1 })).rows.map((e) => e.id)).toEqual([
      'a2:0',
      'a1:0',
    ]);
    expect((await store.listEvents({ limit: 0 })).rows).toEqual([]);
  });

  it('binds values: SQL in a filter value is just text', async () => {
    const evil = "'; DROP TABLE events; --";
    for (const f of [
      { actor: evil },
      { source: evil },
      { target: evil },
      { root: evil },
      { code: [evil, "x' OR '1'='1"] },
      { text: evil },
      { articleId: "a1' OR '1'='1" },
      { text: '%' },
      { text: '_' },
    ] as EventFilter[]) {
      expect((await store.listEvents(f)).total).toBe(0);
    }
    expect(await store.listCrossings("rl1' OR '1'='1")).toEqual([]);
    expect((await store.query('SELECT count(*) AS n FROM events'))[0]).toEqual({ n: 5 });
  });

  it('rejects invalid filters with R400', async () => {
    for (const f of [
      { sort: 'goldstein; DROP TABLE events' },
      { from: '12/09/2024' },
      { to: '2024-13' },
      { limit: -1 },
      { evil: 1 },
    ]) {
      await expect(store.listEvents(f as unknown as EventFilter)).rejects.toThrow(
        /^R400 invalid event filter/,
      );
    }
    await expect(store.listArticles(-1)).rejects.toThrow(/R400/);
  });

  it('allEvents streams every matching event, ignoring limit', async () => {
    const all: string[] = [];
    for await (const e of store.allEvents({ limit: 1 })) all.push(e.id);
    expect(all.sort()).toEqual(['a1:0', 'a1:1', 'a2:0', 'a2:1', 'a3:0']);
  });
});

const redLine = (id: string, over: Partial<RedLine> = {}): RedLine => ({
  id,
  articleId: 'a3',
  eventId: 'a3:0',
  date: '2024-09-12',
  holder: actor('RUSGOV'),
  addressees: [actor('NATO')],
  condition: {
    text: 'if NATO strikes',
    start: 7,
    end: 22,
    sources: ['NATO', 'WST'],
    targets: ['RUS'],
    roots: ['19'],
    codes: [],
    terms: ['long-range', "it's"],
  },
  response: { text: 'we will respond', code: '138' },
  status: 'open',
  evidence: { start: 0, end: 42, text: 'Third: if NATO strikes, "we will respond".' },
  ...over,
});

describe('PostgresStore: red lines, crossings, clusters', () => {
  beforeAll(async () => {
    await reset();
    await store.saveBatch(sampleBatch());
  });

  it('saves, lists, filters and updates red lines', async () => {
    const rl2 = redLine('rl2', { holder: null, addressees: [], date: '2024-10-01' });
    await store.saveRedLines([redLine('rl1'), rl2]);
    expect(await store.listRedLines()).toEqual([redLine('rl1'), rl2]);
    expect(await store.updateRedLineStatus('rl2', 'met')).toBe(true);
    expect(await store.updateRedLineStatus('missing', 'met')).toBe(false);
    await expect(store.updateRedLineStatus('rl1', 'bogus' as never)).rejects.toThrow(/R400/);
    expect((await store.listRedLines({ status: 'met' })).map((l) => l.id)).toEqual(['rl2']);
    await store.saveRedLines([redLine('rl1', { status: 'withdrawn' })]);
    expect((await store.listRedLines()).find((l) => l.id === 'rl1')!.status).toBe('withdrawn');
    expect((await store.stats()).redLines).toBe(2);
  });

  it('saves and lists crossings (upsert by red line + event)', async () => {
    const c = (eventId: string, over: Partial<RedLineCrossing> = {}): RedLineCrossing => ({
      redLineId: 'rl1',
      eventId,
      articleId: 'a2',
      date: '2024-10-02',
      lagDays: 20,
      status: 'possibly-met',
      reason: 'source NATO, root 19',
      evidence: { start: 31, end: 60, text: 'struck' },
      ...over,
    });
    await store.saveCrossings([c('a2:1'), c('a2:0', { redLineId: 'rl2', status: 'met' })]);
    await store.saveCrossings([c('a2:1', { status: 'met' })]);
    expect(await store.listCrossings('rl1')).toEqual([c('a2:1', { status: 'met' })]);
    expect(await store.listCrossings()).toHaveLength(2);
    expect((await store.stats()).crossings).toBe(2);
  });

  it('cluster ids drive numMentions / numSources / numArticles', async () => {
    const a5 = article('a5', { text: 'fifth', outlet: 'example' });
    await store.saveBatch([item(a5, [makeEvent('a5', 0)])]);
    await store.saveEventClusters([
      { eventId: 'a1:0', clusterId: 'k1' },
      { eventId: 'a3:0', clusterId: 'k1' },
      { eventId: 'a5:0', clusterId: 'k1' },
    ]);
    expect(await store.getEvent('a1:0')).toMatchObject({
      clusterId: 'k1',
      numMentions: 3,
      numSources: 2,
      numArticles: 3,
    });
    expect((await store.listEvents({ articleId: 'a5' })).rows[0]).toMatchObject({
      numMentions: 3,
      numSources: 2,
      numArticles: 3,
    });
    expect(await store.getEvent('a2:1')).toMatchObject({ clusterId: null, numMentions: 1 });
    expect((await store.stats()).clusters).toBe(4);
    expect((await store.listEvents({ clustered: true })).total).toBe(3);
    await store.saveEventClusters([{ eventId: 'a5:0', clusterId: null }]);
    expect(await store.getEvent('a1:0')).toMatchObject({ numMentions: 2, numArticles: 2 });
  });
});

async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    const r = await c.runAndReadAll('SELECT * FROM read_parquet($1) ORDER BY id', [file]);
    return r.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

async function describeParquet(file: string): Promise<Array<[string, string]>> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    const r = await c.runAndReadAll('DESCRIBE SELECT * FROM read_parquet($1)', [file]);
    return r.getRowObjectsJS().map((x) => [String(x.column_name), String(x.column_type)]);
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

describe('PostgresStore: exports', () => {
  let duck: DuckDbStore;
  beforeAll(async () => {
    await reset();
    duck = new DuckDbStore(tmp.file('exp.duckdb'));
    for (const s of [store, duck] as EventRepository[]) {
      await s.saveBatch(sampleBatch());
      await s.saveEventClusters([
        { eventId: 'a1:0', clusterId: 'k' },
        { eventId: 'a3:0', clusterId: 'k' },
      ]);
    }
  });
  afterAll(async () => {
    await duck.close();
  });

  it('JSONL: one StoredEvent per line, equal to listEvents', async () => {
    const out = tmp.file('pg.jsonl');
    expect(await exportEvents(store, { format: 'jsonl', out })).toEqual({ count: 5 });
    const parsed = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as StoredEvent);
    expect(parsed).toEqual((await store.listEvents()).rows);
    expect(parsed.find((e) => e.id === 'a1:0')).toMatchObject({ numMentions: 2, numSources: 2 });
  });

  it('Parquet: same rows, columns and types as the DuckDB store export; filters apply', async () => {
    const p = tmp.file('pg.parquet');
    const d = tmp.file('duck.parquet');
    expect(await exportEvents(store, { format: 'parquet', out: p })).toEqual({ count: 5 });
    expect(await exportEvents(duck, { format: 'parquet', out: d })).toEqual({ count: 5 });
    expect(await describeParquet(p)).toEqual(await describeParquet(d));
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ ingested_at: _i, ...r }) => r);
    const pr = await readParquet(p);
    expect(strip(pr)).toEqual(strip(await readParquet(d)));
    expect(pr.find((r) => r.id === 'a1:0')).toMatchObject({ num_mentions: 2, cluster_id: 'k' });
    expect(
      await exportEvents(store, { format: 'parquet', out: tmp.file('q.parquet'), where: { root: '19' } }),
    ).toEqual({ count: 1 });
  });
});

describe('parity: the samples ingested into DuckDB and PostgreSQL', () => {
  it('same events, dedup counts, dyad series, red lines and statuses', async () => {
    const pgUrl2 = await pgDatabase('parity');
    const pgStore = await openStore(pgUrl2);
    const duck = await openStore(tmp.file('parity.duckdb'));
    try {
      const sp = await ingestPaths(pgStore, [SAMPLES], { progress: null });
      const sd = await ingestPaths(duck, [SAMPLES], { progress: null });
      const { seconds: _a, ...restP } = sp;
      const { seconds: _b, ...restD } = sd;
      expect(restP).toEqual(restD);
      expect(sp.inserted).toBe(28);
      const strip = (rows: StoredEvent[]) => rows.map(({ ingestedAt: _i, ...e }) => e);
      const pe = (await pgStore.listEvents({ limit: 100_000 })).rows;
      const de = (await duck.listEvents({ limit: 100_000 })).rows;
      expect(pe.length).toBeGreaterThan(20);
      expect(strip(pe)).toEqual(strip(de));
      const { ...ps } = await pgStore.stats();
      expect(ps).toEqual(await duck.stats());
      expect(await dyadSeries(pgStore)).toEqual(await dyadSeries(duck));
      expect(await pgStore.listRedLines()).toEqual(await duck.listRedLines());
      expect(await pgStore.listCrossings()).toEqual(await duck.listCrossings());
      expect((await pgStore.listRedLines()).length).toBeGreaterThan(0);
      // a re-run adds nothing on either
      expect((await ingestPaths(pgStore, [SAMPLES], { progress: null })).inserted).toBe(0);
    } finally {
      await pgStore.close();
      await duck.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbStore } from '../../src/store/duckdb.js';
import type { EventFilter } from '../../src/store/repository.js';
import { sampleBatch, tempDir } from '../helpers/events.js';

let tmp: ReturnType<typeof tempDir>;
let store: DuckDbStore;

beforeAll(async () => {
  tmp = tempDir();
  store = new DuckDbStore(tmp.file('f.duckdb'));
  await store.saveBatch(sampleBatch());
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

const ids = async (f: EventFilter) => (await store.listEvents(f)).rows.map((r) => r.id).sort();

describe('listEvents filters', () => {
  it('no filter: all events, date order', async () => {
    const r = await store.listEvents();
    expect(r.total).toBe(5);
    expect(r.rows.map((e) => e.id)).toEqual(['a3:0', 'a1:1', 'a1:0', 'a2:0', 'a2:1']);
  });

  it.each<[EventFilter, string[]]>([
    [{ actor: 'NATO' }, ['a1:0', 'a2:0', 'a3:0']],
    [{ actor: 'RUS' }, ['a1:0', 'a2:0', 'a2:1', 'a3:0']],
    [{ actor: 'UKRGOV' }, ['a1:1']],
    [{ source: 'RUS' }, ['a1:0', 'a3:0']],
    [{ source: 'RUSGOV' }, ['a1:0', 'a3:0']],
    [{ target: 'RUS' }, ['a2:0', 'a2:1']],
    [{ target: 'NATO' }, ['a1:0', 'a3:0']],
    [{ root: '13' }, ['a1:0', 'a3:0']],
    [{ root: ['17', '19'] }, ['a2:0', 'a2:1']],
    [{ code: '0332' }, ['a1:1']],
    [{ quadClass: 4 }, ['a2:0', 'a2:1']],
    [{ quadClass: [1, 3] }, ['a1:0', 'a1:1', 'a3:0']],
    [{ modality: 'negated' }, ['a2:0']],
    [{ modality: ['threat', 'conditional'] }, ['a1:0', 'a3:0']],
    [{ from: '2024-10-01' }, ['a2:0', 'a2:1', 'a3:0']],
    [{ to: '2024-09-12' }, ['a1:0', 'a1:1', 'a3:0']],
    [{ from: '2024-09-13', to: '2024-09-30' }, ['a1:1', 'a3:0']],
    [{ from: '2024-10', to: '2024-10' }, ['a2:0', 'a2:1', 'a3:0']],
    [{ from: '2025' }, []],
    [{ text: 'struck' }, ['a2:1']],
    [{ text: 'LONG-RANGE' }, ['a1:0', 'a3:0']],
    [{ articleId: 'a2' }, ['a2:0', 'a2:1']],
    [{ actor: 'RUS', modality: 'actual', root: '19' }, ['a2:1']],
  ])('%j', async (f, expected) => {
    expect(await ids(f)).toEqual(expected);
    expect((await store.listEvents(f)).total).toBe(expected.length);
  });

  it('sorts by goldstein and date, pages with limit/offset', async () => {
    const g = await store.listEvents({ sort: 'goldstein' });
    expect(g.rows.map((e) => e.goldstein)).toEqual([-10, -5, -4.4, -4.4, 5.2]);
    const dg = await store.listEvents({ sort: '-goldstein', limit: 2 });
    expect(dg.rows.map((e) => e.id)).toEqual(['a1:1', 'a1:0']);
    expect(dg.total).toBe(5);
    const dd = await store.listEvents({ sort: '-date', limit: 2, offset: 1 });
    expect(dd.rows.map((e) => e.id)).toEqual(['a2:0', 'a1:0']);
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
      const r = await store.listEvents(f);
      expect(r.total).toBe(0);
    }
    expect((await store.stats()).events).toBe(5);
    expect((await store.query('SELECT count(*) AS n FROM events'))[0]).toEqual({ n: 5 });
  });

  it('rejects invalid filters with R400 (bad sort, dates, limit, unknown keys)', async () => {
    for (const f of [
      { sort: 'goldstein; DROP TABLE events' },
      { from: '12/09/2024' },
      { to: '2024-13' },
      { limit: -1 },
      { limit: 1.5 },
      { quadClass: 7 },
      { modality: 'maybe' },
      { evil: 1 },
    ]) {
      await expect(store.listEvents(f as unknown as EventFilter)).rejects.toThrow(
        /^R400 invalid event filter/,
      );
    }
  });

  it('allEvents streams every matching event, ignoring limit', async () => {
    const all: string[] = [];
    for await (const e of store.allEvents({ limit: 1 })) all.push(e.id);
    expect(all.sort()).toEqual(['a1:0', 'a1:1', 'a2:0', 'a2:1', 'a3:0']);
    const some: string[] = [];
    for await (const e of store.allEvents({ root: '13' })) some.push(e.id);
    expect(some.sort()).toEqual(['a1:0', 'a3:0']);
  });
});

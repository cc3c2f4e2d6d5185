import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { exportEvents, FLAT_COLUMNS, csvField } from '../../src/export/index.js';
import type { PloverRecord } from '../../src/export/plover.js';
import type { DuckDbStore } from '../../src/store/duckdb.js';
import type { EventRepository, StoredEvent } from '../../src/store/repository.js';
import { collector, exportStore, parseCsv, TRICKY } from './setup.js';

let ctx: Awaited<ReturnType<typeof exportStore>>;
let store: DuckDbStore;
let all: StoredEvent[];
beforeAll(async () => {
  ctx = await exportStore();
  store = ctx.store;
  all = (await store.listEvents({ limit: 100 })).rows;
});
afterAll(async () => {
  await store.close();
  ctx.tmp.cleanup();
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

describe('JSONL, CSV, PLOVER and Parquet exports', () => {
  it('JSONL: one StoredEvent per line, equal to listEvents', async () => {
    const out = ctx.tmp.file('e.jsonl');
    expect(await exportEvents(store, { format: 'jsonl', out })).toEqual({ count: 6 });
    const parsed = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as StoredEvent);
    expect(parsed).toEqual(all);
    expect(parsed.find((e) => e.id === 'a6:0')!.evidence.text).toBe(TRICKY);
  });

  it('CSV: header plus one properly quoted row per event', async () => {
    const c = collector();
    expect(
      await exportEvents(store, { format: 'csv', out: c.stream, where: { sort: '-goldstein' } }),
    ).toEqual({ count: 6 });
    const rows = parseCsv(c.text());
    expect(rows[0]).toEqual([...FLAT_COLUMNS]);
    expect(rows).toHaveLength(7);
    const objs = rows.slice(1).map((r) => Object.fromEntries(FLAT_COLUMNS.map((k, i) => [k, r[i]])));
    expect(objs[0]).toMatchObject({
      id: 'a1:1',
      code: '0332',
      goldstein: '5.2',
      date: '2024-09',
      date_start: '2024-09-01',
      date_end: '2024-09-30',
    });
    const tricky = objs.find((o) => o.id === 'a6:0')!;
    expect(tricky.evidence_text).toBe(TRICKY);
    expect(tricky.article_url).toBe('https://x.example/a?b=1,2');
    expect(tricky.target_code).toBe('');
    const k = objs.find((o) => o.id === 'a3:0')!;
    expect(k).toMatchObject({
      cluster_id: 'k',
      num_mentions: '2',
      num_sources: '2',
      modality: 'conditional',
      quote_speaker: 'Putin',
    });
    expect(JSON.parse(k.condition_json).text).toBe('if NATO strikes');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField(null)).toBe('');
  });

  it('PLOVER: JSON array with mapped auxiliary modes and contexts; JSONL variant', async () => {
    const out = ctx.tmp.file('p.json');
    expect(await exportEvents(store, { format: 'plover', out })).toEqual({ count: 6 });
    const recs = JSON.parse(readFileSync(out, 'utf8')) as PloverRecord[];
    expect(recs).toHaveLength(6);
    const by = new Map(recs.map((r) => [r.id, r]));
    expect(by.get('a1:1')).toMatchObject({
      event_type: 'AGREE',
      mode: null,
      context: ['military'],
      actor: 'USAGOV',
      actor_country: 'USA',
      actor_role: 'GOV',
      recipient_code: 'UKRGOV',
      aux_mode: null,
      redline_modality: 'actual',
      source_url: 'https://news.example/a1',
      evidence: 'The US pledged more military aid to Kyiv.',
      date: '2024-09',
    });
    expect(by.get('a2:0')).toMatchObject({
      event_type: 'COERCE',
      mode: 'restrict',
      aux_mode: 'negation',
      actor_country: 'NATO',
    });
    expect(by.get('a3:0')).toMatchObject({
      aux_mode: 'hypothetical',
      condition: 'if NATO strikes',
      num_mentions: 2,
    });
    expect(by.get('a1:0')!.aux_mode).toBeNull();
    expect(by.get('a2:1')!.context).toEqual(['military']);

    const c = collector();
    expect(
      await exportEvents(store, { format: 'plover', out: c.stream, jsonl: true, where: { articleId: 'a2' } }),
    ).toEqual({ count: 2 });
    const lines = c
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as PloverRecord);
    expect(lines.map((l) => l.id).sort()).toEqual(['a2:0', 'a2:1']);
    const empty = ctx.tmp.file('empty.json');
    await exportEvents(store, { format: 'plover', out: empty, where: { from: '2030' } });
    expect(JSON.parse(readFileSync(empty, 'utf8'))).toEqual([]);
  });

  it('Parquet: COPY from the store, read back with read_parquet', async () => {
    const out = ctx.tmp.file("it's a dir name.parquet"); // single quote in the path
    expect(await exportEvents(store, { format: 'parquet', out })).toEqual({ count: 6 });
    const rows = await readParquet(out);
    expect(rows.map((r) => r.id)).toEqual(['a1:0', 'a1:1', 'a2:0', 'a2:1', 'a3:0', 'a6:0']);
    expect(Object.keys(rows[0])).toEqual([...FLAT_COLUMNS]);
    expect(rows[0]).toMatchObject({
      code: '130',
      goldstein: -4.4,
      quad_class: 3,
      source_code: 'RUSGOV',
      num_mentions: 2,
      num_sources: 2,
      cluster_id: 'k',
    });
    expect(rows[1]).toMatchObject({ code: '0332', date: '2024-09', target_code: 'UKRGOV', num_mentions: 1 });
    expect(rows[5].evidence_text).toBe(TRICKY);
    expect(rows[1].date_start).toBeInstanceOf(Date);

    const filtered = ctx.tmp.file('f.parquet');
    expect(await exportEvents(store, { format: 'parquet', out: filtered, where: { root: '19' } })).toEqual({
      count: 1,
    });
    expect((await readParquet(filtered)).map((r) => r.id)).toEqual(['a2:1']);
  });

  it('Parquet: generic repositories are staged in memory; streams receive the file bytes', async () => {
    const generic: EventRepository = Object.create(store, { exportParquet: { value: undefined } });
    const out = ctx.tmp.file('g.parquet');
    expect(await exportEvents(generic, { format: 'parquet', out, where: { actor: 'NATO' } })).toEqual({
      count: 3,
    });
    const rows = await readParquet(out);
    expect(rows.map((r) => r.id)).toEqual(['a1:0', 'a2:0', 'a3:0']);
    expect(rows[0]).toMatchObject({
      goldstein: -4.4,
      quad_class: 3,
      num_mentions: 2,
      article_outlet: 'example',
    });

    const c = collector();
    expect(await exportEvents(store, { format: 'parquet', out: c.stream })).toEqual({ count: 6 });
    expect(c.buffer().subarray(0, 4).toString()).toBe('PAR1');
  });

  it('rejects unknown formats and unsafe paths', async () => {
    await expect(exportEvents(store, { format: 'xml' as never, out: ctx.tmp.file('x') })).rejects.toThrow(
      /R400 unknown export format/,
    );
    await expect(exportEvents(store, { format: 'parquet', out: 'a\nb.parquet' })).rejects.toThrow(/R400/);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEvents, GDELT_COLUMNS, globalEventId } from '../../src/export/index.js';
import type { DuckDbStore } from '../../src/store/duckdb.js';
import { exportStore } from './setup.js';

let ctx: Awaited<ReturnType<typeof exportStore>>;
let store: DuckDbStore;
beforeAll(async () => {
  ctx = await exportStore();
  store = ctx.store;
});
afterAll(async () => {
  await store.close();
  ctx.tmp.cleanup();
});

const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name);

describe('GDELT 2.0 export', () => {
  it('has the 61 codebook columns in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS[0]).toBe('GLOBALEVENTID');
    expect(GDELT_COLUMNS[26]).toBe('EventCode');
    expect(GDELT_COLUMNS[59]).toBe('DATEADDED');
    expect(GDELT_COLUMNS[60]).toBe('SOURCEURL');
  });

  it('writes one 61-field TSV row per event with values in the right columns', async () => {
    const out = ctx.tmp.file('events.gdelt.tsv');
    expect(await exportEvents(store, { format: 'gdelt', out })).toEqual({ count: 6 });
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(6);
    const rows = lines.map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(61);
    const byId = new Map(rows.map((r) => [r[col('GLOBALEVENTID')], r]));

    const a10 = byId.get(String(globalEventId('a1:0')))!;
    expect(a10[col('SQLDATE')]).toBe('20240912');
    expect(a10[col('MonthYear')]).toBe('202409');
    expect(a10[col('Year')]).toBe('2024');
    expect(a10[col('FractionDate')]).toBe('2024.6967'); // day 255 of 366;
    expect(a10[col('Actor1Code')]).toBe('RUSGOV');
    expect(a10[col('Actor1Name')]).toBe('Russia');
    expect(a10[col('Actor1CountryCode')]).toBe('RUS');
    expect(a10[col('Actor1KnownGroupCode')]).toBe('');
    expect(a10[col('Actor1Type1Code')]).toBe('GOV');
    expect(a10[col('Actor2Code')]).toBe('NATO');
    expect(a10[col('Actor2CountryCode')]).toBe('');
    expect(a10[col('Actor2KnownGroupCode')]).toBe('NATO');
    expect(a10[col('IsRootEvent')]).toBe('1');
    expect(a10[col('EventCode')]).toBe('130');
    expect(a10[col('EventBaseCode')]).toBe('130');
    expect(a10[col('EventRootCode')]).toBe('13');
    expect(a10[col('QuadClass')]).toBe('3');
    expect(a10[col('GoldsteinScale')]).toBe('-4.4');
    expect(a10[col('NumMentions')]).toBe('2');
    expect(a10[col('NumSources')]).toBe('2');
    expect(a10[col('NumArticles')]).toBe('2');
    expect(a10[col('AvgTone')]).toBe('0');
    expect(a10.slice(col('Actor1Geo_Type'), col('ActionGeo_FeatureID') + 1).every((v) => v === '')).toBe(
      true,
    );
    expect(a10[col('DATEADDED')]).toMatch(/^20\d{12}$/);
    expect(a10[col('SOURCEURL')]).toBe('https://news.example/a1');

    const a11 = byId.get(String(globalEventId('a1:1')))!;
    expect(a11[col('SQLDATE')]).toBe('20240901'); // "2024-09" padded with 01
    expect(a11[col('EventCode')]).toBe('0332');
    expect(a11[col('EventBaseCode')]).toBe('033');
    expect(a11[col('EventRootCode')]).toBe('03');
    expect(a11[col('Actor2Code')]).toBe('UKRGOV');
    expect(a11[col('NumMentions')]).toBe('1');

    const a30 = byId.get(String(globalEventId('a3:0')))!;
    expect(a30[col('SQLDATE')]).toBe('20240101'); // "2024" padded
    expect(a30[col('FractionDate')]).toBe('2024.0000');
    expect(a30[col('SOURCEURL')]).toBe('');

    const a60 = byId.get(String(globalEventId('a6:0')))!;
    expect(a60[col('Actor1Name')]).toBe('Iran gov'); // tab removed
    expect(a60.slice(col('Actor2Code'), col('Actor2Type3Code') + 1).every((v) => v === '')).toBe(true);
  });

  it('GLOBALEVENTID is the first 12 hex digits of sha1(id), stable and distinct', () => {
    const h = createHash('sha1').update('a1:0').digest('hex').slice(0, 12);
    expect(globalEventId('a1:0')).toBe(parseInt(h, 16));
    expect(Number.isSafeInteger(globalEventId('a1:0'))).toBe(true);
    expect(globalEventId('a1:0')).not.toBe(globalEventId('a1:1'));
  });

  it('applies the where filter', async () => {
    const out = ctx.tmp.file('f.tsv');
    expect(await exportEvents(store, { format: 'gdelt', out, where: { modality: 'actual' } })).toEqual({
      count: 3,
    });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});

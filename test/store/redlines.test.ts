import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbStore } from '../../src/store/duckdb.js';
import type { RedLine, RedLineCrossing } from '../../src/model/redline.js';
import { actor, article, item, makeEvent, sampleBatch, tempDir } from '../helpers/events.js';

let tmp: ReturnType<typeof tempDir>;
let store: DuckDbStore;

beforeAll(async () => {
  tmp = tempDir();
  store = new DuckDbStore(tmp.file('r.duckdb'));
  await store.saveBatch(sampleBatch());
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
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

describe('red lines, crossings, clusters', () => {
  it('saves, lists, filters and updates red lines', async () => {
    await store.saveRedLines([
      redLine('rl1'),
      redLine('rl2', { holder: null, addressees: [], date: '2024-10-01' }),
    ]);
    expect(await store.listRedLines()).toEqual([
      redLine('rl1'),
      redLine('rl2', { holder: null, addressees: [], date: '2024-10-01' }),
    ]);
    expect(await store.updateRedLineStatus('rl2', 'met')).toBe(true);
    expect(await store.updateRedLineStatus('missing', 'met')).toBe(false);
    await expect(store.updateRedLineStatus('rl1', 'bogus' as never)).rejects.toThrow(/R400/);
    expect((await store.listRedLines({ status: 'met' })).map((l) => l.id)).toEqual(['rl2']);
    expect((await store.listRedLines({ status: 'open' })).map((l) => l.id)).toEqual(['rl1']);
    await store.saveRedLines([redLine('rl1', { status: 'withdrawn' })]); // upsert by id
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
    expect(await store.listCrossings("rl1' OR '1'='1")).toEqual([]);
    expect((await store.stats()).crossings).toBe(2);

    // thousands in one call (one INSERT per row in one transaction ran DuckDB out of memory at ~1,000; all of a
    // story repeated 357 times in one transaction did too: committed 10,000 rows at a time, across transactions)
    const many = Array.from({ length: 12000 }, (_, i) => c(`bulk:${i}`, { lagDays: i }));
    await store.saveCrossings([...many, c('bulk:7', { lagDays: -1 })]); // a repeated key: the last one wins
    const listed = await store.listCrossings('rl1');
    expect(listed).toHaveLength(12001);
    expect(listed.find((x) => x.eventId === 'bulk:7')?.lagDays).toBe(-1);
    expect(listed.find((x) => x.eventId === 'bulk:11999')).toEqual(c('bulk:11999', { lagDays: 11999 }));
  });

  it('cluster ids drive numMentions / numSources / numArticles', async () => {
    // a1:0 (outlet example), a3:0 (outlet other) and a new article's event (outlet example) are one event
    const a5 = article('a5', { text: 'fifth', outlet: 'example' });
    await store.saveBatch([item(a5, [makeEvent('a5', 0)])]);
    await store.saveEventClusters([
      { eventId: 'a1:0', clusterId: 'k1' },
      { eventId: 'a3:0', clusterId: 'k1' },
      { eventId: 'a5:0', clusterId: 'k1' },
    ]);
    const e = await store.getEvent('a1:0');
    expect(e).toMatchObject({ clusterId: 'k1', numMentions: 3, numSources: 2, numArticles: 3 });
    // counts cover the whole cluster even when the filter selects one member
    const only = await store.listEvents({ articleId: 'a5' });
    expect(only.rows[0]).toMatchObject({ numMentions: 3, numSources: 2, numArticles: 3 });
    expect(await store.getEvent('a2:1')).toMatchObject({ clusterId: null, numMentions: 1 });
    expect((await store.stats()).clusters).toBe(4);
    await store.saveEventClusters([{ eventId: 'a5:0', clusterId: null }]);
    expect(await store.getEvent('a1:0')).toMatchObject({ numMentions: 2, numArticles: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/app/batch-writer.js';
import type { EventRepository, SaveBatchItem, SaveBatchResult } from '../../src/store/repository.js';
import { article, item } from '../helpers/events.js';

/** a store that records its batches, takes `delay` ms to store each, and fails batches containing `failId` */
function fakeStore(opts: { delay?: number; failId?: string; background?: boolean } = {}) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = async (batch: SaveBatchItem[]): Promise<SaveBatchResult> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const ids = batch.map((b) => b.article.id).join(',');
    log.push(`begin ${ids}`);
    await new Promise((r) => setTimeout(r, opts.delay ?? 5));
    inFlight--;
    if (opts.failId && batch.some((b) => b.article.id === opts.failId)) {
      log.push(`fail ${ids}`);
      throw new Error(`cannot store ${opts.failId}`);
    }
    log.push(`stored ${ids}`);
    return { inserted: batch.length, skipped: 0, conflicts: [] };
  };
  const repo = { saveBatch: save } as unknown as EventRepository;
  if (opts.background !== false) {
    repo.beginBatch = (batch) => Promise.resolve({ stored: save(batch) });
  }
  return { repo, log, maxInFlight: () => maxInFlight };
}

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => item(article(`a${i}`, { text: `t${i}` }), []));

describe('BatchWriter', () => {
  for (const background of [true, false]) {
    it(`stores full batches in order, one at a time, and the rest on close (beginBatch: ${background})`, async () => {
      const { repo, log, maxInFlight } = fakeStore({ background });
      const stored: number[] = [];
      const timings = new Map<string, number>();
      const w = new BatchWriter(repo, { batchSize: 2, timings, onStored: (r) => stored.push(r.inserted) });
      for (const it of items(5)) await w.add(it);
      await w.close();
      expect(log).toEqual([
        'begin a0,a1',
        'stored a0,a1',
        'begin a2,a3',
        'stored a2,a3',
        'begin a4',
        'stored a4',
      ]);
      expect(stored).toEqual([2, 2, 1]);
      expect(maxInFlight()).toBe(1);
      expect(timings.get('store')).toBeGreaterThan(0);
    });
  }

  it('lets the caller go on while a batch is stored', async () => {
    const { repo, log } = fakeStore({ delay: 50 });
    const w = new BatchWriter(repo, { batchSize: 2 });
    for (const it of items(2)) await w.add(it);
    // the batch is begun, not stored: add returned before the store finished
    expect(log).toEqual(['begin a0,a1']);
    await w.close();
    expect(log).toEqual(['begin a0,a1', 'stored a0,a1']);
  });

  it('throws a store error at the next call and begins nothing after it', async () => {
    const { repo, log } = fakeStore({ failId: 'a1' });
    const w = new BatchWriter(repo, { batchSize: 2 });
    const all = items(6);
    await w.add(all[0]);
    await w.add(all[1]); // begins the failing batch
    await w.add(all[2]);
    await expect(w.add(all[3])).rejects.toThrow(/cannot store a1/);
    await expect(w.close()).rejects.toThrow(/cannot store a1/);
    expect(log).toEqual(['begin a0,a1', 'fail a0,a1']);
  });
});

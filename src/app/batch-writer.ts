/**
 * Stores coded articles in batches, one batch in flight: while the store writes batch n (for DuckDB, the
 * move of its staged rows into the tables, on a DuckDB thread), the caller codes batch n + 1. Batches are
 * stored in order; the first store error is thrown by the next add/flush/close, and nothing after it is
 * begun.
 */
import type { EventRepository, SaveBatchItem, SaveBatchResult } from '../store/repository.js';
import { DEFAULT_BATCH } from './batching.js';

export interface BatchWriterOptions {
  batchSize?: number;
  /** called once a batch is stored, with the store's answer */
  onStored?: (r: SaveBatchResult, items: readonly SaveBatchItem[]) => void;
  /** adds the time callers spent here (staging, waiting for the previous batch) under 'store' */
  timings?: Map<string, number>;
}

export class BatchWriter {
  private batch: SaveBatchItem[] = [];
  private storing: Promise<void> = Promise.resolve();
  private error: { e: unknown } | null = null;
  private readonly batchSize: number;

  constructor(
    private readonly repo: EventRepository,
    private readonly opts: BatchWriterOptions = {},
  ) {
    this.batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  }

  /** queue one item; begins storing the batch once it is full */
  async add(item: SaveBatchItem): Promise<void> {
    this.batch.push(item);
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  /** wait for the batch in flight, then begin storing the queued items */
  async flush(): Promise<void> {
    await this.timed(async () => {
      await this.settled();
      if (!this.batch.length) return;
      const items = this.batch;
      this.batch = [];
      const { stored } = this.repo.beginBatch
        ? await this.repo.beginBatch(items)
        : { stored: this.repo.saveBatch(items) };
      this.storing = stored.then(
        (r) => this.opts.onStored?.(r, items),
        (e: unknown) => {
          this.error = { e };
        },
      );
    });
  }

  /** store what is queued and wait until everything is stored */
  async close(): Promise<void> {
    await this.flush();
    await this.timed(() => this.settled());
  }

  private async settled(): Promise<void> {
    await this.storing;
    if (this.error) throw this.error.e;
  }

  private async timed(fn: () => Promise<void>): Promise<void> {
    const t = performance.now();
    try {
      await fn();
    } finally {
      const m = this.opts.timings;
      m?.set('store', (m.get('store') ?? 0) + performance.now() - t);
    }
  }
}

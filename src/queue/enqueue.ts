/**
 * `redline ingest --db postgres://...`: read the inputs and enqueue every new article. Each article
 * row (without events) and its pg-boss job are written in the same PostgreSQL transaction, so an
 * article is stored if and only if a job to code it exists. Coding happens in `redline worker`.
 */
import type PgBoss from 'pg-boss';
import { contentHash as hashOf, createProgress, readPaths } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import { copyArticles, lockWrites, selectNew } from '../store/postgres/batch.js';
import { PostgresStore } from '../store/postgres/index.js';
import {
  clientDb,
  DEFAULT_EXPIRE_SECONDS,
  QUEUE,
  RETRY_DELAY_SECONDS,
  RETRY_LIMIT,
  startBoss,
  type JobData,
} from './boss.js';

export interface EnqueueItem {
  article: Article;
  /** computed from the article when missing */
  contentHash?: string;
}

export interface EnqueueOptions {
  /** articles per transaction (default 500) */
  batchSize?: number;
  /** seconds a job may stay active before it counts as abandoned (default 300) */
  expireInSeconds?: number;
  retryLimit?: number;
}

export interface EnqueueResult {
  enqueued: number;
  /** already stored (same content hash, or repeated) or id conflict */
  skipped: number;
  conflicts: string[];
}

async function enqueueWith(
  store: PostgresStore,
  boss: PgBoss,
  items: EnqueueItem[],
  opts: EnqueueOptions,
): Promise<EnqueueResult> {
  const out: EnqueueResult = { enqueued: 0, skipped: 0, conflicts: [] };
  const size = Math.max(1, opts.batchSize ?? 500);
  for (let i = 0; i < items.length; i += size) {
    const batch = items.slice(i, i + size).map((it) => ({
      article: it.article,
      contentHash: it.contentHash ?? hashOf(it.article),
      events: [],
    }));
    const r = await store.transaction('enqueue', async (c) => {
      await lockWrites(c);
      const { keep, skipped, conflicts } = await selectNew(c, batch);
      if (keep.length) {
        await copyArticles(c, keep);
        const jobs: PgBoss.JobInsert<JobData>[] = keep.map(({ article }) => ({
          name: QUEUE,
          data: { articleId: article.id },
          retryLimit: opts.retryLimit ?? RETRY_LIMIT,
          retryDelay: RETRY_DELAY_SECONDS,
          expireInSeconds: opts.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
        }));
        await boss.insert(jobs, { db: clientDb(c) });
      }
      return { enqueued: keep.length, skipped, conflicts };
    });
    out.enqueued += r.enqueued;
    out.skipped += r.skipped;
    out.conflicts.push(...r.conflicts);
  }
  return out;
}

/** store these articles and enqueue one coding job for each new one */
export async function enqueueArticles(
  url: string,
  items: EnqueueItem[],
  opts: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const store = new PostgresStore(url);
  await store.init();
  let boss: PgBoss | null = null;
  try {
    boss = await startBoss(url);
    return await enqueueWith(store, boss, items, opts);
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
  }
}

export interface QueueIngestSummary {
  read: number;
  enqueued: number;
  skipped: number;
  rejected: Array<{ origin: string; code: string; message: string }>;
  seconds: number;
}

export interface QueueIngestOptions extends EnqueueOptions {
  published?: string;
  progress?: NodeJS.WritableStream | null;
}

/** read files/folders and enqueue their new articles (the `ingest --db postgres://` path) */
export async function ingestToQueue(
  url: string,
  paths: string[],
  opts: QueueIngestOptions = {},
): Promise<QueueIngestSummary> {
  const t0 = performance.now();
  const summary: QueueIngestSummary = { read: 0, enqueued: 0, skipped: 0, rejected: [], seconds: 0 };
  const progress =
    opts.progress === null ? null : createProgress({ stream: opts.progress ?? process.stderr });
  const store = new PostgresStore(url);
  await store.init();
  let boss: PgBoss | null = null;
  try {
    boss = await startBoss(url);
    const size = Math.max(1, opts.batchSize ?? 500);
    let pending: EnqueueItem[] = [];
    const flush = async () => {
      if (!pending.length || !boss) return;
      const r = await enqueueWith(store, boss, pending, opts);
      summary.enqueued += r.enqueued;
      summary.skipped += r.skipped;
      pending = [];
    };
    for await (const item of readPaths(paths, { published: opts.published })) {
      if (!item.ok) {
        summary.rejected.push({ origin: item.origin, code: item.error.code, message: item.error.message });
        progress?.tick({ rejected: 1 });
        continue;
      }
      summary.read++;
      pending.push({ article: item.article });
      progress?.tick({ articles: 1 });
      if (pending.length >= size) await flush();
    }
    await flush();
  } finally {
    progress?.stop();
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** "28 queued, 0 already stored, 0 rejected in 0.4s" */
export function queueSummaryLine(s: QueueIngestSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `${n(s.enqueued)} queued for coding, ${n(s.skipped)} already stored, ${n(s.rejected.length)} rejected in ${s.seconds.toFixed(1)}s (run \`redline worker\` to code them)`;
}

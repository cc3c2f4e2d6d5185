/**
 * `redline worker`: takes "code this article" jobs from the pg-boss queue, codes each article and
 * replaces its events (delete-then-insert in one transaction, so a retried job never duplicates),
 * then runs the dedup / red-line analysis, throttled: when the queue is empty, or at most once per
 * `analyzeEverySeconds` while it is busy. Workers on several machines share one database; a
 * session advisory lock keeps two analysis passes from running at once.
 *
 * An article whose coding throws is failed explicitly (the rest of its batch is still written);
 * after RETRY_LIMIT retries it stays in pg-boss's failed state with the error (see queueStatus).
 */
import type PgBoss from 'pg-boss';
import { analyzeStore, type AnalyzeResult } from '../app/analyze.js';
import { createPipeline } from '../coding/pipeline.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import type { Article } from '../model/article.js';
import type { CodedEvent } from '../model/event.js';
import { PostgresStore } from '../store/postgres/index.js';
import { LOCK_ANALYZE } from '../store/postgres/schema.js';
import { isRedlineError, RedlineError } from '../util/errors.js';
import { QUEUE, startBoss, type JobData } from './boss.js';
import { pendingJobs } from './status.js';

export interface WorkerOptions {
  /** job handlers running at once in this process (default 1) */
  concurrency?: number;
  /** jobs fetched (and written) together by one handler (default 10) */
  batchSize?: number;
  /** how often an idle handler polls (default 0.5, pg-boss's minimum) */
  pollingIntervalSeconds?: number;
  /** analysis at most this often while the queue is busy (default 30); always when it empties */
  analyzeEverySeconds?: number;
  /** pg-boss maintenance interval: how soon a dead worker's expired jobs are retried (default 30) */
  maintenanceIntervalSeconds?: number;
  /** resolve `done` (and stop) once the queue has nothing left and the analysis has run */
  exitWhenEmpty?: boolean;
  lexicon?: Lexicon;
  /** the coder (default: createPipeline(lexicon)); tests inject failures here */
  code?: (article: Article) => CodedEvent[];
  log?: (line: string) => void;
}

export interface WorkerStats {
  /** articles coded and written */
  articles: number;
  events: number;
  /** failed attempts (a poison article counts once per attempt) */
  errors: number;
  analyses: number;
  lastAnalysis: AnalyzeResult | null;
}

export interface WorkerHandle {
  readonly stats: WorkerStats;
  /** resolves when the worker has stopped (stop() called, or the queue emptied with exitWhenEmpty) */
  readonly done: Promise<WorkerStats>;
  /** graceful: in-flight jobs finish, a pending analysis runs, connections close */
  stop(): Promise<WorkerStats>;
}

const errorInfo = (e: unknown) => ({
  code: isRedlineError(e) ? e.code : 'R301',
  message: e instanceof Error ? e.message : String(e),
});

export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<WorkerHandle> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 10));
  const analyzeEveryMs = (opts.analyzeEverySeconds ?? 30) * 1000;
  const log = opts.log ?? (() => undefined);
  const lex = opts.lexicon ?? loadLexicon();
  const code =
    opts.code ??
    (
      (p) => (a: Article) =>
        p.run(a).events
    )(createPipeline(lex, { dates: 'on-demand' }));

  const store = new PostgresStore(url, { poolSize: concurrency + 3 });
  await store.init();
  let boss: PgBoss;
  try {
    boss = await startBoss(url, {
      supervise: true,
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
      max: concurrency + 2,
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  boss.on('error', (e: Error) => log(`redline worker: queue error: ${e.message}`));

  const stats: WorkerStats = { articles: 0, events: 0, errors: 0, analyses: 0, lastAnalysis: null };
  let dirty = true; // a worker killed earlier may have left events unanalysed
  let lastAnalysis = 0;
  let inflight = 0;
  let stopping: Promise<WorkerStats> | null = null;
  let resolveDone: (s: WorkerStats) => void = () => undefined;
  const done = new Promise<WorkerStats>((r) => (resolveDone = r));

  const loadArticles = async (ids: string[]): Promise<Map<string, Article>> => {
    const rows = await store.withClient(
      'loadArticles',
      async (c) =>
        (
          await c.query(
            'SELECT id, url, outlet, published, title, text FROM articles WHERE id = ANY($1::text[])',
            [ids],
          )
        ).rows,
    );
    return new Map(rows.map((r: Record<string, unknown>) => [String(r.id), r as unknown as Article]));
  };

  const handle = async (jobs: PgBoss.Job<JobData>[], workerId: () => string | undefined) => {
    inflight++;
    try {
      const articles = await loadArticles(jobs.map((j) => j.data.articleId));
      const ok: Array<{ article: Article; events: CodedEvent[] }> = [];
      const bad: Array<{ job: PgBoss.Job<JobData>; error: ReturnType<typeof errorInfo> }> = [];
      for (const job of jobs) {
        const article = articles.get(job.data.articleId);
        try {
          if (!article) throw new RedlineError('R400', `article ${job.data.articleId} is not in the store`);
          ok.push({ article, events: code(article) });
        } catch (e) {
          bad.push({ job, error: errorInfo(e) });
        }
      }
      if (ok.length) {
        stats.events += await store.replaceEvents(ok);
        stats.articles += ok.length;
        dirty = true;
      }
      for (const b of bad) {
        log(`redline worker: article ${b.job.data.articleId} failed: ${b.error.message}`);
        await boss.fail(QUEUE, b.job.id, { ...b.error, articleId: b.job.data.articleId });
        stats.errors++;
      }
      // a full batch: there is probably more, fetch again without the polling pause
      const id = workerId();
      if (jobs.length >= batchSize && id && !stopping) boss.notifyWorker(id);
    } finally {
      inflight--;
    }
  };

  const ids: string[] = [];
  const workOpts = { batchSize, pollingIntervalSeconds: Math.max(0.5, opts.pollingIntervalSeconds ?? 0.5) };
  for (let i = 0; i < concurrency; i++) {
    ids.push(await boss.work<JobData>(QUEUE, workOpts, (jobs) => handle(jobs, () => ids[i])));
  }

  /** one analysis pass unless another process is running one (then stay dirty and retry) */
  const analyze = async (): Promise<void> => {
    dirty = false;
    const ran = await store
      .withClient('analyze', async (c) => {
        const got =
          (await c.query('SELECT pg_try_advisory_lock($1) AS ok', [LOCK_ANALYZE])).rows[0]?.ok === true;
        if (!got) return false;
        try {
          stats.lastAnalysis = await analyzeStore(store, lex);
          stats.analyses++;
          return true;
        } finally {
          await c.query('SELECT pg_advisory_unlock($1)', [LOCK_ANALYZE]);
        }
      })
      .catch((e: unknown) => {
        log(`redline worker: analysis failed: ${errorInfo(e).message}`);
        return false;
      });
    if (!ran) dirty = true;
    lastAnalysis = Date.now();
  };

  let ticking = false;
  const tick = async () => {
    if (ticking || stopping) return;
    ticking = true;
    try {
      const pending = await pendingJobs(store);
      if (dirty && (pending === 0 || Date.now() - lastAnalysis >= analyzeEveryMs)) await analyze();
      if (opts.exitWhenEmpty && pending === 0 && !dirty && inflight === 0) void stop();
    } catch (e) {
      log(`redline worker: ${errorInfo(e).message}`);
    } finally {
      ticking = false;
    }
  };
  const timer = setInterval(() => void tick(), 300);

  const stop = (): Promise<WorkerStats> => {
    stopping ??= (async () => {
      clearInterval(timer);
      while (ticking) await new Promise((r) => setTimeout(r, 20));
      await boss.stop({ graceful: true, wait: true, timeout: 60_000, close: true }).catch(() => undefined);
      if (dirty) await analyze();
      await store.close();
      resolveDone(stats);
      return stats;
    })();
    return stopping;
  };

  return { stats, done, stop };
}

/**
 * Queue throughput: enqueue N articles (copies of the samples, each made unique), let `workers`
 * worker processes code them, and time enqueue + coding + writing until the queue is empty.
 * Worker start-up (lexicon and model load, ~1-2 s) is excluded: the clock starts once every worker
 * reports ready. The final analysis pass each worker runs when stopping is not timed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../util/root.js';
import { readPaths } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import { PostgresStore } from '../store/postgres/index.js';
import { enqueueArticles } from './enqueue.js';
import { pendingJobs } from './status.js';

export interface BenchQueueOptions {
  articles: number;
  workers: 1 | 2 | 4 | number;
  /** job handlers per worker process (default 1) */
  concurrency?: number;
  /** jobs per fetch (default 10) */
  batchSize?: number;
  /** give up after this many seconds (default 600) */
  timeoutSeconds?: number;
}

export interface BenchQueueResult {
  articlesPerSec: number;
  seconds: number;
}

const ENTRY = join(ROOT, 'src', 'queue', 'worker-main.ts');
const SAMPLES = join(ROOT, 'samples');

async function benchArticles(n: number): Promise<Article[]> {
  const base: Article[] = [];
  for await (const it of readPaths([SAMPLES])) if (it.ok) base.push(it.article);
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  return Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length];
    return { ...a, id: `bench-${tag}-${i}`, text: `${a.text}\n\n(Copy ${tag}-${i}.)` };
  });
}

function startWorker(
  url: string,
  concurrency: number,
  batch: number,
): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ENTRY, url, String(concurrency), String(batch), '0'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stderr?.resume();
  const ready = new Promise<void>((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`bench worker exited early (code ${code})`)));
  });
  return { child, ready };
}

export async function benchQueue(url: string, opts: BenchQueueOptions): Promise<BenchQueueResult> {
  const articles = await benchArticles(opts.articles);
  const store = new PostgresStore(url, { poolSize: 2 });
  await store.init();
  const workers = Array.from({ length: Math.max(1, opts.workers) }, () =>
    startWorker(url, opts.concurrency ?? 1, opts.batchSize ?? 10),
  );
  try {
    await Promise.all(workers.map((w) => w.ready));
    const t0 = performance.now();
    await enqueueArticles(
      url,
      articles.map((article) => ({ article })),
    );
    const deadline = Date.now() + (opts.timeoutSeconds ?? 600) * 1000;
    while ((await pendingJobs(store)) > 0) {
      if (Date.now() > deadline) throw new Error('benchQueue: timed out waiting for the queue to empty');
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, articlesPerSec: articles.length / seconds };
  } finally {
    await Promise.all(
      workers.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    await store.close();
  }
}

/** Section 4: parallel.ts (codeInWorkers + BatchWriter), each run in a child process of bench/run.ts. */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BatchWriter } from '../../src/app/batch-writer.js';
import { codeInWorkers } from '../../src/app/parallel.js';
import { contentHash } from '../../src/ingest/index.js';
import { arg, BATCH, CORPUS } from './options.js';
import { cpuMs, rssSampler } from './output.js';
import { articlesOf, corpusItems, fallback, tempStore } from './corpus.js';

/** the benchmark's entry script, spawned with --child-workers for each worker run */
const RUN_SCRIPT = fileURLToPath(new URL('../run.ts', import.meta.url));

export interface WorkerRun {
  workers: number;
  articles: number;
  sentences: number;
  events: number;
  rejected: number;
  ms: number;
  storeMs: number;
  rss: number;
  /** CPU seconds of the whole process (all threads) during the run */
  cpuMs: number;
  stages: Record<string, number>;
  /** ms and sentences from the moment the first quarter of the articles was stored to the end */
  steadyMs: number;
  steadySentences: number;
}

export async function workerRun(workers: number, limit: number): Promise<WorkerRun> {
  const store = await tempStore();
  const mem = rssSampler();
  let stages: Record<string, number> = {};
  const r: WorkerRun = {
    workers,
    articles: 0,
    sentences: 0,
    events: 0,
    rejected: 0,
    ms: 0,
    storeMs: 0,
    rss: 0,
    cpuMs: 0,
    stages,
    steadyMs: 0,
    steadySentences: 0,
  };
  let quarterAt = 0;
  let quarterSentences = 0;
  const timings = new Map<string, number>();
  const writer = new BatchWriter(store, { batchSize: BATCH, timings });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for await (const res of codeInWorkers(articlesOf(corpusItems(limit)), {
    workers,
    timed: true,
    onTimings: (t) => (stages = t),
  })) {
    if (res.error) {
      r.rejected++;
      continue;
    }
    r.articles++;
    r.sentences += res.sentences;
    r.events += res.events.length;
    await writer.add({ article: res.article, contentHash: contentHash(res.article), events: res.events });
    if (r.articles === Math.ceil(limit / 4)) {
      quarterAt = performance.now();
      quarterSentences = r.sentences;
    }
  }
  await writer.close();
  r.steadyMs = quarterAt ? performance.now() - quarterAt : NaN;
  r.steadySentences = r.sentences - quarterSentences;
  r.storeMs = timings.get('store') ?? 0;
  r.ms = performance.now() - t0;
  r.cpuMs = cpuMs(cpu0);
  r.stages = stages;
  r.rss = mem.peak();
  mem.stop();
  await store.close();
  return r;
}

/**
 * One worker run in a fresh child process (bench/run.ts with --child-workers), so its peak RSS is that
 * of a streaming ingest with workers and nothing else: main thread (read, hash, DuckDB) + the workers.
 */
export async function workerRunIsolated(workers: number, limit: number): Promise<WorkerRun> {
  // keep the loader flags (tsx), drop profiling flags
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof'));
  const args = [
    ...execArgv,
    RUN_SCRIPT,
    '--child-workers',
    String(workers),
    '--child-limit',
    String(limit),
    '--corpus',
    CORPUS,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (code !== 0 || !line)
    throw new Error(`worker bench child failed (exit ${code}): ${stdout.slice(-2000)}`);
  return JSON.parse(line.slice('@@RESULT '.length)) as WorkerRun;
}

/** the --child-workers mode of bench/run.ts: one worker run, its result printed as a @@RESULT line */
export async function child(): Promise<void> {
  if (!existsSync(CORPUS)) fallback.note = 'fallback';
  const r = await workerRun(Number(arg('child-workers')), Number(arg('child-limit')));
  console.log(`@@RESULT ${JSON.stringify(r)}`);
}

/**
 * Redline throughput benchmark (`npm run bench`).
 *
 *   npm run bench -- [--n 20000] [--full] [--workers 1,2] [--scale-n 5000] [--corpus PATH] [--long PATH]
 *                    [--long-n 200] [--warm-n 1000] [--no-analyze] [--no-write]
 *
 * Sections, in order:
 *   1. machine: CPU, cores, RAM, node, load average, and a CPU calibration (a pure-JS spin loop on 1 and on
 *      N threads) that shows how much parallel CPU the machine really gives (shared/virtual hosts often
 *      give less than `nproc`).
 *   2. end to end, in process, the production path: the corpus is streamed (gzip JSONL) into
 *      `ingestItems` (dedup check, coding, batches of 200 saved to DuckDB in a temp dir). Articles/s,
 *      sentences/s, events/s, the time share and sentences/s of each stage (read, dedup check, the six
 *      pipeline stages from `pipeline.timings`, store = time the ingest spent on the store), peak RSS. Snapshots taken
 *      after 1k, 5k, 10k, 20k stored articles give the linearity table; with --full the run goes on to the
 *      whole file and to 100k articles (the corpus repeated, each copy with new ids and a marker paragraph
 *      so the content hashes differ). `analyzeStore` (dedup clusters + red lines) is timed on its own after.
 *   3. bare wink-nlp on the same texts (readDoc + every token's pos and lemma, nothing else) and Redline's
 *      end-to-end speed as a ratio of it.
 *   4. parallel.ts: the first --scale-n articles of the slice coded with 1 worker and with every count in
 *      --workers, stored by BatchWriter (one batch in flight); the scaling ratio.
 *   5. time vs article length: long-articles.jsonl.gz bucketed by words (<300 comes from world-news, the
 *      long file has no article under 300 words), coding time per word.
 *   6. latency: one article coded, saved and read back with listEvents({ articleId }).
 *   7. targets, PASS/MISS. Results go to bench/RESULTS.md between the bench markers; the rest of the file
 *      (the Profile section, see bench/profile.ts) is kept.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { ItemSentence, ItemToken, ItsFunction } from 'wink-nlp';
import { getNlp } from '../src/nlp/wink.js';
import { createPipeline } from '../src/coding/pipeline.js';
import { loadLexicon } from '../src/lexicon/load.js';
import { DuckDbStore } from '../src/store/duckdb.js';
import type { EventRepository, SaveBatchItem } from '../src/store/repository.js';
import { ingestItems } from '../src/app/ingest.js';
import { BatchWriter } from '../src/app/batch-writer.js';
import { analyzeStore } from '../src/app/analyze.js';
import { codeInWorkers } from '../src/app/parallel.js';
import { contentHash, readJsonlFile, readPaths, recordToArticle } from '../src/ingest/index.js';
import type { IngestItem } from '../src/ingest/types.js';
import type { Article } from '../src/model/article.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- options

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

// `npm run bench -- --db postgres`: the scale-out figures instead of the in-process run
if (arg('db') === 'postgres') {
  const { runPostgresBench } = await import('./postgres.js');
  await runPostgresBench(Number(arg('articles') ?? 600));
  process.exit(0);
}

const FULL = flag('full');
const N = Math.max(1, Number(arg('n') ?? 20000));
const CORES = os.cpus().length;
const WORKERS = (arg('workers') ?? `1,${CORES}`)
  .split(',')
  .map((s) => Math.max(1, Math.floor(Number(s))))
  .filter((w, i, a) => Number.isFinite(w) && a.indexOf(w) === i);
const SCALE_N = Math.max(1, Number(arg('scale-n') ?? (FULL ? N : Math.min(N, 5000))));
const CORPUS = path.resolve(ROOT, arg('corpus') ?? '../shared/corpora/world-news.jsonl.gz');
const LONG = path.resolve(ROOT, arg('long') ?? '../shared/corpora/long-articles.jsonl.gz');
const LONG_N = Math.max(1, Number(arg('long-n') ?? 200));
const ANALYZE = !flag('no-analyze');
const WRITE = !flag('no-write');
const RESULTS = path.join(ROOT, 'bench/RESULTS.md');
const BATCH = 200;
const WARM_N = Math.max(0, Number(arg('warm-n') ?? 1000));
const CHECKPOINTS = [1000, 5000, 10000, 20000];
const REPEAT_TARGET = 100000;

const TARGET = {
  sentencesPerCore: 10000,
  scaling: 1.8,
  winkRatio: 0.5,
  rssMb: 500,
  latencyMs: 200,
};

// ---------------------------------------------------------------- output

const md: string[] = [];
const say = (s = '') => console.log(s);
/** print and record for RESULTS.md */
const both = (s = '') => {
  say(s);
  md.push(s);
};
const fmt = (x: number, d = 0) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
    : 'n/a';
const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const mb = (bytes: number) => bytes / 1024 / 1024;

function table(head: string[], rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  say(line(head));
  for (const r of cells) say(line(r));
  md.push(`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of cells) md.push(`| ${r.join(' | ')} |`);
  md.push('');
}

// ---------------------------------------------------------------- memory

/** samples RSS every 100 ms; `peak()` is the highest seen since start (plus the current value) */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}

// ---------------------------------------------------------------- corpus

let fallbackNote: string | null = null;

const countWords = (t: string) => {
  let n = 0;
  for (const _ of t.matchAll(/\S+/g)) n++;
  return n;
};

/** a copy of an article with a new id and a marker paragraph, so its content hash differs */
function variant(a: Article, rep: number): Article {
  return rep === 0 ? a : { ...a, id: `${a.id}~r${rep}`, text: `${a.text}\n\n[copy ${rep + 1}]` };
}

async function countRecords(file: string): Promise<number> {
  const input = createReadStream(file).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) if (line.trim()) n++;
  return n;
}

let fallbackItems: IngestItem[] | null = null;
async function samples(): Promise<IngestItem[]> {
  if (!fallbackItems) {
    fallbackItems = [];
    for await (const it of readPaths([path.join(ROOT, 'samples')])) if (it.ok) fallbackItems.push(it);
  }
  return fallbackItems;
}

/**
 * The first `limit` good articles of the corpus (rejected records are passed through but not counted),
 * repeating the corpus (as variants) when it is shorter than `limit`.
 */
async function* corpusItems(limit: number, skip = 0): AsyncGenerator<IngestItem> {
  let count = 0;
  let seen = 0;
  for (let rep = 0; ; rep++) {
    let any = false;
    const src: AsyncIterable<IngestItem> | Iterable<IngestItem> =
      fallbackNote === null ? readJsonlFile(CORPUS, { gzip: CORPUS.endsWith('.gz') }) : await samples();
    for await (const it of src) {
      if (!it.ok) {
        yield it;
        continue;
      }
      any = true;
      if (seen++ < skip) continue;
      yield { ...it, article: variant(it.article, rep) };
      if (++count >= limit) return;
    }
    if (!any) return;
  }
}

async function* articlesOf(items: AsyncIterable<IngestItem>): AsyncGenerator<Article> {
  for await (const it of items) if (it.ok) yield it.article;
}

async function* timedIter<T>(src: AsyncIterable<T>, acc: { ms: number }): AsyncGenerator<T> {
  const it = src[Symbol.asyncIterator]();
  try {
    for (;;) {
      const t0 = performance.now();
      const r = await it.next();
      acc.ms += performance.now() - t0;
      if (r.done) return;
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}

// ---------------------------------------------------------------- temp stores

const tempDirs: string[] = [];
async function tempStore(): Promise<DuckDbStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
  tempDirs.push(dir);
  const store = new DuckDbStore(path.join(dir, 'bench.duckdb'));
  await store.init();
  return store;
}
function cleanup(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

// ---------------------------------------------------------------- 1. machine

function spinWorkerCode(iters: number): string {
  return `const { parentPort } = require('node:worker_threads'); let x = 0; const t = performance.now();
for (let i = 0; i < ${iters}; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage({ ms: performance.now() - t, x });`;
}

/** ms for one spin on each of `threads` threads at once (the slowest) */
async function spin(threads: number, iters = 2e8): Promise<number> {
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<number>((res, rej) => {
        const w = new Worker(spinWorkerCode(iters), { eval: true });
        w.once('message', (m: { ms: number }) => {
          res(m.ms);
          void w.terminate();
        });
        w.once('error', rej);
      }),
  );
  return Math.max(...(await Promise.all(runs)));
}

interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  load: string;
  parallelCapacity: number;
}

async function machine(): Promise<Machine> {
  const cpus = os.cpus();
  const one = await spin(1);
  const many = CORES > 1 ? await spin(CORES) : one;
  return {
    cpu: cpus[0]?.model.trim() ?? '?',
    cores: cpus.length,
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    load: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    // 2.0 on two free cores; 1.0 when the threads only share one core's worth of CPU
    parallelCapacity: (CORES * one) / many,
  };
}

// ---------------------------------------------------------------- 2. end to end, in process

interface Snapshot {
  articles: number;
  sentences: number;
  events: number;
  words: number;
  ms: number;
  readMs: number;
  dedupMs: number;
  storeMs: number;
  stages: Record<string, number>;
  rss: number;
  /** CPU seconds of the whole process since the start (user + system, every thread: V8's GC helpers, DuckDB, libuv) */
  cpuMs: number;
}

interface E2E {
  snapshots: Snapshot[];
  final: Snapshot;
  rejected: number;
  read: number;
  skipped: number;
  analyzeMs: number | null;
  analyzeNote: string;
  warm: WarmUp;
}

interface WarmUp {
  articles: number;
  ms: number;
  /** the same articles coded again, warm */
  againMs: number;
  from: string;
}

/**
 * Code the slice's first WARM_N articles twice before the timed run (not stored, not timed there): the first
 * pass pays V8's compilation of wink-nlp and Redline and grows the heap (~2× the steady time per article on
 * this host), once per process. The bare wink-nlp figure is taken warm later in the same process, so without
 * this the ratio would charge wink's own warm-up to Redline. The same articles (not others) because the
 * corpus changes source along the file and a warm-up on other text left the first timed 1,000 articles at
 * 1.7× the steady cost; the only cache that carries over is the trigger candidates per word form.
 */
async function warmUp(pipeline: ReturnType<typeof createPipeline>, limit: number): Promise<WarmUp> {
  const arts: Article[] = [];
  for await (const a of articlesOf(corpusItems(Math.min(WARM_N, limit)))) arts.push(a);
  const t0 = performance.now();
  for (let i = 0; i < arts.length; i += BATCH) pipeline.runMany(arts.slice(i, i + BATCH));
  const t1 = performance.now();
  for (let i = 0; i < arts.length; i += BATCH) pipeline.runMany(arts.slice(i, i + BATCH));
  return {
    articles: arts.length,
    ms: t1 - t0,
    againMs: performance.now() - t1,
    from: `articles (the first of the slice)`,
  };
}

async function endToEnd(limit: number, checkpoints: number[]): Promise<E2E> {
  const store = await tempStore();
  const lex = loadLexicon();
  // the production configuration: ingest resolves dates on demand (see createPipeline)
  const pipeline = createPipeline(lex, { dates: 'on-demand' });
  const warm = await warmUp(pipeline, limit);
  pipeline.timed = true;
  const perArticle = new Map<string, { s: number; e: number; w: number }>();
  const runMany = pipeline.runMany.bind(pipeline);
  pipeline.runMany = (articles: readonly Article[]) => {
    const out = runMany(articles);
    for (const r of out)
      if (r.doc)
        perArticle.set(r.doc.article.id, {
          s: r.doc.sentences.length,
          e: r.doc.events.length,
          w: countWords(r.doc.article.text),
        });
    return out;
  };

  const read = { ms: 0 };
  const acc = { articles: 0, sentences: 0, events: 0, words: 0, dedupMs: 0 };
  const ingestTimings = new Map<string, number>();
  const snapshots: Snapshot[] = [];
  const pending = [...checkpoints].sort((a, b) => a - b);
  const mem = rssSampler();
  let t0 = 0;
  let cpu0 = process.cpuUsage();
  const snap = (): Snapshot => ({
    ...acc,
    storeMs: ingestTimings.get('store') ?? 0,
    ms: performance.now() - t0,
    readMs: read.ms,
    stages: Object.fromEntries(pipeline.timings),
    rss: mem.peak(),
    cpuMs: cpuMs(cpu0),
  });

  const repo = new Proxy(store, {
    get(target, prop) {
      if (prop === 'knownHashes')
        return async (hashes: string[]) => {
          const t = performance.now();
          try {
            return await target.knownHashes(hashes);
          } finally {
            acc.dedupMs += performance.now() - t;
          }
        };
      // articles count as done once stored; the store's time is what ingestItems reports (timings)
      if (prop === 'beginBatch')
        return async (batch: SaveBatchItem[]) => {
          const { stored } = await target.beginBatch(batch);
          return {
            stored: stored.then((r) => {
              for (const b of batch) {
                const a = perArticle.get(b.article.id);
                perArticle.delete(b.article.id);
                acc.articles++;
                acc.sentences += a?.s ?? 0;
                acc.events += a?.e ?? 0;
                acc.words += a?.w ?? 0;
              }
              while (pending.length && acc.articles >= pending[0]) {
                pending.shift();
                snapshots.push(snap());
              }
              return r;
            }),
          };
        };
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as EventRepository;

  t0 = performance.now();
  cpu0 = process.cpuUsage();
  const summary = await ingestItems(repo, timedIter(corpusItems(limit), read), {
    lexicon: lex,
    pipeline,
    batchSize: BATCH,
    progress: null,
    analyze: false,
    timings: ingestTimings,
  });
  const final = snap();
  if (!snapshots.length || snapshots[snapshots.length - 1].articles !== final.articles) snapshots.push(final);
  mem.stop();

  let analyzeMs: number | null = null;
  let analyzeNote = 'skipped (--no-analyze)';
  if (ANALYZE) {
    const am = rssSampler();
    const ta = performance.now();
    const a = await analyzeStore(store, lex);
    analyzeMs = performance.now() - ta;
    am.stop();
    analyzeNote = `${fmt(a.analysed)} events analysed, ${fmt(a.merged)} duplicate mentions merged, ${fmt(a.redLines)} red lines; peak RSS ${fmt(mb(am.peak()), 0)} MB`;
  }
  await store.close();
  return {
    snapshots,
    final,
    rejected: summary.rejected.length,
    read: summary.read,
    skipped: summary.skipped,
    analyzeMs,
    analyzeNote,
    warm,
  };
}

const STAGE_ORDER = ['tokenize', 'actors', 'coref', 'quotes', 'dates', 'events'];

function rates(s: Snapshot) {
  const sec = s.ms / 1000;
  return { aps: s.articles / sec, sps: s.sentences / sec, eps: s.events / sec };
}

function reportE2E(title: string, s: Snapshot, note: string): void {
  const r = rates(s);
  both(`### ${title}`);
  both();
  both(
    `${fmt(s.articles)} articles, ${fmt(s.sentences)} sentences, ${fmt(s.words)} words, ${fmt(s.events)} events in ${fmt(s.ms / 1000, 1)} s${note}`,
  );
  both();
  table(
    ['end to end (read → code → stored)', 'per second'],
    [
      ['articles', fmt(r.aps, 1)],
      ['sentences', fmt(r.sps, 0)],
      ['words', fmt(s.words / (s.ms / 1000), 0)],
      ['events', fmt(r.eps, 1)],
    ],
  );
  const rows: [string, number][] = [
    ['read (gunzip + JSON + recordToArticle)', s.readMs],
    ['dedup check (repo.knownHashes, one query per window)', s.dedupMs],
    ...STAGE_ORDER.filter((k) => k in s.stages).map((k) => [`code: ${k}`, s.stages[k]] as [string, number]),
    ...Object.keys(s.stages)
      .filter((k) => !STAGE_ORDER.includes(k))
      .map((k) => [`code: ${k}`, s.stages[k]] as [string, number]),
    ['store (staging a batch + waiting for the one in flight, DuckDB)', s.storeMs],
  ];
  const known = rows.reduce((a, [, ms]) => a + ms, 0);
  rows.push(['other (hashing, bookkeeping, GC between stages)', Math.max(0, s.ms - known)]);
  table(
    ['stage', 'seconds', 'share', 'sentences/s in stage'],
    rows.map(([name, ms]) => [name, fmt(ms / 1000, 2), pct(ms, s.ms), fmt(s.sentences / (ms / 1000), 0)]),
  );
  both(`peak RSS during the run: ${fmt(mb(s.rss), 0)} MB`);
  both();
  both(
    `CPU time of the process over the run (all threads: the JS thread plus V8's garbage-collector helpers, DuckDB's and libuv's threads): ${fmt(s.cpuMs / 1000, 1)} s, i.e. ${fmt(s.cpuMs / s.ms, 2)} cores busy on average for "one thread" — the headroom a second worker can use is what is left of the machine's cores.`,
  );
  both();
}

/** CPU milliseconds (user + system, all threads) since `from` */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

// ---------------------------------------------------------------- 3. bare wink

let sink = 0;
/** wink's singleton, loaded on first use (not at import: the worker runs measure a clean main thread) */
function winkKit() {
  const wink = getNlp();
  return { wink, its: wink.its, LEMMA: wink.its.lemma as unknown as ItsFunction<string> };
}

async function bareWink(limit: number): Promise<{ ms: number; articles: number; sentences: number }> {
  let ms = 0;
  let sentences = 0;
  let articles = 0;
  const { wink, its, LEMMA } = winkKit();
  for await (const a of articlesOf(corpusItems(limit))) {
    const t = performance.now();
    wink
      .readDoc(a.text)
      .sentences()
      .each((s: ItemSentence) => {
        sentences++;
        s.tokens().each((tk: ItemToken) => {
          sink += String(tk.out(its.pos)).length + String(tk.out(LEMMA)).length;
        });
      });
    ms += performance.now() - t;
    articles++;
  }
  return { ms, articles, sentences };
}

// ---------------------------------------------------------------- 4. workers

interface WorkerRun {
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
}

async function workerRun(workers: number, limit: number): Promise<WorkerRun> {
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
  };
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
  }
  await writer.close();
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
 * One worker run in a fresh child process (this script with --child-workers), so its peak RSS is that
 * of a streaming ingest with workers and nothing else: main thread (read, hash, DuckDB) + the workers.
 */
async function workerRunIsolated(workers: number, limit: number): Promise<WorkerRun> {
  const script = fileURLToPath(import.meta.url);
  // keep the loader flags (tsx), drop profiling flags
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof'));
  const args = [
    ...execArgv,
    script,
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

// ---------------------------------------------------------------- 5. article length

interface Bucket {
  name: string;
  lo: number;
  hi: number;
  articles: Article[];
  words: number;
}

async function readRecords(file: string, each: (rec: Record<string, unknown>) => boolean): Promise<void> {
  const input = createReadStream(file).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      if (!line.trim()) continue;
      if (!each(JSON.parse(line) as Record<string, unknown>)) break;
    }
  } finally {
    rl.close();
    input.destroy();
  }
}

async function lengthBuckets(): Promise<{ buckets: Bucket[]; note: string }> {
  const buckets: Bucket[] = [
    { name: '< 300 words', lo: 0, hi: 300, articles: [], words: 0 },
    { name: '300–600', lo: 300, hi: 600, articles: [], words: 0 },
    { name: '600–1200', lo: 600, hi: 1200, articles: [], words: 0 },
    { name: '> 1200', lo: 1200, hi: Infinity, articles: [], words: 0 },
  ];
  const add = (rec: Record<string, unknown>, i: number) => {
    const words = typeof rec.words === 'number' ? rec.words : countWords(String(rec.text ?? ''));
    const b = buckets.find((x) => words >= x.lo && words < x.hi);
    if (!b || b.articles.length >= LONG_N) return;
    try {
      b.articles.push(recordToArticle(rec, `${i}`));
      b.words += words;
    } catch {
      // not an article record
    }
  };
  let i = 0;
  await readRecords(LONG, (rec) => {
    add(rec, i++);
    return true;
  });
  let note = `${path.relative(ROOT, LONG)}, the first ${LONG_N} articles of each bucket`;
  if (buckets[0].articles.length < LONG_N && existsSync(CORPUS)) {
    // the long file holds nothing under 300 words: take full articles (kind "article", ≥ 100 words) from world-news
    await readRecords(CORPUS, (rec) => {
      const w = Number(rec.words);
      if (rec.kind === 'article' && w >= 100 && w < 300) add(rec, i++);
      return buckets[0].articles.length < LONG_N;
    });
    note += `; the < 300 bucket from ${path.relative(ROOT, CORPUS)} (kind "article", 100–299 words), as the long file has none`;
  }
  return { buckets, note };
}

// ---------------------------------------------------------------- 6. latency

async function latency(): Promise<{ warm: number[]; cold: number; events: number[] }> {
  // six articles that yield events (so the save writes event rows too), from article 100 on
  const items: IngestItem[] = [];
  const probe = createPipeline();
  for await (const it of corpusItems(5000, 100)) {
    if (it.ok && probe.run(it.article).events.length > 0) items.push(it);
    if (items.length >= 6) break;
  }
  // "cold": a new store and a new pipeline (lexicon) for the first article; the wink model is a
  // per-process singleton that is already loaded here
  const tc = performance.now();
  const store = await tempStore();
  const lex = loadLexicon();
  const pipeline = createPipeline(lex, { dates: 'on-demand' });
  const opts = { lexicon: lex, pipeline, progress: null, analyze: false } as const;
  const one = async (it: IngestItem) => {
    await ingestItems(
      store,
      (async function* () {
        yield it;
      })(),
      opts,
    );
    const id = it.ok ? it.article.id : '';
    return (await store.listEvents({ articleId: id })).total;
  };
  await one(items[0]);
  const cold = performance.now() - tc;
  const warm: number[] = [];
  const events: number[] = [];
  for (const it of items.slice(1)) {
    const t = performance.now();
    events.push(await one(it));
    warm.push(performance.now() - t);
  }
  await store.close();
  return { warm, cold, events };
}

// ---------------------------------------------------------------- main

function writeResults(): void {
  const START = '<!-- bench:start (written by bench/run.ts; edits here are overwritten) -->';
  const END = '<!-- bench:end -->';
  const body = `${START}\n${md.join('\n')}\n${END}`;
  let out: string;
  if (existsSync(RESULTS)) {
    const old = readFileSync(RESULTS, 'utf8');
    const a = old.indexOf('<!-- bench:start');
    const b = old.indexOf(END);
    out =
      a >= 0 && b > a ? old.slice(0, a) + body + old.slice(b + END.length) : `${old.trimEnd()}\n\n${body}\n`;
  } else {
    out = `# Redline throughput benchmark\n\n${body}\n\n## Profile\n\nRun bench/profile.ts --write (see there) to fill this in.\n\n<!-- profile:start (written by bench/profile.ts) -->\n<!-- profile:end -->\n`;
  }
  writeFileSync(RESULTS, out);
  say(`\nwrote ${path.relative(ROOT, RESULTS)}`);
}

async function main(): Promise<void> {
  const tStart = performance.now();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  if (!existsSync(CORPUS)) {
    fallbackNote = `!! CORPUS NOT FOUND at ${CORPUS}: using the bundled samples/ (${(await samples()).length} articles) REPEATED to the slice size. These figures are NOT comparable with corpus runs.`;
  }

  say('measuring the machine (CPU spin on 1 and on all threads)…');
  const m = await machine();
  const fileRows = fallbackNote === null ? await countRecords(CORPUS) : (await samples()).length;

  both(`## Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  both();
  if (fallbackNote) {
    both(`> ${fallbackNote}`);
    both();
    console.error(`\n${fallbackNote}\n`);
  }
  both(`- command: \`${command}\``);
  both(
    `- machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.ramGb, 1)} GB RAM, node ${m.node}, ${os.platform()} ${os.arch()}; load average at start ${m.load}`,
  );
  both(
    `- CPU calibration: a pure-JS spin on ${CORES} threads at once ran ${fmt(m.parallelCapacity, 2)}× the work of one thread in the same time (${CORES}.00 = ${CORES} free cores)${m.parallelCapacity < CORES * 0.8 ? ' — the machine gives less parallel CPU than it has cores (shared or throttled host), so worker scaling is capped by this figure' : ''}`,
  );
  both(
    `- corpus: ${fallbackNote ? 'samples/ (fallback)' : path.relative(ROOT, CORPUS)} (${fmt(fileRows)} rows); slice: the first ${fmt(N)} articles${FULL ? `; --full: the whole file, then on to ${fmt(REPEAT_TARGET)} articles by repeating it` : ''}`,
  );
  both();

  // 2. end to end
  const target = FULL ? Math.max(REPEAT_TARGET, N) : N;
  const cps = [...CHECKPOINTS.filter((c) => c < target), N, ...(FULL ? [fileRows, REPEAT_TARGET] : [])];
  say(`\nend to end, in process: ${fmt(target)} articles…`);
  const e2e = await endToEnd(target, cps);
  const atLeast = (n: number) => e2e.snapshots.find((s) => s.articles >= n) ?? e2e.final;
  const slice = atLeast(N);
  both('## End to end, in process (ingestItems → DuckDB, batches of 200, one thread)');
  both();
  const wu = e2e.warm;
  both(
    `Warm-up before timing (--warm-n): ${fmt(wu.articles)} ${wu.from} coded in ${fmt(wu.ms / 1000, 2)} s cold, then again in ${fmt(wu.againMs / 1000, 2)} s warm; a cold process pays the difference (V8 compiling wink-nlp and Redline) once.`,
  );
  both();
  reportE2E(
    `Slice: first ${fmt(N)} articles`,
    slice,
    FULL ? ` (snapshot of the ${fmt(target)}-article run)` : '',
  );
  if (FULL) {
    reportE2E(
      `Whole file: ${fmt(fileRows)} rows`,
      atLeast(fileRows),
      ` (snapshot after the batch that completed the file; ${fmt(e2e.rejected)} records rejected in the whole run)`,
    );
  }
  both(
    `the run read ${fmt(e2e.read)} articles; ${fmt(e2e.skipped)} skipped as exact duplicates (same content hash), ${fmt(e2e.rejected)} records rejected`,
  );
  both();
  both(
    `after the run: analyzeStore (dedup clusters + red lines), not included above: ${e2e.analyzeMs === null ? e2e.analyzeNote : `${fmt(e2e.analyzeMs / 1000, 1)} s (${e2e.analyzeNote})`}`,
  );
  both();

  both('### Linearity');
  both();
  both(
    'Cumulative time after each number of stored articles (one run, snapshots after a saved batch). The per-segment columns show the marginal cost; the corpus is ordered by source (Reuters 1987 articles first, then BBC, AG News, BBC RSS, reddit headlines), so words per article change along the file; µs per word is the size-independent figure.',
  );
  both();
  let prev: Snapshot | null = null;
  const linRows: (string | number)[][] = [];
  for (const s of e2e.snapshots) {
    const dA = s.articles - (prev?.articles ?? 0);
    const dMs = s.ms - (prev?.ms ?? 0);
    const dW = s.words - (prev?.words ?? 0);
    const dS = s.sentences - (prev?.sentences ?? 0);
    const dDedup = s.dedupMs - (prev?.dedupMs ?? 0);
    const dStore = s.storeMs - (prev?.storeMs ?? 0);
    linRows.push([
      fmt(s.articles),
      fmt(s.ms / 1000, 1),
      fmt(s.ms / s.articles, 2),
      fmt(dMs / dA, 2),
      fmt(dW / dA, 0),
      fmt((dMs * 1000) / dW, 1),
      fmt(dS / (dMs / 1000), 0),
      fmt(dDedup / dA, 2),
      fmt(dStore / dA, 2),
      fmt(mb(s.rss), 0),
    ]);
    prev = s;
  }
  table(
    [
      'articles',
      'seconds',
      's per 1k (cumulative)',
      's per 1k (segment)',
      'words/article (segment)',
      'µs/word (segment)',
      'sentences/s (segment)',
      'dedup check ms/article (segment)',
      'store ms/article (segment)',
      'peak RSS MB',
    ],
    linRows,
  );

  // 3. bare wink
  say(`\nbare wink-nlp on the same ${fmt(N)} texts…`);
  const w = await bareWink(N);
  const sliceRates = rates(slice);
  const winkRatio = w.ms / slice.ms;
  const codeMs = STAGE_ORDER.reduce((a, k) => a + (slice.stages[k] ?? 0), 0);
  both('## Bare wink-nlp vs Redline (same texts)');
  both();
  table(
    ['', 'seconds', 'articles/s', 'wink sentences/s'],
    [
      [
        'wink-nlp readDoc + token pos + lemma',
        fmt(w.ms / 1000, 2),
        fmt(w.articles / (w.ms / 1000), 1),
        fmt(w.sentences / (w.ms / 1000), 0),
      ],
      [
        'Redline coding only (6 stages)',
        fmt(codeMs / 1000, 2),
        fmt(slice.articles / (codeMs / 1000), 1),
        fmt(w.sentences / (codeMs / 1000), 0),
      ],
      [
        'Redline end to end',
        fmt(slice.ms / 1000, 2),
        fmt(sliceRates.aps, 1),
        fmt(w.sentences / (slice.ms / 1000), 0),
      ],
    ],
  );
  both(
    `Redline end to end runs at ${fmt(winkRatio, 3)}× bare wink speed (coding alone ${fmt(w.ms / codeMs, 3)}×; the tokenize stage alone ${fmt(w.ms / (slice.stages.tokenize ?? NaN), 3)}×). Sentences here are wink's own count on whole texts (${fmt(w.sentences)}); Redline splits paragraphs first and counts ${fmt(slice.sentences)}.`,
  );
  both();

  // 4. workers
  both(`## parallel.ts (codeInWorkers, chunks of 50, results stored by BatchWriter)`);
  both();
  both(
    `The first ${fmt(SCALE_N)} articles of the slice${SCALE_N < N ? ` (a sub-slice, to keep the default run short; --scale-n or --full to change)` : ''}, each run in a fresh child process, so its peak RSS is that of a streaming ingest with workers alone (main thread: read, hash, DuckDB; plus each worker's pipeline). Times include starting the workers (lexicon + wink model, ~1 s each, in parallel). Stage times are summed over the workers (wall time inside the stages, on the worker threads). Process CPU counts every thread of the child process (main, workers, V8's garbage-collector helpers, DuckDB, libuv); cores busy = CPU / wall.`,
  );
  both();
  const wr: WorkerRun[] = [];
  for (const k of WORKERS) {
    say(`\n${k} worker(s): ${fmt(SCALE_N)} articles…`);
    wr.push(await workerRunIsolated(k, SCALE_N));
  }
  const base = wr.find((x) => x.workers === 1);
  table(
    [
      'workers',
      'seconds',
      'articles/s',
      'sentences/s',
      'sentences/s per worker',
      'events/s',
      'store s',
      'tokenize+…+events s (sum)',
      'process CPU s (cores busy)',
      'peak RSS MB',
      'scaling vs 1',
    ],
    wr.map((x) => {
      const sec = x.ms / 1000;
      const code = Object.values(x.stages).reduce((a, b) => a + b, 0);
      return [
        x.workers,
        fmt(sec, 1),
        fmt(x.articles / sec, 1),
        fmt(x.sentences / sec, 0),
        fmt(x.sentences / sec / x.workers, 0),
        fmt(x.events / sec, 1),
        fmt(x.storeMs / 1000, 1),
        fmt(code / 1000, 1),
        `${fmt(x.cpuMs / 1000, 1)} (${fmt(x.cpuMs / x.ms, 2)})`,
        fmt(mb(x.rss), 0),
        base ? `${fmt(base.ms / x.ms, 2)}×` : 'n/a',
      ];
    }),
  );
  const top = wr.reduce<WorkerRun | null>((a, x) => (!a || x.workers > a.workers ? x : a), null);
  const scaling = base && top && top.workers > 1 ? base.ms / top.ms : NaN;

  // 5. length
  both('## Time vs article length (coding only, in process)');
  both();
  if (existsSync(LONG)) {
    say('\ncoding time vs article length…');
    const { buckets, note } = await lengthBuckets();
    const pipeline = createPipeline(undefined, { dates: 'on-demand' });
    const { wink, its, LEMMA } = winkKit();
    for (const b of buckets.slice(0, 2)) for (const a of b.articles.slice(0, 10)) pipeline.run(a); // warm-up
    const rows: (string | number)[][] = [];
    for (const b of buckets) {
      if (!b.articles.length) {
        rows.push([b.name, 0, '', '', '', '', '']);
        continue;
      }
      let ms = 0;
      let wms = 0;
      let sents = 0;
      for (const a of b.articles) {
        const t = performance.now();
        sents += pipeline.run(a).sentences.length;
        ms += performance.now() - t;
        const t2 = performance.now();
        wink
          .readDoc(a.text)
          .tokens()
          .each((tk: ItemToken) => {
            sink += String(tk.out(its.pos)).length + String(tk.out(LEMMA)).length;
          });
        wms += performance.now() - t2;
      }
      rows.push([
        b.name,
        b.articles.length,
        fmt(b.words / b.articles.length, 0),
        fmt(ms / b.articles.length, 1),
        fmt((ms * 1000) / b.words, 1),
        fmt((wms * 1000) / b.words, 1),
        fmt(sents / (ms / 1000), 0),
      ]);
    }
    both(`Articles: ${note}.`);
    both();
    table(
      ['words', 'articles', 'mean words', 'ms/article', 'µs/word', 'bare wink µs/word', 'sentences/s'],
      rows,
    );
  } else {
    both(`skipped: ${LONG} not found`);
    both();
  }

  // 6. latency
  say('\nsingle-article latency…');
  const lat = await latency();
  const warmMed = [...lat.warm].sort((a, b) => a - b)[Math.floor(lat.warm.length / 2)];
  both('## Latency: one article coded, saved and queryable');
  both();
  both(
    `ingestItems with one article (dedup check, code, saveBatch) then repo.listEvents({ articleId }): median ${fmt(warmMed, 1)} ms over ${lat.warm.length} articles with a warm pipeline and an open store (each: ${lat.warm.map((x) => fmt(x, 1)).join(', ')} ms; events read back: ${lat.events.join(', ')}). First article including opening a new store and building a new pipeline (lexicon; the wink model was already loaded in this process): ${fmt(lat.cold, 0)} ms.`,
  );
  both();

  // 7. targets
  const inprocRss = e2e.final.rss;
  const poolRss = top ? top.rss : NaN;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  both('## Targets');
  both();
  table(
    ['target', 'measured', 'result'],
    [
      [
        `≥ ${fmt(TARGET.sentencesPerCore)} sentences/s per core, end to end`,
        `${fmt(sliceRates.sps, 0)} (in process, 1 thread)`,
        verdict(sliceRates.sps >= TARGET.sentencesPerCore),
      ],
      [
        `≥ ${TARGET.scaling}× with ${top?.workers ?? '?'} workers`,
        Number.isFinite(scaling)
          ? `${fmt(scaling, 2)}× (machine calibration: ${fmt(m.parallelCapacity, 2)}× for pure CPU)`
          : 'n/a (needs --workers 1,N)',
        Number.isFinite(scaling) ? verdict(scaling >= TARGET.scaling) : 'n/a',
      ],
      [
        `≥ ${TARGET.winkRatio} of bare wink speed`,
        `${fmt(winkRatio, 3)}×`,
        verdict(winkRatio >= TARGET.winkRatio),
      ],
      [
        `peak RSS < ${TARGET.rssMb} MB while streaming (in process)`,
        `${fmt(mb(inprocRss), 0)} MB over ${fmt(e2e.final.articles)} articles`,
        verdict(mb(inprocRss) < TARGET.rssMb),
      ],
      [
        `peak RSS < ${TARGET.rssMb} MB while streaming (${top?.workers ?? '?'} workers)`,
        `${fmt(mb(poolRss), 0)} MB (whole child process over ${fmt(top?.articles ?? 0)} articles)`,
        Number.isFinite(poolRss) ? verdict(mb(poolRss) < TARGET.rssMb) : 'n/a',
      ],
      [
        `single-article latency < ${TARGET.latencyMs} ms`,
        `${fmt(warmMed, 1)} ms warm (first, with store open + pipeline build: ${fmt(lat.cold, 0)} ms)`,
        verdict(warmMed < TARGET.latencyMs),
      ],
    ],
  );
  const ru = process.resourceUsage();
  both(
    `process max RSS (getrusage) ${fmt(ru.maxRSS / 1024, 0)} MB; bench wall time ${fmt((performance.now() - tStart) / 1000, 0)} s; load average at end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  if (sink === -1) say(String(sink));
  if (WRITE) writeResults();
}

async function child(): Promise<void> {
  if (!existsSync(CORPUS)) fallbackNote = 'fallback';
  const r = await workerRun(Number(arg('child-workers')), Number(arg('child-limit')));
  console.log(`@@RESULT ${JSON.stringify(r)}`);
}

(arg('child-workers') ? child() : main())
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(cleanup);

/**
 * Code articles on a pool of worker threads. Each worker builds its own pipeline once (lexicon + wink
 * model, ~1 s), then codes chunks of articles; chunking keeps the structured-clone and message overhead
 * per article small. Results come back in completion order, not input order.
 *
 * Back-pressure: at most `workers × inFlightPerWorker` chunks are outstanding at any time, counting
 * chunks sent to a worker, chunks being coded and results not yet taken by the consumer, and the input
 * is pulled only while there is room, so memory stays flat however large the input is and however slow
 * the consumer (e.g. a database write) is.
 *
 * Latency: a partial chunk is sent at once when a worker is idle, so a trickle of input (a watched
 * directory, a single article) is not held back waiting for a full chunk.
 *
 * Workers run the worker entry bundled as plain JS (src/app/worker-bundle.ts: no loader thread per worker).
 * When the bundle cannot be built they run TypeScript through tsx, the loader the CLI uses.
 * `execArgv: ['--import', 'tsx']` does NOT work here: tsx 4.23's loader registers its hooks only on the
 * main thread (`isMainThread`), so a worker started that way fails with ERR_UNKNOWN_FILE_EXTENSION on
 * Node 20. Instead such a worker starts from a tiny eval'd bootstrap that calls `register()` from
 * `tsx/esm/api` and then imports parallel-worker.ts.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../util/root.js';
import { workerBundle } from './worker-bundle.js';
import type { Article } from '../model/article.js';
import type { FromWorker, ToWorker, WorkerResult } from './parallel-worker.js';

export type { WorkerResult } from './parallel-worker.js';

export interface CodeInWorkersOptions {
  /** worker threads (≥ 1) */
  workers: number;
  /** articles per message (default 50) */
  chunkSize?: number;
  /** chunks outstanding per worker, including results not yet consumed (default 3) */
  inFlightPerWorker?: number;
  /** the lexicon directory each worker loads (default: the bundled lexicon/) */
  lexiconDir?: string;
  /** collect per-stage timings in each worker (pipeline.timed) */
  timed?: boolean;
  /** called once at the end with the per-stage milliseconds summed over all workers */
  onTimings?: (timings: Record<string, number>) => void;
}

interface Slot {
  worker: Worker;
  /** chunks sent to this worker and not yet answered */
  pending: number;
  exited: boolean;
}

/**
 * V8 grows a heap to (1 + this/100) × its live size after a full collection (its own default is a factor chosen by
 * GC speed, ~1.5–4×). With workers there are three heaps (the reading/storing thread and two coders, ~60 MB live
 * each): at 30%, a 2-worker ingest over 111,000 articles peaked at 483–488 MB instead of 530–544, 2–7% slower. Set
 * (process-wide, for every isolate) when a pool starts; an ingest in one thread keeps V8's default (there it saved
 * 30 MB for 4–6% of speed). docs/decisions.md, eleventh session.
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * V8 optimises a function once it has run through this much bytecode (its default: 67,584). With a coding thread per
 * core the workers compile on their own threads (below), and TurboFan's work there is time not spent coding: a
 * function optimised early, on little type feedback, deoptimises at its first rare path and is compiled again. At 8×
 * the default, 2 workers over 10,000 articles compiled 457 times instead of 1,112 (112 deopts instead of 331) and ran
 * ~10% faster (three interleaved pairs: 11.5-12.1 s -> 10.2-10.7 s; docs/decisions.md, twenty-first session).
 */
const INTERRUPT_BUDGET = 540_000;

const WORKER_URL = pathToFileURL(join(ROOT, 'src', 'app', 'parallel-worker.ts')).href;

/** the fallback bootstrap (CommonJS script, eval'd): register tsx in the worker, then load the entry */
function tsxBootstrap(): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
}

function spawn(bundle: URL | null, timed: boolean, lexiconDir?: string): Worker {
  // the same old-space cap as the CLI (bin/redline.js): V8 collects sooner and RSS stays near the live set;
  // a small young generation (V8's default is larger) keeps each worker smaller at no measured cost in speed:
  // 8 MB took 2 workers on 5,000 articles from 587–590 to 515–519 MB; 4 MB took the 1 GB input from 477–530 to
  // 464–516 MB per tenth, 2,193 articles/s, and 2 workers over 10,000 articles ran 7.2 s either way
  // (docs/decisions.md, eleventh and seventeenth sessions)
  const options = {
    workerData: { timed, lexiconDir },
    resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 4 },
  };
  return bundle ? new Worker(bundle, options) : new Worker(tsxBootstrap(), { ...options, eval: true });
}

export async function* codeInWorkers(
  items: AsyncIterable<Article>,
  opts: CodeInWorkersOptions,
): AsyncGenerator<WorkerResult> {
  const nWorkers = Math.max(1, Math.floor(opts.workers) || 1);
  const chunkSize = Math.max(1, Math.floor(opts.chunkSize ?? 50));
  const maxOutstanding = nWorkers * Math.max(1, Math.floor(opts.inFlightPerWorker ?? 3));

  let failure: Error | null = null;
  let wakeup: (() => void) | null = null;
  const wake = () => {
    const w = wakeup;
    wakeup = null;
    w?.();
  };
  const wait = () => new Promise<void>((r) => (wakeup = r));

  const done: WorkerResult[][] = [];
  /** the articles of each chunk in flight: results come back without them */
  const sent = new Map<number, Article[]>();
  const timings: Record<string, number> = {};
  const closed: Promise<void>[] = [];
  const slots: Slot[] = [];
  const bundle = await workerBundle();
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // with a coding thread per core no core is left idle for V8's background compiler threads: they only take
  // turns with the coders (and each worker's isolate compiles its own code). A worker then compiles on its own
  // thread. Read by V8 when an isolate is made, so it applies to the workers started below, not to this thread.
  // 2 workers on 2 cores, 20,000 articles: 15.4-16.1 -> 14.6-15.4 s (docs/decisions.md, thirteenth session).
  if (nWorkers >= availableParallelism()) {
    v8.setFlagsFromString('--no-concurrent-recompilation');
    v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  }
  for (let i = 0; i < nWorkers; i++) {
    const slot: Slot = {
      worker: spawn(bundle, opts.timed === true, opts.lexiconDir),
      pending: 0,
      exited: false,
    };
    let closeResolve: () => void = () => {};
    closed.push(new Promise<void>((r) => (closeResolve = r)));
    slot.worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') return;
      if (msg.type === 'result') {
        slot.pending--;
        const articles = sent.get(msg.id) ?? [];
        sent.delete(msg.id);
        done.push(msg.results.map((r, k) => ({ ...r, article: articles[k] })));
      } else if (msg.type === 'closed') {
        for (const [k, v] of Object.entries(msg.timings)) timings[k] = (timings[k] ?? 0) + v;
      } else if (msg.type === 'fatal') failure ??= new Error(`coding worker failed to start: ${msg.message}`);
      wake();
    });
    slot.worker.on('error', (e: Error) => {
      failure ??= e;
      wake();
    });
    slot.worker.on('exit', (code) => {
      slot.exited = true;
      if (slot.pending > 0) failure ??= new Error(`coding worker exited (code ${code}) with work pending`);
      closeResolve();
      wake();
    });
    slots.push(slot);
  }

  const it = items[Symbol.asyncIterator]();
  let inputDone = false;
  let pulling = false;
  let buf: Article[] = [];
  let outstanding = 0;
  let nextId = 0;

  const pull = () => {
    pulling = true;
    it.next().then(
      (r) => {
        pulling = false;
        if (r.done) inputDone = true;
        else buf.push(r.value);
        wake();
      },
      (e: unknown) => {
        pulling = false;
        failure ??= e instanceof Error ? e : new Error(String(e));
        wake();
      },
    );
  };

  const dispatch = (articles: Article[]) => {
    // least-loaded worker; ties go to the first
    let best = slots[0];
    for (const s of slots) if (s.pending < best.pending) best = s;
    best.pending++;
    outstanding++;
    const msg: ToWorker = { type: 'code', id: nextId++, articles };
    sent.set(msg.id, articles);
    best.worker.postMessage(msg);
  };

  let finished = false;
  try {
    for (;;) {
      if (failure) throw failure;
      // send full chunks while there is room; a partial one when a worker is idle or the input ended
      while (outstanding < maxOutstanding && buf.length >= chunkSize) dispatch(buf.splice(0, chunkSize));
      if (
        buf.length > 0 &&
        outstanding < maxOutstanding &&
        (inputDone || slots.some((s) => s.pending === 0))
      ) {
        dispatch(buf);
        buf = [];
      }
      if (!inputDone && !pulling && buf.length < chunkSize) pull();
      const chunk = done.shift();
      if (chunk) {
        outstanding--;
        for (const r of chunk) yield r;
        continue;
      }
      if (inputDone && !pulling && buf.length === 0 && outstanding === 0) break;
      await wait();
    }
    finished = true;
  } finally {
    if (!finished) {
      // consumer stopped early or something failed: stop the input and the workers now
      void Promise.resolve(it.return?.()).catch(() => {});
      await Promise.all(slots.map((s) => s.worker.terminate()));
    } else {
      for (const s of slots) if (!s.exited) s.worker.postMessage({ type: 'close' } satisfies ToWorker);
      await Promise.all(closed);
      opts.onTimings?.(timings);
    }
  }
}

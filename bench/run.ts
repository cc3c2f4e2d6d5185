/**
 * Redline throughput benchmark (`npm run bench`).
 *
 *   npm run bench -- [--n 20000] [--full] [--workers 1,2] [--scale-n 10000] [--corpus PATH] [--long PATH]
 *                    [--long-n 200] [--warm-n 1000] [--wink-cal-n 2000] [--no-analyze] [--no-write]
 *
 * Sections, in order:
 *   1. machine: CPU, cores, RAM, node, load average, and a CPU calibration (a pure-JS spin loop on 1 and on
 *      N threads) that shows how much parallel CPU the machine really gives (shared/virtual hosts often
 *      give less than `nproc`).
 *   2. end to end, in process, the production path: the corpus is streamed (gzip JSONL) into
 *      `ingestItems` (dedup check, coding in windows of 200, batches of 1,000 saved to DuckDB in a temp dir). Articles/s,
 *      sentences/s, events/s, the time share and sentences/s of each stage (read, dedup check, the six
 *      pipeline stages from `pipeline.timings`, store = time the ingest spent on the store), peak RSS. Snapshots taken
 *      after 1k, 5k, 10k, 20k stored articles give the linearity table; with --full the run goes on to the
 *      whole file and to 100k articles (the corpus repeated, each copy with new ids and a marker paragraph
 *      so the content hashes differ). `analyzeStore` (dedup clusters + red lines) is timed on its own after.
 *   3. bare wink-nlp on the same texts (exactly the library work of the tokenize stage: readDoc, then tokens,
 *      POS, lemmas and sentence spans read with wink's bulk API, nothing else) and Redline's
 *      end-to-end speed as a ratio of it.
 *   4. parallel.ts: the first --scale-n articles of the slice coded with 1 worker and with every count in
 *      --workers, stored by BatchWriter (one batch in flight); the scaling ratio over the whole run and
 *      after the first quarter (once each worker's isolate has compiled the hot code); and a second
 *      calibration, bare wink on 1 and on all threads at once, the ceiling for any wink-based scaling.
 *   5. time vs article length: long-articles.jsonl.gz bucketed by words (<300 comes from world-news, the
 *      long file has no article under 300 words), coding time per word.
 *   6. latency: one article coded, saved and read back with listEvents({ articleId }).
 *   7. targets, PASS/MISS. Results go to bench/RESULTS.md between the bench markers; the rest of the file
 *      (the Profile section, see bench/profile.ts) is kept.
 *
 * This file holds main() (the report, in the order above) and writeResults; the measurements are in bench/lib/:
 * options.ts (argv, constants), output.ts (printing, RESULTS.md buffer, tables), corpus.ts (reading the corpus,
 * temp stores), machine.ts (1), end-to-end.ts (2), bare-wink.ts (3), workers.ts (4, and the --child-workers
 * mode this script runs in for each worker count), length.ts (5), latency.ts (6).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  arg,
  BATCH,
  CHECKPOINTS,
  CODING_WINDOW,
  CORES,
  CORPUS,
  FULL,
  LONG,
  N,
  REPEAT_TARGET,
  RESULTS,
  ROOT,
  SCALE_N,
  TARGET,
  WINK_CAL_N,
  WORKERS,
  WRITE,
} from './lib/options.js';
import { both, fmt, mb, md, say, table, writeSection } from './lib/output.js';
import { articlesOf, cleanup, corpusItems, countRecords, fallback, samples } from './lib/corpus.js';
import { machine, winkCapacity } from './lib/machine.js';
import { endToEnd, rates, reportE2E, STAGE_ORDER, type Snapshot } from './lib/end-to-end.js';
import { bareWink, sink } from './lib/bare-wink.js';
import { child, workerRunIsolated, type WorkerRun } from './lib/workers.js';
import { timeByLength } from './lib/length.js';
import { latency } from './lib/latency.js';

// `npm run bench -- --db postgres`: the scale-out figures instead of the in-process run
if (arg('db') === 'postgres') {
  const { runPostgresBench } = await import('./postgres.js');
  await runPostgresBench(Number(arg('articles') ?? 600));
  process.exit(0);
}

// ---------------------------------------------------------------- main

function writeResults(): void {
  writeSection(RESULTS, 'bench', 'bench/run.ts', md.join('\n'));
  say(`\nwrote ${path.relative(ROOT, RESULTS)}`);
}

async function main(): Promise<void> {
  const tStart = performance.now();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  if (!existsSync(CORPUS)) {
    fallback.note = `!! CORPUS NOT FOUND at ${CORPUS}: using the bundled samples/ (${(await samples()).length} articles) REPEATED to the slice size. These figures are NOT comparable with corpus runs.`;
  }

  say('measuring the machine (CPU spin on 1 and on all threads)…');
  const m = await machine();
  const fileRows = fallback.note === null ? await countRecords(CORPUS) : (await samples()).length;

  both(`## Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  both();
  if (fallback.note) {
    both(`> ${fallback.note}`);
    both();
    console.error(`\n${fallback.note}\n`);
  }
  both(
    `- command: \`${command}\` (node flags: \`${process.execArgv.filter((a) => a.startsWith('--max')).join(' ')}\`)`,
  );
  both(
    `- machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.ramGb, 1)} GB RAM, node ${m.node}, ${os.platform()} ${os.arch()}; load average at start ${m.load}`,
  );
  both(
    `- CPU calibration: a pure-JS spin on ${CORES} threads at once ran ${fmt(m.parallelCapacity, 2)}× the work of one thread in the same time (${CORES}.00 = ${CORES} free cores)${m.parallelCapacity < CORES * 0.8 ? ' — the machine gives less parallel CPU than it has cores (shared or throttled host), so worker scaling is capped by this figure' : ''}`,
  );
  both(
    `- corpus: ${fallback.note ? 'samples/ (fallback)' : path.relative(ROOT, CORPUS)} (${fmt(fileRows)} rows); slice: the first ${fmt(N)} articles${FULL ? `; --full: the whole file, then on to ${fmt(REPEAT_TARGET)} articles by repeating it` : ''}`,
  );
  both();

  // 2. end to end
  const target = FULL ? Math.max(REPEAT_TARGET, N) : N;
  const cps = [...CHECKPOINTS.filter((c) => c < target), N, ...(FULL ? [fileRows, REPEAT_TARGET] : [])];
  say(`\nend to end, in process: ${fmt(target)} articles…`);
  const e2e = await endToEnd(target, cps);
  const atLeast = (n: number) => e2e.snapshots.find((s) => s.articles >= n) ?? e2e.final;
  const slice = atLeast(N);
  both(
    `## End to end, in process (ingestItems → DuckDB, coded in windows of ${fmt(CODING_WINDOW)}, stored in batches of ${fmt(BATCH)}, one thread)`,
  );
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
        'wink-nlp readDoc + bulk tokens, pos, lemma, spans',
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
    `The first ${fmt(SCALE_N)} articles of the slice${SCALE_N < N ? ` (a sub-slice, to keep the default run short; --scale-n or --full to change)` : ''}, each run in a fresh child process, so its peak RSS is that of a streaming ingest with workers alone (main thread: read, hash, DuckDB; plus each worker's pipeline). Times include starting the workers (lexicon + wink model, ~1 s each, in parallel) and V8 compiling the code in each worker's own isolate (measured with --no-concurrent-recompilation: ~2 s of helper-thread CPU per worker over its first 8,000 articles), so the rate after the first quarter of the articles is shown too: it is what a long run (a day of news) sees. Stage times are summed over the workers (wall time inside the stages, on the worker threads). Process CPU counts every thread of the child process (main, workers, V8's garbage-collector helpers, DuckDB, libuv); cores busy = CPU / wall.`,
  );
  both();
  const wr: WorkerRun[] = [];
  for (const k of WORKERS) {
    say(`\n${k} worker(s): ${fmt(SCALE_N)} articles…`);
    wr.push(await workerRunIsolated(k, SCALE_N));
  }
  const base = wr.find((x) => x.workers === 1);
  const steadyRate = (x: WorkerRun) => x.steadySentences / x.steadyMs;
  table(
    [
      'workers',
      'seconds',
      'articles/s',
      'sentences/s',
      'sentences/s per worker',
      'sentences/s after the first quarter',
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
        fmt(x.steadySentences / (x.steadyMs / 1000), 0),
        fmt(x.events / sec, 1),
        fmt(x.storeMs / 1000, 1),
        fmt(code / 1000, 1),
        `${fmt(x.cpuMs / 1000, 1)} (${fmt(x.cpuMs / x.ms, 2)})`,
        fmt(mb(x.rss), 0),
        base
          ? `${fmt(base.ms / x.ms, 2)}× (${fmt(steadyRate(x) / steadyRate(base), 2)}× after the first quarter)`
          : 'n/a',
      ];
    }),
  );
  const top = wr.reduce<WorkerRun | null>((a, x) => (!a || x.workers > a.workers ? x : a), null);
  const scaling = base && top && top.workers > 1 ? base.ms / top.ms : NaN;
  say('\nbare wink on 1 and on all threads at once…');
  const calTexts: string[] = [];
  for await (const a of articlesOf(corpusItems(WINK_CAL_N))) calTexts.push(a.text);
  const winkCap = await winkCapacity(calTexts);
  both();
  both(
    `Calibration for this table: bare wink-nlp (readDoc + pos + lemma, nothing else; the first ${fmt(calTexts.length)} articles, each thread warmed first) on ${CORES} threads at once did ${fmt(winkCap, 2)}× the work of one thread in the same time, against ${fmt(m.parallelCapacity, 2)}× for the spin loop: the cores share what NLP work needs (caches, memory bandwidth), so ${fmt(winkCap, 2)}× is the ceiling for the scaling of any wink-based coder on this machine.`,
  );
  both();

  // 5. length
  both('## Time vs article length (coding only, in process)');
  both();
  if (existsSync(LONG)) {
    say('\ncoding time vs article length…');
    const { rows, note } = await timeByLength();
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
          ? `${fmt(scaling, 2)}× (machine calibration: ${fmt(m.parallelCapacity, 2)}× for pure CPU, ${fmt(winkCap, 2)}× for bare wink)`
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
  if (sink.value === -1) say(String(sink.value));
  if (WRITE) writeResults();
}

(arg('child-workers') ? child() : main())
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(cleanup);

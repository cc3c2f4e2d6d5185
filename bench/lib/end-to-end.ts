/** Section 2: end to end, in process (ingestItems → DuckDB), its snapshots and its report. */
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../../src/coding/pipeline.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { EventRepository, SaveBatchItem } from '../../src/store/repository.js';
import { ingestItems } from '../../src/app/ingest.js';
import { analyzeStore } from '../../src/app/analyze.js';
import type { Article } from '../../src/model/article.js';
import { ANALYZE, BATCH, CODING_WINDOW, WARM_N } from './options.js';
import { both, cpuMs, fmt, mb, pct, rssSampler, table } from './output.js';
import { articlesOf, corpusItems, countWords, tempStore, timedIter } from './corpus.js';

export interface Snapshot {
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

export interface E2E {
  snapshots: Snapshot[];
  final: Snapshot;
  rejected: number;
  read: number;
  skipped: number;
  analyzeMs: number | null;
  analyzeNote: string;
  warm: WarmUp;
}

export interface WarmUp {
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
  for (let i = 0; i < arts.length; i += CODING_WINDOW) pipeline.runMany(arts.slice(i, i + CODING_WINDOW));
  const t1 = performance.now();
  for (let i = 0; i < arts.length; i += CODING_WINDOW) pipeline.runMany(arts.slice(i, i + CODING_WINDOW));
  return {
    articles: arts.length,
    ms: t1 - t0,
    againMs: performance.now() - t1,
    from: `articles (the first of the slice)`,
  };
}

export async function endToEnd(limit: number, checkpoints: number[]): Promise<E2E> {
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

export const STAGE_ORDER = ['tokenize', 'actors', 'coref', 'quotes', 'dates', 'events'];

export function rates(s: Snapshot) {
  const sec = s.ms / 1000;
  return { aps: s.articles / sec, sps: s.sentences / sec, eps: s.events / sec };
}

export function reportE2E(title: string, s: Snapshot, note: string): void {
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

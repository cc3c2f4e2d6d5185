/**
 * `redline ingest`: read inputs, code each new article, store it in batches (one transaction each),
 * then cluster duplicates and track red lines. Articles whose content hash is already stored are
 * skipped before coding, so a re-run adds nothing and a killed run resumes where it stopped.
 */
import type { EventRepository } from '../store/repository.js';
import type { IngestItem } from '../ingest/types.js';
import { readPaths, contentHash, createProgress } from '../ingest/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { analyzeStore, type AnalyzeResult } from './analyze.js';
import { isRedlineError } from '../util/errors.js';
import type { Article } from '../model/article.js';
import type { CodedEvent } from '../model/event.js';
import { codeInWorkers } from './parallel.js';
import { BatchWriter } from './batch-writer.js';
import { CODING_WINDOW, DEFAULT_BATCH } from './batching.js';

export interface Rejection {
  origin: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  read: number;
  inserted: number;
  skipped: number;
  events: number;
  rejected: Rejection[];
  /** articles read and coded despite a problem (R109: an unusable publication date, read as undated) */
  warnings: Rejection[];
  analysis: AnalyzeResult | null;
  seconds: number;
}

export interface IngestOptions {
  published?: string;
  /** articles per store transaction (default 1000); articles are read and coded in windows of at most 200 */
  batchSize?: number;
  /** show a progress bar (TTY) or log lines on this stream; none when null */
  progress?: NodeJS.WritableStream | null;
  lexicon?: Lexicon;
  pipeline?: Pipeline;
  /** skip dedup/red-line analysis (it can be run later) */
  analyze?: boolean;
  /**
   * code on this many worker threads (default 1: in this thread). Each worker loads its own lexicon and wink
   * model (~150 MB, ~1 s); results are stored in completion order. See bench/RESULTS.md for when it pays.
   */
  workers?: number;
  /** adds the time the ingest spent on the store (staging batches, waiting for the one in flight) as 'store' */
  timings?: Map<string, number>;
}

/** code and store a stream of ingest items */
export async function ingestItems(
  repo: EventRepository,
  items: AsyncIterable<IngestItem>,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const workers = Math.max(1, Math.floor(opts.workers ?? 1));
  // with workers this thread only reads and stores: the lexicon (~16 MB of heap, ~40 MB RSS with its
  // loaders) is loaded here only for the analysis after the workers have exited, and the coder's modules
  // (wink-nlp, chrono) not at all, so the peak holds no copy
  let lex = opts.lexicon ?? null;
  const lexicon = (): Lexicon => (lex ??= loadLexicon());
  const pipeline =
    workers > 1
      ? null
      : (opts.pipeline ??
        (await import('../coding/pipeline.js')).createPipeline(lexicon(), { dates: 'on-demand' }));
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const windowSize = Math.min(batchSize, CODING_WINDOW);
  const progress =
    opts.progress === null ? null : createProgress({ stream: opts.progress ?? process.stderr });
  const summary: IngestSummary = {
    read: 0,
    inserted: 0,
    skipped: 0,
    events: 0,
    rejected: [],
    warnings: [],
    analysis: null,
    seconds: 0,
  };
  // content hashes read in this run and not yet known to be stored: the store's own check (knownHashes)
  // cannot see them yet. A stored batch's hashes leave the set at the start of the next window, before its
  // query is sent (so the query sees them), which keeps the set at the size of the batches in flight
  // instead of growing with the input (1.2 million hashes, ~120 MB, for a 1 GB input).
  const seen = new Set<string>();
  let stored: string[] = [];
  const writer = new BatchWriter(repo, {
    batchSize,
    timings: opts.timings,
    onStored: (r, items) => {
      summary.inserted += r.inserted;
      summary.skipped += r.skipped;
      for (const it of items) stored.push(it.contentHash);
    },
  });
  type Pending = { item: Extract<IngestItem, { ok: true }>; hash: string };
  const reject = (origin: string, error: { code: string; message: string }) => {
    summary.rejected.push({ origin, code: error.code, message: error.message });
    progress?.tick({ rejected: 1 });
  };
  const keep = async (article: Article, hash: string, events: CodedEvent[]) => {
    summary.events += events.length;
    progress?.tick({ articles: 1, events: events.length });
    await writer.add({ article, contentHash: hash, events });
  };
  // read items into windows, ask the store once per window which hashes it already has, and pass on only
  // the new articles (bad records are rejected here, with their codes)
  async function* freshWindows(): AsyncGenerator<Pending[]> {
    let pending: Pending[] = [];
    const window = async (): Promise<Pending[]> => {
      for (const h of stored) seen.delete(h);
      stored = [];
      const known = await repo.knownHashes(pending.map((p) => p.hash));
      const fresh = pending.filter((p) => {
        if (seen.has(p.hash) || known.has(p.hash)) {
          summary.skipped++;
          progress?.tick({ skipped: 1 });
          return false;
        }
        seen.add(p.hash);
        return true;
      });
      pending = [];
      return fresh;
    };
    for await (const item of items) {
      if (!item.ok) {
        reject(item.origin, item.error);
        continue;
      }
      summary.read++;
      for (const w of item.warnings ?? [])
        summary.warnings.push({ origin: item.origin, code: w.code, message: w.message });
      pending.push({ item, hash: contentHash(item.article) });
      if (pending.length >= windowSize) yield await window();
    }
    if (pending.length) yield await window();
  }
  const failed = (e: unknown) => ({
    code: isRedlineError(e) ? e.code : 'R301',
    message: e instanceof Error ? e.message : String(e),
  });
  if (pipeline) {
    // each window is coded stage by stage (Pipeline.runMany); a failing article is rejected alone
    for await (const fresh of freshWindows()) {
      const coded = pipeline.runMany(fresh.map((p) => p.item.article));
      for (let k = 0; k < fresh.length; k++) {
        const r = coded[k];
        if (r.doc) await keep(fresh[k].item.article, fresh[k].hash, r.doc.events);
        else reject(fresh[k].item.origin, failed(r.error));
      }
    }
  } else {
    // worker threads: results come back in completion order, each with its article (a structured clone)
    // the origin and content hash of each article in flight, so the hash is not computed again: codeInWorkers
    // hands back the very article object it was given (its results come back without it), so articles sharing
    // an id stay apart
    const sent = new Map<Article, { origin: string; hash: string }>();
    async function* articles(): AsyncGenerator<Article> {
      for await (const fresh of freshWindows())
        for (const p of fresh) {
          sent.set(p.item.article, { origin: p.item.origin, hash: p.hash });
          yield p.item.article;
        }
    }
    const takeSent = (a: Article): { origin: string; hash: string } => {
      const found = sent.get(a) ?? { origin: a.id, hash: contentHash(a) };
      sent.delete(a);
      return found;
    };
    for await (const r of codeInWorkers(articles(), { workers, lexiconDir: lex?.dir })) {
      const s = takeSent(r.article);
      if (r.error) reject(s.origin, r.error);
      else await keep(r.article, s.hash, r.events);
    }
  }
  await writer.close();
  progress?.stop();
  if (opts.analyze !== false) summary.analysis = await analyzeStore(repo, lexicon());
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

export async function ingestPaths(
  repo: EventRepository,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  return ingestItems(repo, readPaths(paths, { published: opts.published }), opts);
}

const n = (x: number) => x.toLocaleString('en-US');

/** "1,998 ingested, 2 rejected: R104 ×2" */
export function summaryLine(s: IngestSummary): string {
  const byCode = new Map<string, number>();
  for (const r of s.rejected) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
  const rej = s.rejected.length
    ? `, ${n(s.rejected.length)} rejected: ${[...byCode].map(([c, k]) => `${c} ×${k}`).join(', ')}`
    : ', 0 rejected';
  const warned = s.warnings.length ? `; ${n(s.warnings.length)} articles with warnings` : '';
  const a = s.analysis;
  const tail = a
    ? `; ${n(a.merged)} duplicate mentions merged; ${n(a.redLines)} red lines, ${n(a.met)} met`
    : '';
  return `${n(s.inserted)} ingested (${n(s.events)} events${warned}), ${n(s.skipped)} already stored${rej}${tail} in ${s.seconds.toFixed(1)}s`;
}

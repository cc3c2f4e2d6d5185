/**
 * `redline ingest`: read inputs, code each new article, store it in batches (one transaction each),
 * then cluster duplicates and track red lines. Articles whose content hash is already stored are
 * skipped before coding, so a re-run adds nothing and a killed run resumes where it stopped.
 */
import type { EventRepository, SaveBatchItem } from '../store/repository.js';
import type { IngestItem } from '../ingest/types.js';
import { readPaths, contentHash, createProgress } from '../ingest/index.js';
import { createPipeline } from '../coding/pipeline.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { analyzeStore, type AnalyzeResult } from './analyze.js';
import { isRedlineError } from '../util/errors.js';

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
  analysis: AnalyzeResult | null;
  seconds: number;
}

export interface IngestOptions {
  published?: string;
  batchSize?: number;
  /** show a progress bar (TTY) or log lines on this stream; none when null */
  progress?: NodeJS.WritableStream | null;
  lexicon?: Lexicon;
  pipeline?: Pipeline;
  /** skip dedup/red-line analysis (it can be run later) */
  analyze?: boolean;
}

/** code and store a stream of ingest items */
export async function ingestItems(
  repo: EventRepository,
  items: AsyncIterable<IngestItem>,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const lex = opts.lexicon ?? loadLexicon();
  const pipeline = opts.pipeline ?? createPipeline(lex, { dates: 'on-demand' });
  const batchSize = opts.batchSize ?? 200;
  const progress =
    opts.progress === null ? null : createProgress({ stream: opts.progress ?? process.stderr });
  const summary: IngestSummary = {
    read: 0,
    inserted: 0,
    skipped: 0,
    events: 0,
    rejected: [],
    analysis: null,
    seconds: 0,
  };
  let batch: SaveBatchItem[] = [];
  const seen = new Set<string>();
  const flush = async () => {
    if (!batch.length) return;
    const r = await repo.saveBatch(batch);
    summary.inserted += r.inserted;
    summary.skipped += r.skipped;
    batch = [];
  };
  // read items into a window, ask the store once which hashes it already has, then code only the new ones
  let pending: Array<{ item: Extract<IngestItem, { ok: true }>; hash: string }> = [];
  const codePending = async () => {
    if (!pending.length) return;
    const known = await repo.knownHashes(pending.map((p) => p.hash));
    const fresh: typeof pending = [];
    for (const p of pending) {
      if (seen.has(p.hash) || known.has(p.hash)) {
        summary.skipped++;
        progress?.tick({ skipped: 1 });
        continue;
      }
      seen.add(p.hash);
      fresh.push(p);
    }
    // the window is coded stage by stage (Pipeline.runMany); a failing article is rejected alone
    const coded = pipeline.runMany(fresh.map((p) => p.item.article));
    for (let k = 0; k < fresh.length; k++) {
      const { item, hash } = fresh[k];
      const r = coded[k];
      if (!r.doc) {
        summary.rejected.push({
          origin: item.origin,
          code: isRedlineError(r.error) ? r.error.code : 'R301',
          message: r.error.message,
        });
        progress?.tick({ rejected: 1 });
        continue;
      }
      const events = r.doc.events;
      summary.events += events.length;
      batch.push({ article: item.article, contentHash: hash, events });
      progress?.tick({ articles: 1, events: events.length });
      if (batch.length >= batchSize) await flush();
    }
    pending = [];
  };
  for await (const item of items) {
    if (!item.ok) {
      summary.rejected.push({ origin: item.origin, code: item.error.code, message: item.error.message });
      progress?.tick({ rejected: 1 });
      continue;
    }
    summary.read++;
    pending.push({ item, hash: contentHash(item.article) });
    if (pending.length >= batchSize) await codePending();
  }
  await codePending();
  await flush();
  progress?.stop();
  if (opts.analyze !== false) summary.analysis = await analyzeStore(repo, lex);
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
  const a = s.analysis;
  const tail = a
    ? `; ${n(a.merged)} duplicate mentions merged; ${n(a.redLines)} red lines, ${n(a.met)} met`
    : '';
  return `${n(s.inserted)} ingested (${n(s.events)} events), ${n(s.skipped)} already stored${rej}${tail} in ${s.seconds.toFixed(1)}s`;
}

/**
 * Worker entry for src/app/parallel.ts: builds one coding pipeline (lexicon + wink model) when it
 * starts, then codes chunks of articles sent by the pool and posts the results back, one message per
 * chunk. An article whose coding throws is returned with `error` set and no events, so one bad article
 * never loses the rest of its chunk.
 *
 * Messages in:  { type: 'code', id, articles: Article[] } | { type: 'close' }
 * Messages out: { type: 'ready' } | { type: 'result', id, results: WorkerResult[] } | { type: 'closed', timings }
 *               | { type: 'fatal', message }
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../coding/pipeline.js';
import { loadLexicon } from '../lexicon/load.js';
import type { Article } from '../model/article.js';
import type { CodedEvent } from '../model/event.js';
import { isRedlineError } from '../util/errors.js';

export interface WorkerResult {
  article: Article;
  events: CodedEvent[];
  /** sentences in the coded document (0 when coding failed) */
  sentences: number;
  /** set when coding failed: the RedlineError code (R301 for anything else) and message */
  error: { code: string; message: string } | null;
}

/** a result as posted back: without the article, which the pool still holds (no second copy of its text) */
export type WireResult = Omit<WorkerResult, 'article'>;

export type ToWorker = { type: 'code'; id: number; articles: Article[] } | { type: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; results: WireResult[] }
  | { type: 'closed'; timings: Record<string, number> }
  | { type: 'fatal'; message: string };

const port = parentPort;
if (!port) throw new Error('parallel-worker.ts must run in a worker thread');

const { timed, lexiconDir } = (workerData ?? {}) as { timed?: boolean; lexiconDir?: string };

try {
  const pipeline = createPipeline(loadLexicon(lexiconDir), { dates: 'on-demand' });
  pipeline.timed = timed === true;
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'close') {
      const out: FromWorker = { type: 'closed', timings: Object.fromEntries(pipeline.timings) };
      port.postMessage(out);
      port.close();
      return;
    }
    // a chunk is coded stage by stage; a failing article gets its error, the others their events
    const coded = pipeline.runMany(msg.articles);
    const results: WireResult[] = coded.map((r) => {
      if (r.doc) return { events: r.doc.events, sentences: r.doc.sentences.length, error: null };
      const code = isRedlineError(r.error) ? r.error.code : 'R301';
      return { events: [], sentences: 0, error: { code, message: r.error.message } };
    });
    const out: FromWorker = { type: 'result', id: msg.id, results };
    port.postMessage(out);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
} catch (e) {
  port.postMessage({ type: 'fatal', message: (e as Error).stack ?? String(e) } satisfies FromWorker);
}

/** Section 6: latency of one article coded, saved and read back with listEvents({ articleId }). */
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../../src/coding/pipeline.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { ingestItems } from '../../src/app/ingest.js';
import type { IngestItem } from '../../src/ingest/types.js';
import { corpusItems, tempStore } from './corpus.js';

export async function latency(): Promise<{ warm: number[]; cold: number; events: number[] }> {
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

/** Section 5: coding time vs article length (long-articles.jsonl.gz bucketed by words). */
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../../src/coding/pipeline.js';
import { recordToArticle } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/article.js';
import { CORPUS, LONG, LONG_N, ROOT } from './options.js';
import { fmt } from './output.js';
import { countWords } from './corpus.js';
import { bareRead, forgetLearnedWords } from './bare-wink.js';

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

/** each bucket coded by the pipeline and read by bare wink-nlp, one row per bucket (section 5 of run.ts) */
export async function timeByLength(): Promise<{ rows: (string | number)[][]; note: string }> {
  const { buckets, note } = await lengthBuckets();
  const pipeline = createPipeline(undefined, { dates: 'on-demand' });
  for (const b of buckets.slice(0, 2)) for (const a of b.articles.slice(0, 10)) pipeline.run(a); // warm-up
  const rows: (string | number)[][] = [];
  for (const b of buckets) {
    if (!b.articles.length) {
      rows.push([b.name, 0, '', '', '', '', '']);
      continue;
    }
    // each side meets the bucket's words for the first time (see forgetLearnedWords)
    let wms = 0;
    forgetLearnedWords();
    for (const a of b.articles) {
      const t = performance.now();
      bareRead(a.text);
      wms += performance.now() - t;
    }
    let ms = 0;
    let sents = 0;
    forgetLearnedWords();
    for (const a of b.articles) {
      const t = performance.now();
      sents += pipeline.run(a).sentences.length;
      ms += performance.now() - t;
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
  return { rows, note };
}

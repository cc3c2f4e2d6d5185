/** The benchmark corpus: reading it (with the samples/ fallback), article variants, timing the read, temp stores. */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { readJsonlFile, readPaths } from '../../src/ingest/index.js';
import type { IngestItem } from '../../src/ingest/types.js';
import type { Article } from '../../src/model/article.js';
import { CORPUS, ROOT } from './options.js';

/**
 * Set (by run.ts, or the worker child) when the corpus file is missing: corpusItems then repeats the
 * bundled samples/ instead. An object, so other modules can assign it (imported bindings are read-only).
 */
export const fallback: { note: string | null } = { note: null };

export const countWords = (t: string) => {
  let n = 0;
  for (const _ of t.matchAll(/\S+/g)) n++;
  return n;
};

/** a copy of an article with a new id and a marker paragraph, so its content hash differs */
function variant(a: Article, rep: number): Article {
  return rep === 0 ? a : { ...a, id: `${a.id}~r${rep}`, text: `${a.text}\n\n[copy ${rep + 1}]` };
}

export async function countRecords(file: string): Promise<number> {
  const input = createReadStream(file).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) if (line.trim()) n++;
  return n;
}

let fallbackItems: IngestItem[] | null = null;
export async function samples(): Promise<IngestItem[]> {
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
export async function* corpusItems(limit: number, skip = 0): AsyncGenerator<IngestItem> {
  let count = 0;
  let seen = 0;
  for (let rep = 0; ; rep++) {
    let any = false;
    const src: AsyncIterable<IngestItem> | Iterable<IngestItem> =
      fallback.note === null ? readJsonlFile(CORPUS, { gzip: CORPUS.endsWith('.gz') }) : await samples();
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

export async function* articlesOf(items: AsyncIterable<IngestItem>): AsyncGenerator<Article> {
  for await (const it of items) if (it.ok) yield it.article;
}

export async function* timedIter<T>(src: AsyncIterable<T>, acc: { ms: number }): AsyncGenerator<T> {
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

const tempDirs: string[] = [];
export async function tempStore(): Promise<DuckDbStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
  tempDirs.push(dir);
  const store = new DuckDbStore(path.join(dir, 'bench.duckdb'));
  await store.init();
  return store;
}
export function cleanup(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

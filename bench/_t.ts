import { readJsonlFile } from '../src/ingest/index.js';
import { codeInWorkers } from '../src/app/parallel.js';
import type { Article } from '../src/model/article.js';
async function* arts(n: number): AsyncIterable<Article> {
  let i = 0;
  for await (const it of readJsonlFile('/work/shared/corpora/world-news.jsonl.gz', { gzip: true })) {
    if (!it.ok) continue; yield it.article; if (++i >= n) return;
  }
}
for (const w of [1, 2]) {
  const t0 = performance.now(); let n = 0, ev = 0, s = 0;
  for await (const r of codeInWorkers(arts(2000), { workers: w, timed: true, onTimings: (t) => console.log(t) })) { n++; ev += r.events.length; s += r.sentences; }
  console.log(w, n, s, ev, (performance.now() - t0) / 1000);
}

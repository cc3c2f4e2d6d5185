/**
 * `npm run bench:domains`: precision on news that is not about politics. Codes the BBC 2005 articles of
 * ../shared/corpora/long-articles.jsonl.gz (sport, entertainment, tech: realistic negatives; business and politics
 * for comparison) and prints events per article by category, then every event found in the non-political
 * categories with its rule and evidence, for reading one by one. Not gold data: an event in a tech story can be
 * right (a government blocking websites), most in sport and entertainment are not.
 *
 *   npm run bench:domains -- [--corpus FILE] [--quiet]
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { createPipeline } from '../src/coding/pipeline.js';
import { recordToArticle } from '../src/ingest/index.js';
import { arg, flag, LONG } from './lib/options.js';
import { fmt, say, table } from './lib/output.js';

const CORPUS = arg('corpus') ? path.resolve(arg('corpus')!) : LONG;
const NEGATIVE = new Set(['sport', 'entertainment', 'tech']);
const ORDER = ['sport', 'entertainment', 'tech', 'business', 'politics'];

if (!existsSync(CORPUS)) {
  say(`corpus ${CORPUS} not found: nothing to measure`);
  process.exit(0);
}
const pipeline = createPipeline(undefined, { dates: 'on-demand' });
const byCat = new Map<string, { articles: number; events: number }>();
const listed: string[] = [];
const rl = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; category?: string };
  if (!r.id.startsWith('bbc2005-') || !r.category) continue;
  const a = recordToArticle(r, r.id);
  const [res] = pipeline.runMany([a]);
  const events = res.doc?.events ?? [];
  const c = byCat.get(r.category) ?? { articles: 0, events: 0 };
  c.articles++;
  c.events += events.length;
  byCat.set(r.category, c);
  if (!NEGATIVE.has(r.category)) continue;
  for (const e of events) {
    const ev = a.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ');
    listed.push(
      `${r.category.padEnd(13)} ${e.code.padEnd(4)} ${(e.source?.code ?? '-').padEnd(7)} ${(e.target?.code ?? '-').padEnd(7)} ${e.modality.padEnd(11)} ${e.rule}  ${ev.slice(0, 140)}`,
    );
  }
}
say(`BBC 2005 articles of ${path.basename(CORPUS)}, coded one by one`);
table(
  ['category', 'articles', 'events', 'events per article'],
  ORDER.filter((c) => byCat.has(c)).map((c) => {
    const x = byCat.get(c)!;
    return [c, fmt(x.articles), fmt(x.events), fmt(x.events / x.articles, 2)];
  }),
);
if (!flag('quiet')) {
  say('events in the non-political categories:');
  for (const l of listed) say(l);
}

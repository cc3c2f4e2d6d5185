/**
 * Section 3: bare wink-nlp on the same texts: exactly the library work of Redline's tokenize stage
 * (`winkArrays`: readDoc, then tokens, POS, lemmas and sentence spans read with wink's bulk
 * `out()`), nothing else. Until 2026-12-06 this walked every token with wink's item API (`.each` + `tk.out`),
 * which is ~1.5× slower than the bulk reads Redline itself uses, so the ratio to bare wink looked better than it was.
 */
import { performance } from 'node:perf_hooks';
import { winkArrays } from '../../src/nlp/tokenize.js';
import { articlesOf, corpusItems } from './corpus.js';

/** keeps the outputs alive (so they are not optimised away); an object so length.ts can add to it */
export const sink = { value: 0 };

/** wink's work on one text; returns its sentence count */
export function bareRead(text: string): number {
  const w = winkArrays(text);
  sink.value += w.texts.length + w.pos.length + w.lemmas.length;
  return w.spans.length;
}

export async function bareWink(limit: number): Promise<{ ms: number; articles: number; sentences: number }> {
  let ms = 0;
  let sentences = 0;
  let articles = 0;
  for await (const a of articlesOf(corpusItems(limit))) {
    const t = performance.now();
    sentences += bareRead(a.text);
    ms += performance.now() - t;
    articles++;
  }
  return { ms, articles, sentences };
}

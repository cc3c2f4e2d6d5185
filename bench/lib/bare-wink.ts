/** Section 3: bare wink-nlp on the same texts (readDoc + every token's pos and lemma, nothing else). */
import { performance } from 'node:perf_hooks';
import type { ItemSentence, ItemToken, ItsFunction } from 'wink-nlp';
import { getNlp } from '../../src/nlp/wink.js';
import { articlesOf, corpusItems } from './corpus.js';

/** keeps the token outputs alive (so they are not optimised away); an object so length.ts can add to it */
export const sink = { value: 0 };
/** wink's singleton, loaded on first use (not at import: the worker runs measure a clean main thread) */
export function winkKit() {
  const wink = getNlp();
  return { wink, its: wink.its, LEMMA: wink.its.lemma as unknown as ItsFunction<string> };
}

export async function bareWink(limit: number): Promise<{ ms: number; articles: number; sentences: number }> {
  let ms = 0;
  let sentences = 0;
  let articles = 0;
  const { wink, its, LEMMA } = winkKit();
  for await (const a of articlesOf(corpusItems(limit))) {
    const t = performance.now();
    wink
      .readDoc(a.text)
      .sentences()
      .each((s: ItemSentence) => {
        sentences++;
        s.tokens().each((tk: ItemToken) => {
          sink.value += String(tk.out(its.pos)).length + String(tk.out(LEMMA)).length;
        });
      });
    ms += performance.now() - t;
    articles++;
  }
  return { ms, articles, sentences };
}

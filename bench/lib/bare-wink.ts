/**
 * Section 3: bare wink-nlp on the same texts: exactly the library work of Redline's tokenize stage
 * (`winkArrays`: readDoc, then tokens, POS, lemmas and sentence spans read with wink's bulk
 * `out()`), nothing else. Until 2026-12-06 this walked every token with wink's item API (`.each` + `tk.out`),
 * which is ~1.5× slower than the bulk reads Redline itself uses, so the ratio to bare wink looked better than it was.
 */
import { performance } from 'node:perf_hooks';
import { winkArrays } from '../../src/nlp/tokenize.js';
import { getNlp, setMaxLearned } from '../../src/nlp/wink.js';
import { articlesOf, corpusItems } from './corpus.js';

/** keeps the outputs alive (so they are not optimised away); an object so length.ts can add to it */
export const sink = { value: 0 };

/** wink's work on one text; returns its sentence count */
export function bareRead(text: string): number {
  const w = winkArrays(text);
  sink.value += w.texts.length + w.pos.length + w.lemmas.length;
  return w.spans.length;
}

/**
 * wink forgets the words it learned (as it does past its limit in a long ingest), so the bare run meets the
 * texts' new words as Redline's run did: learning a word costs (~8% of wink's time on 10,000 news articles
 * read the first time vs again), and the bare run comes after Redline's on the same texts.
 */
export function forgetLearnedWords(): void {
  const old = setMaxLearned(0);
  getNlp();
  setMaxLearned(old);
}

export async function bareWink(limit: number): Promise<{ ms: number; articles: number; sentences: number }> {
  forgetLearnedWords();
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

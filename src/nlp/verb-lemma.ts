/**
 * The lemma of a past form as a verb, for a token the tagger read as a noun or adjective and a repair made a verb
 * ("Hamas fighters abducted dozens": wink tags "abducted" a noun with itself as lemma, so no "abduct" pattern could
 * match). wink reads the word in a frame that makes it a verb ("They abducted it."); a word its lexicon lists only
 * as an adjective ("mediated") is tried as the base forms it may come from ("They will mediate it.": the first
 * that wink reads as a verb). Results are cached: the repairs that call this are rare.
 */
import { getNlp } from './wink.js';

const cache = new Map<string, string>();
const MAX_CACHED = 5_000;

/** wink's lemma of `word` in `frame` (its X), when it reads it as a verb */
function asVerb(frame: string, word: string, at: number): string | null {
  const nlp = getNlp();
  const its = nlp.its;
  const t = nlp.readDoc(frame.replace('X', word)).tokens().itemAt(at);
  return t && t.out(its.pos) === 'VERB' ? String(t.out(its.lemma as unknown as typeof its.value)) : null;
}

/** the verb lemma of a past form ending in -ed or of an -ing form, or the word itself when none is found */
export function verbLemma(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let lemma = asVerb('They X it.', word, 1);
  // ("bombing": wink reads the -ing form as a noun in any frame; its base forms "bomb", "fire", "hit" as verbs)
  if ((!lemma || lemma === word) && word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    const bases = [stem, stem + 'e'];
    if (stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
    for (const base of bases)
      if (asVerb('They X it.', base, 1) === base) {
        lemma = base;
        break;
      }
  }
  if (!lemma && word.endsWith('ed'))
    for (const base of [word.slice(0, -1), word.slice(0, -2)]) {
      if ((lemma = asVerb('They will X it.', base, 2)) === base) break;
      lemma = null;
    }
  const out = lemma ?? word;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, out);
  return out;
}

const verbCache = new Map<string, boolean>();

/** whether wink reads `word` as a verb in a plural subject's frame ("They exchange it."); cached */
export function readsAsPluralVerb(word: string): boolean {
  let hit = verbCache.get(word);
  if (hit === undefined) {
    if (verbCache.size >= MAX_CACHED) verbCache.clear();
    verbCache.set(word, (hit = asVerb('They X it.', word, 1) !== null));
  }
  return hit;
}

const singularCache = new Map<string, string | null>();

/** the verb lemma of an -s form that wink reads as a verb after a singular subject ("He attacks it."), else null */
export function singularVerbLemma(word: string): string | null {
  let hit = singularCache.get(word);
  if (hit === undefined) {
    if (singularCache.size >= MAX_CACHED) singularCache.clear();
    singularCache.set(word, (hit = asVerb('He X it.', word, 1)));
  }
  return hit;
}

/**
 * Documents and their issuers: the verb that issues a statement, letter or court filing ("issued a statement
 * condemning", "filed a case at the ICJ accusing"): the participle after the document is the issuer's act.
 */
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './sentence-view.js';

/**
 * the verb that issues a document noun at `noun` ("issued a [joint] statement", "sent a letter"): an issuing
 * verb (cues statementVerbs) at most three determiners/adjectives/nouns before it, else -1
 */
export function issuingVerb(v: SentenceView, noun: number, lo: number, lex: Lexicon): number {
  if (!lex.cues.statementNouns.has(v.toks[noun].lower)) noun = documentBeforeForum(v, noun, lo, lex);
  if (noun < 0) return -1;
  for (let k = noun - 1; k >= lo && noun - k <= 4; k--) {
    const t = v.toks[k];
    if (t.pos === 'VERB') return lex.cues.statementVerbs.has(t.lemma) ? k : -1;
    if (!/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos) || t.text === ',') return -1;
  }
  return -1;
}

/**
 * the document right before a forum or place phrase that ends at token k ("filed a case at the International Court of
 * Justice accusing Israel"): its index, else -1
 */
function documentBeforeForum(v: SentenceView, k: number, lo: number, lex: Lexicon): number {
  for (let j = k; j > lo && k - j <= 7; j--) {
    const t = v.toks[j];
    if (/^(at|before|with|in|to)$/.test(t.lower))
      return lex.cues.statementNouns.has(v.toks[j - 1].lower) ? j - 1 : -1;
    if (!/^(DET|PROPN|NOUN|ADJ|ADP)$/.test(t.pos)) return -1;
  }
  return -1;
}

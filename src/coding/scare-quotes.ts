/**
 * Scare quotes: a few quoted words with no verb ('would take "resolute countermeasures" if') are a phrase the
 * reporter marks, not a quotation with a voice of its own: the act inside is the sentence's, and its source is found
 * in the whole sentence (a quotation bounds the search to its own words).
 */
import type { Doc, Quote } from '../model/document.js';

/** verbs that give something a name (lemmas) */
const LABEL_VERBS = /^(call|label|term|dub|brand|describe|name)$/;

/** the quote at a trigger when it is a quotation, null for none or a scare quote */
export function spokenQuote(doc: Doc, q: Quote | null): Quote | null {
  if (!q) return null;
  const a = doc.tokenIndexAt(q.contentStart);
  // a label ("Arabs, who he called \"suicide bombers\"", "described as \"terrorists\"") names no act: the quote stays
  const before = doc.tokens[a - 2];
  if (before && (LABEL_VERBS.test(before.lemma) || before.lower === 'as')) return q;
  let words = 0;
  for (let k = a; k < doc.tokens.length && doc.tokens[k].start < q.contentEnd; k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || ++words > 4) return q;
  }
  return null;
}

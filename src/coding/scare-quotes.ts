/**
 * Quotes and their voice. Scare quotes: a few quoted words with no verb ('would take "resolute countermeasures" if') are a phrase the
 * reporter marks, not a quotation with a voice of its own: the act inside is the sentence's, and its source is found
 * in the whole sentence (a quotation bounds the search to its own words).
 */
import type { ActorMention, Doc, Quote } from '../model/document.js';
import { codable } from './mention-at.js';
import { subjectEndBefore } from './time-words.js';

const THIRD_PERSON = /^(he|she|they|it)$/;

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

/**
 * A quoted act with no coded subject is the speaker's ("we will respond"), unless its subject is a third person the
 * speaker talks about ("they could fire a missile at Sydney") or it is a passive with no agent ("Rain would be
 * welcomed", "the place occupied by agriculture"): the speaker's mention as the source, else null.
 */
export function speakerAsSource(
  doc: Doc,
  speaker: number | null,
  trigger: number,
  lo: number,
  passive: boolean,
): ActorMention[] | null {
  if (speaker === null) return null;
  const subj = doc.tokens[subjectEndBefore(doc.tokens, trigger, lo)];
  if (subj !== undefined && THIRD_PERSON.test(subj.lower)) return null;
  const t = doc.tokens[trigger];
  if (passive || (t.lower.endsWith('ed') && doc.tokens[trigger + 1]?.lower === 'by')) return null;
  const sp = doc.mention(speaker);
  return sp && codable(sp) ? [sp] : null;
}

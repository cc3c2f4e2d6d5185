/**
 * Quotes and their voice. Scare quotes: a few quoted words with no verb ('would take "resolute countermeasures" if') are a phrase the
 * reporter marks, not a quotation with a voice of its own: the act inside is the sentence's, and its source is found
 * in the whole sentence (a quotation bounds the search to its own words).
 */
import type { ActorMention, Doc, Quote } from '../model/document.js';
import { codable } from './mention-at.js';
import { subjectEndBefore } from './time-words.js';

const THIRD_PERSON = /^(he|she|they|it|everyone|everybody|someone|somebody|anyone|anybody|nobody|no-one)$/;
/** a first person owning the subject noun ("my government will respond", "our forces"): the speaker's side */
const FIRST_PERSON_OWNER = /^(my|our)$/;
const NOUN_PHRASE = /^(NOUN|ADJ|DET|NUM|PROPN)$/;
/** collectives a speaker speaks for */
const OWN_COLLECTIVE = /^(nation|country|government|state|army|military|forces|troops)$/;

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
function firstPersonOwned(doc: Doc, head: number, lo: number): boolean {
  for (let k = head - 1; k >= lo && head - k <= 4; k--) {
    const t = doc.tokens[k];
    if (FIRST_PERSON_OWNER.test(t.lower)) return true;
    if (!NOUN_PHRASE.test(t.pos)) return false;
  }
  return false;
}

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
  // "the banks are complaining", "what the banks are demanding": a common-noun subject is someone the speaker talks
  // about, unless the speaker owns it
  // (a speaker's own collective stays the speaker's: "they will meet a nation determined to fight")
  // ("they will find a people ready to defend its land": an indefinite "a people" is a nation)
  const aPeople = subj?.lower === 'people' && doc.tokens[subj.i - 1]?.lower === 'a';
  if (
    subj?.pos === 'NOUN' &&
    !OWN_COLLECTIVE.test(subj.lower) &&
    !aPeople &&
    !firstPersonOwned(doc, subj.i, lo)
  )
    return null;
  const t = doc.tokens[trigger];
  if (passive || (t.lower.endsWith('ed') && doc.tokens[trigger + 1]?.lower === 'by')) return null;
  const sp = doc.mention(speaker);
  return sp && codable(sp) ? [sp] : null;
}

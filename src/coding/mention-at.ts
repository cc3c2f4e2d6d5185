/** Small questions about actor mentions in a sentence view, shared by the source, target and passive rules. */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';

/** a mention with a country or an organisation (an actor code can be built) */
export function codable(m: ActorMention): boolean {
  return m.country !== null || m.org !== null;
}

/** the mention whose last token is j, if any */
export function mentionEndingAt(v: SentenceView, j: number): ActorMention | null {
  for (const m of v.mentionAt.values()) if (m.tokenEnd - 1 === j) return m;
  return null;
}

/**
 * "the Albanians of southern Serbia": the mention heading an "of" phrase whose object is `m` (articles and
 * adjectives may open the object), else null — the object names where the head comes from, not who acts
 */
export function ofPhraseHead(v: SentenceView, m: ActorMention, lo: number): ActorMention | null {
  let k = m.tokenStart - 1;
  while (k > lo && /^(DET|ADJ)$/.test(v.toks[k].pos)) k--;
  if (k <= lo || v.toks[k].lower !== 'of') return null;
  const head = mentionEndingAt(v, k - 1);
  // a bare role noun heads nothing here: "the leader of the opposition", "officials of the company", "members of
  // Hamas" are named by the object; nor does a metonym opening a longer name ("the Congress of South African
  // Trade Unions")
  const named = head !== null && head.kind !== 'role' && head.kind !== 'pronoun' && head.kind !== 'metonym';
  return named && head.agentive && !head.locative && codable(head) ? head : null;
}

/**
 * "The arrest of a commander of the Iraqi National Guard raises concerns": the mention at the end of a chain of "of"
 * phrases whose first head is an act noun (`isAct`: one a pattern starts with) and opens the clause. The clause's
 * subject is that act, no actor. (Not any common noun: "A majority of Australians", "The brother of Iraq hostage Ken
 * Bigley", "The boss of the UK's biggest rail union" are people the lexicon has no noun for.)
 */
export function nonActorOfChainHead(
  v: SentenceView,
  m: ActorMention,
  lo: number,
  isAct: (i: number) => boolean,
): boolean {
  let start = m.tokenStart;
  let head = -1;
  for (let hops = 0; hops < 4; hops++) {
    let k = start - 1;
    while (k > lo && /^(DET|ADJ|NUM)$/.test(v.toks[k].pos)) k--;
    if (k <= lo || v.toks[k].lower !== 'of') break;
    head = k - 1;
    start = head;
    while (start - 1 >= lo && OF_NP_WORD.test(v.toks[start - 1].pos)) start--;
  }
  if (head < 0 || (start > lo && v.toks[start - 1].pos !== 'PUNCT')) return false;
  const h = v.toks[head];
  return h.pos === 'NOUN' && !mentionEndingAt(v, head) && isAct(head);
}

const OF_NP_WORD = /^(DET|ADJ|NUM|NOUN|PROPN)$/;

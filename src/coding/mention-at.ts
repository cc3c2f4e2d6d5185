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

/**
 * A state body named after the chamber or office it belongs to: "the U.S. House Agriculture Committee", "the Duma
 * Defence Committee", "the White House Budget Office". A known name with a state role (LEG, GOV) followed by
 * capitalised words that end in a committee's or an office's head is that body acting, not another name ("China
 * Daily", "Iran Air" are other names: their known part has no role, or their head is none of these). A chamber's
 * name other countries share ("the House of Commons Finance Committee" in Ottawa) does not name its country's body.
 */
import type { Doc } from '../model/document.js';
import type { ActorEntry } from '../lexicon/load.js';

const BODY_HEAD = /^(committee|subcommittee|panel|commission|office|caucus|delegation)$/;
const STATE_ROLE = /^(LEG|GOV)$/;
const JOINER = /^(and|of|on|for|&)$/;

/** does the run of capitalised words from token `from` (before `end`) end in a body's head, with `named` a state's? */
export function namesStateBody(doc: Doc, named: ActorEntry, from: number, end: number): boolean {
  if (!named.role || !STATE_ROLE.test(named.role) || named.sharedName) return false;
  for (let k = from; k < end && k - from < 6; k++) {
    const t = doc.tokens[k];
    if (BODY_HEAD.test(t.lower) && /^\p{Lu}/u.test(t.text)) return true;
    if (!/^\p{Lu}/u.test(t.text) && !(k > from && JOINER.test(t.lower))) return false;
  }
  return false;
}

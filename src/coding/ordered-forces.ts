/**
 * Forces a state's leader orders to act are that state's: "Putin ordered troops to withdraw from Kherson",
 * "Netanyahu ordered the army to strike Hamas targets in Gaza". A bare forces role noun (no country, no
 * organisation) right after an order verb and before its "to" takes the country of the verb's subject, when that
 * is a state actor — not the story's only other country, which the bare-role inference would give it.
 */
import type { ActorMention, Doc } from '../model/document.js';
import { subjectEndBefore } from './time-words.js';

const ORDER = /^(order|instruct|command|direct)$/;
const FORCES = /^(MIL|COP|SPY)$/;
/** who can order a state's forces: its government or military, or the state named bare */
const COMMANDER = /^(GOV|MIL)$/;

export function giveOrderedForcesTheirCountry(doc: Doc): void {
  let byEnd: Map<number, ActorMention> | null = null;
  for (const m of doc.mentions) {
    if (m.kind !== 'role' || m.country || m.org || !FORCES.test(m.role ?? '')) continue;
    if (doc.tokens[m.tokenEnd]?.lower !== 'to') continue;
    let k = m.tokenStart - 1;
    if (doc.tokens[k]?.pos === 'DET') k--;
    const verb = doc.tokens[k];
    if (!verb || verb.pos !== 'VERB' || !ORDER.test(verb.lemma)) continue;
    const end = subjectEndBefore(doc.tokens, k, doc.sentences[m.sentence].tokenStart) + 1;
    byEnd ??= new Map(doc.mentions.map((x) => [x.tokenEnd, x]));
    const subject = byEnd.get(end);
    if (subject?.country && !subject.org && (subject.role === null || COMMANDER.test(subject.role)))
      m.country = subject.country;
  }
}

/**
 * A threat with no target in its own sentence ("we are ready to act again", "China would take resolute measures
 * to defend its rights", "there will be consequences") is addressed to the other side the story has just named:
 * the nearest earlier state or armed actor (a country, government, military, rebel group, IGO) in the same or
 * the previous sentence whose country or organisation differs from every source's, no place. News writes
 * threats right after the act they answer, so that actor is the one threatened more often than not. Only for
 * sources that are such actors themselves.
 */
import type { ActorMention, Doc } from '../model/document.js';
import { codable } from './mention-at.js';
import type { SentenceView } from './sentence-view.js';

/** state and armed actors: the ones whose threats answer another side (a company or a court "threatens" no one) */
const PARTY = /^(GOV|MIL|REB|INS|SEP|UAF|ELI|COP|SPY|IGO)$/;
const party = (m: ActorMention) => m.role === null || PARTY.test(m.role);

export function recentCounterpart(
  doc: Doc,
  sentence: number,
  trigger: number,
  sources: ActorMention[],
): ActorMention[] | null {
  if (!sources.every(party)) return null;
  const own = new Set(sources.flatMap((m) => [m.country, m.org]).filter((x): x is string => x !== null));
  const triggerStart = doc.tokens[trigger].start;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.sentence > sentence || m.start >= triggerStart) continue;
    if (m.sentence < sentence - 1) break;
    const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
    if (!codable(r) || m.locative || m.modifier || !party(r)) continue;
    if ((r.country && own.has(r.country)) || (r.org && own.has(r.org))) continue;
    return [r];
  }
  return null;
}

/**
 * the act's partner is a "with" phrase that names no codable actor right after the match ending at token `end`
 * ("Venezuela, Chile and the Philippines have struck agreement with commercial banks"): coordinated subjects then
 * did not act with each other
 */
export function uncodedPartner(v: SentenceView, end: number): boolean {
  let k = end;
  if (v.toks[k]?.pos === 'ADV') k++;
  if (v.toks[k]?.lower !== 'with' || k >= v.b) return false;
  for (k++; k < v.b && /^(DET|ADJ|NUM|NOUN)$/.test(v.toks[k].pos); k++) {
    const m = v.mentionAt.get(k);
    if (m && codable(m)) return false;
  }
  return k > end + 1 && v.toks[k - 1].pos === 'NOUN';
}

/**
 * a pattern's object slot holds people of no known country ("urging commercial banks to accept a Philippine
 * proposal", "talk to government officials"): they are the act's addressee, so no actor further on is its target
 * and coordinated subjects did not act with each other. Not when the slot's last word has an owner after it
 * ("leaders of Belarus") or modifies a noun ("extending official loans to Poland").
 */
export function uncodedAddressee(v: SentenceView, slot: ActorMention[] | null): boolean {
  if (!slot?.length) return false;
  const next = v.toks[slot[slot.length - 1].tokenEnd];
  return !next || (next.lower !== 'of' && next.pos !== 'NOUN' && next.pos !== 'PROPN');
}

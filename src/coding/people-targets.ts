/**
 * Targets that must be people: one hosts or receives persons ("received the visiting ministers", "received
 * Putin", "received ministers from the government"), not the things a country sends ("received Russian weapons",
 * "received American aid").
 */
import type { ActorMention } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './match.js';

const MODIFIER = /^(DET|ADJ|NUM)$/;

/** the head of the noun phrase right after the trigger names people, or a target is a named or titled person */
export function hostsPeople(
  v: SentenceView,
  trigger: number,
  targets: ActorMention[] | null,
  lex: Lexicon,
): boolean {
  if (targets?.some((m) => m.kind === 'person')) return true;
  let j = trigger + 1;
  while (j < v.b && j - trigger <= 5 && MODIFIER.test(v.toks[j].pos)) j++;
  // ("foreign minister": the noun run's last word is its head)
  while (j + 1 < v.b && v.toks[j + 1].pos === 'NOUN') j++;
  const w = v.toks[j]?.lower;
  return w !== undefined && (lex.cues.personNouns.has(w) || lex.cues.guestNouns.has(w));
}

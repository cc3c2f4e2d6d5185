/**
 * Subjects owned by an actor that are not the actor ("Germany's Paulaner rejects", "Russia's allies condemned"), and
 * the modifier test the subject scan shares with it.
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';
import { mentionEndingAt } from './mention-at.js';
import { timeAdverbialEnd } from './time-words.js';

/** tokens [from, to) are only auxiliaries, adverbs, particles and time adverbials ("last month") */
export function onlyModifiersBetween(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const j = timeAdverbialEnd(v.toks, i, to);
    if (j > i) i = j;
    else if (/^(AUX|ADV|PART)$/.test(v.toks[i].pos)) i++;
    else return false;
  }
  return true;
}

/**
 * m + "'s" + the head of another subject, right before the trigger (adverbs between): one capitalised word no mention
 * covers ("Germany's Paulaner rejects") or a noun for the owner's counterparts, adjectives before it ("West Germany's
 * industrial partners demanded", "Russia's allies condemned"; cues otherPartyNouns)
 */
export function ownedOtherSubject(
  v: SentenceView,
  m: ActorMention,
  trigger: number,
  otherParty: ReadonlySet<string>,
): boolean {
  let k = m.tokenEnd;
  if (!/^['’]s?$/.test(v.toks[k]?.lower ?? '')) return false;
  const name = v.toks[k + 1];
  if (
    name &&
    !v.mentionAt.has(k + 1) &&
    /^\p{Lu}\p{Ll}/u.test(name.text) &&
    name.pos === 'PROPN' &&
    !mentionEndingAt(v, k + 1) &&
    onlyModifiersBetween(v, k + 2, trigger)
  )
    return true;
  // ("Ukraine's Western allies": an adjective of the West's)
  for (k++; k < trigger && (v.toks[k].pos === 'ADJ' || v.mentionAt.has(k));)
    k = v.mentionAt.get(k)?.tokenEnd ?? k + 1;
  return k < trigger && otherParty.has(v.toks[k].lower) && onlyModifiersBetween(v, k + 1, trigger);
}

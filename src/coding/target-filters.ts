/**
 * What the target search (roles.ts findTarget) passes over: the source's own forces named by the pattern, a topic's
 * "of" phrase ("talks on the fate of two French journalists"), go-betweens of a deal ("brokered by the UAE"); and
 * when a reflexive object leaves a force act no target at all ("killed herself").
 */
import type { ActorMention, Token } from '../model/document.js';
import type { SentenceView } from './match.js';
import { WEAPON_NOUN } from './actor-items.js';

/** prepositions that attach a topic to an act ("talks on", "a dispute over") */
export const TOPIC_PREPS = /^(on|over|about|regarding|concerning)$/;

/** participles of a go-between: brokering, mediating or hosting a deal or talks */
export const BROKERED = /^(brokered|mediated|hosted|sponsored|facilitated|arranged|co-sponsored)$/;

/** roles of the state and its forces */
const STATE_ROLE = /^(GOV|MIL|COP|SPY)$/;

/** a state's forces when the source is that state ("Mexico sent troops": its own; "rebels killed soldiers": not) */
export function ownForces(m: ActorMention, sources: readonly ActorMention[]): boolean {
  return (
    m.country !== null &&
    STATE_ROLE.test(m.role ?? '') &&
    sources.some((x) => x.country === m.country && (x.role === null || STATE_ROLE.test(x.role)))
  );
}

/**
 * a bare weapon noun the pattern names is the act's means, not its target ("launched drones", "fired missiles"); so
 * are the forces a force posture names ("sending troops": the sender's, whatever country a later name lends them)
 */
export function meansOfAct(m: ActorMention, root: string | undefined): boolean {
  return m.kind === 'role' && (WEAPON_NOUN.test(m.text.toLowerCase()) || (root === '15' && m.role === 'MIL'));
}

/** nouns whose "of" phrase names whom a topic concerns ("the fate of", "the future of", "the release of") */
const CONCERN_NOUNS =
  /^(fate|future|status|situation|plight|release|safety|treatment|return|issue|question|case|rights|whereabouts)$/;

/** the mention at k ends a topic's "of" phrase: "talks on the fate of two French journalists" */
export function topicOfPhrase(v: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j > v.a && /^(DET|ADJ|NUM)$/.test(v.toks[j].pos)) j--;
  if (v.toks[j]?.lower !== 'of' || !CONCERN_NOUNS.test(v.toks[j - 1]?.lower ?? '')) return false;
  j -= 2;
  while (j > v.a && /^(ADJ|DET)$/.test(v.toks[j].pos)) j--;
  return TOPIC_PREPS.test(v.toks[j]?.lower ?? '');
}

/** gatherings a body's name can stand before ("the APEC summit", "a NATO meeting") */
const GATHERING = /^(summit|summits|meeting|meetings|conference|talks|forum|assembly|session|gathering)$/;

/** an organisation right before a gathering noun the pattern matched: where the act took place, not its target */
export function namesGathering(
  v: SentenceView,
  m: ActorMention,
  consumed: readonly number[] | undefined,
): boolean {
  return (
    m.kind === 'org' && !!consumed?.includes(m.tokenEnd) && GATHERING.test(v.toks[m.tokenEnd]?.lower ?? '')
  );
}

const REFLEXIVE = /^(himself|herself|themselves|itself|myself|ourselves|yourself)$/;

/** the act's object is a reflexive pronoun and nothing is coordinated with it ("killed herself", not "himself and") */
export function selfOnly(toks: Token[], k: number): boolean {
  return REFLEXIVE.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower !== 'and';
}

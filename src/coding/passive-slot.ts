/**
 * A pattern whose only slot is the object right after its verb ("shoot +", "receive +", "back +") in the passive:
 * the object is the passive's subject, right before the verb ("a Palestinian man was shot by Israeli police", "the
 * Houthis are backed by Iran", "Canada, strongly supported by Australia,"). The active reading needs an actor after
 * the verb, which the passive never has.
 */
import type { ActorMention } from '../model/document.js';
import type { CompiledPattern } from '../lexicon/patterns.js';
import { matchPattern, targetFits, type MatchResult, type SentenceView } from './match.js';
import { codable, mentionEndingAt } from './mention-at.js';
import { isPassive } from './passives.js';

/** words of a passive's verb group between its subject and its participle ("has not yet been", "will be") */
const VERB_GROUP =
  /^(is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|shall|not|n't|never|got|get|gets|'s)$/;
const RELATIVE = /^(that|who|which)$/;

/**
 * the mention is another verb's object ("men accused of planning to kill Cuba's Fidel Castro have been pardoned"):
 * a verb before it, past its determiners and a possessor
 */
function verbObject(v: SentenceView, m: ActorMention): boolean {
  let k = m.tokenStart - 1;
  if (k > v.a && /^['’]s?$/.test(v.toks[k].lower)) k = (mentionEndingAt(v, k - 1)?.tokenStart ?? k) - 1;
  while (k > v.a && /^(DET|ADJ|NUM)$/.test(v.toks[k].pos)) k--;
  // (an attributive participle is none: "the three other freed British detainees were released")
  return k >= v.a && v.toks[k].pos === 'VERB' && !/^(DET|ADJ|NUM)$/.test(v.toks[k - 1]?.pos ?? '');
}

/** the pattern is "verb +": nothing but the object slot after its trigger */
function objectOnly(p: CompiledPattern): boolean {
  return p.rest.length === 1 && p.rest[0].kind === 'target';
}

/**
 * the passive's subject and its conjuncts, when the subject ends right before the verb group ("Iran was condemned"),
 * before a relative pronoun ("two Indonesian women that were released"), before an appositive participle's comma
 * ("Canada, strongly supported by") or is modified by an actor ("the Syrian air base was struck", a headline's
 * "Palestinian footballer freed by Israel"); a mention inside a prepositional phrase is none ("a meeting on Palestinian reform is
 * hosted by")
 */
function adjacentSubject(v: SentenceView, i: number): ActorMention[] | null {
  let j = i - 1;
  let group = 0;
  while (j > v.a && (v.toks[j].pos === 'ADV' || VERB_GROUP.test(v.toks[j].lower))) {
    if (v.toks[j].pos !== 'ADV') group++;
    j--;
  }
  if (group === 0 && v.toks[j].text === ',') j--;
  else if (RELATIVE.test(v.toks[j].lower)) j -= v.toks[j - 1]?.text === ',' ? 2 : 1;
  let m = j >= v.a ? mentionEndingAt(v, j) : null;
  // (the head nouns an actor modifies: "the Syrian air base was struck")
  for (let k = j; !m && k > v.a && j - k < 3 && v.toks[k].pos === 'NOUN'; k--) m = mentionEndingAt(v, k - 1);
  if (!m || (m.prep && m.prep !== 'of') || verbObject(v, m)) return null;
  const first = m.kind === 'pronoun' ? v.doc.resolve(m) : m;
  if (!codable(first)) return null;
  const out = [first];
  // "Britain and West Germany, backed by": the conjuncts before it
  for (let k = m.tokenStart - 1, conj = false; k > v.a;) {
    if (/^(and|or)$/.test(v.toks[k].lower)) conj = true;
    else if (!(conj && v.toks[k].text === ',')) break;
    let kk = k - 1;
    if (v.toks[kk]?.text === ',') kk--;
    while (kk > v.a && /^(the|a)$/.test(v.toks[kk].lower)) kk--;
    const prev = mentionEndingAt(v, kk);
    if (!prev || prev.locative || prev.prep || !codable(prev)) break;
    out.unshift(prev);
    k = prev.tokenStart - 1;
  }
  return out;
}

/**
 * the match of an object-only pattern at a passive trigger, its slot filled by the passive's subject (which must be
 * an actor fitting the slot, as the active object must); null when the trigger is no passive or has no such subject
 */
export function passiveSlotMatch(v: SentenceView, p: CompiledPattern, i: number): MatchResult | null {
  if (!objectOnly(p) || !isPassive(v, i)) return null;
  const subject = adjacentSubject(v, i);
  if (!subject || !targetFits(v, p, subject)) return null;
  // the trigger's own words, its part of speech and the words before it, checked as for the active pattern
  const r = matchPattern(v, { ...p, rest: [], required: [] }, i);
  return r && { ...r, pattern: p, targets: subject };
}

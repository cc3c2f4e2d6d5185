/**
 * A pattern whose object slot comes right after its verb ("shoot +", "back +", "accuse + of") in the passive:
 * the object is the passive's subject, right before the verb ("a Palestinian man was shot by Israeli police", "the
 * Houthis are backed by Iran", "Canada, strongly supported by Australia,"). The active reading needs an actor after
 * the verb, which the passive never has.
 */
import type { ActorMention } from '../model/document.js';
import type { CompiledPattern } from '../lexicon/patterns.js';
import { altAt, matchTrigger, matchTail, targetFits, type MatchResult, type SentenceView } from './match.js';
import { codable, mentionEndingAt } from './mention-at.js';
import { actorPhraseAt } from './actor-phrase.js';
import { passiveAgent } from './passive-agents.js';

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

/**
 * the passive's subject and its conjuncts, when the subject ends right before the verb group ("Iran was condemned"),
 * before a relative pronoun ("two Indonesian women that were released"), before an appositive participle's comma
 * ("Canada, strongly supported by") or is modified by an actor ("the Syrian air base was struck", a headline's
 * "Palestinian footballer freed by Israel"); a mention inside a prepositional phrase is none ("a meeting on
 * Palestinian reform is hosted by")
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
 * the match of a pattern whose object slot follows its verb at a passive trigger, the slot filled by the passive's
 * subject (which must be an actor fitting the slot, as the active object must); null when the trigger is no passive
 * or has no such subject
 */
function passiveSlotMatch(v: SentenceView, p: CompiledPattern, i: number): MatchResult | null {
  if (p.rest[0]?.kind !== 'target') return null;
  const subject = adjacentSubject(v, i);
  if (!subject || !targetFits(v, p, subject)) return null;
  const r = matchTrigger(v, p, i);
  if (!r) return null;
  // the rest of the pattern after the verb and its agent ("accuse + of": "Russia was accused by Kyiv of shelling")
  r.agentFrom = r.end;
  if (p.rest.length > 1 && !matchTail(v, p.rest.slice(1), afterAgent(v, r.end), r)) return null;
  r.targets = subject;
  return r;
}

/** the token after a "by" agent right at `from`, else `from` */
function afterAgent(v: SentenceView, from: number): number {
  return v.toks[from]?.lower === 'by' ? (actorPhraseAt(v, from + 1)?.end ?? from) : from;
}

/** the noun right before a passive's verb group ("the deal was signed", "sanctions have been imposed"), or -1 */
function nounBeforeVerbGroup(v: SentenceView, i: number): number {
  let j = i - 1;
  let group = 0;
  while (j > v.a && (v.toks[j].pos === 'ADV' || VERB_GROUP.test(v.toks[j].lower))) {
    if (v.toks[j].pos !== 'ADV') group++;
    j--;
  }
  return group > 0 && v.toks[j].pos === 'NOUN' ? j : -1;
}

/**
 * "The deal was signed by Israel and the UAE", "sanctions were imposed by the EU on Iran", "the Chinese ambassador
 * was summoned by Japan": a pattern whose first word after its verb names the object ("sign * deal", "impose *
 * sanctions on +") in the passive, that word the subject's head noun before the verb group; the rest of the pattern
 * follows the verb, past its "by" agent. Null when the head noun was already another match's word.
 */
function passiveObjectMatch(
  v: SentenceView,
  p: CompiledPattern,
  i: number,
  consumed: ReadonlySet<number>,
): MatchResult | null {
  const w = p.rest[0]?.kind === 'gap' ? 1 : 0;
  const el = p.rest[w];
  if (el?.kind !== 'word') return null;
  const head = nounBeforeVerbGroup(v, i);
  if (head < 0 || consumed.has(head)) return null;
  let start = -1;
  for (const alt of el.alts)
    for (let s = head; start < 0 && s >= Math.max(v.a, head - 3); s--)
      if (altAt(v.toks, s, head + 1, alt) === head + 1 - s) start = s;
  if (start < 0) return null;
  const r = matchTrigger(v, p, i);
  if (!r) return null;
  // (the object's words first: the evidence then runs from them over the verb)
  const verb = r.consumed;
  r.consumed = [];
  for (let x = start; x <= head; x++) r.consumed.push(x);
  for (const x of verb) r.consumed.push(x);
  r.agentFrom = r.end;
  return matchTail(v, p.rest.slice(w + 1), afterAgent(v, r.end), r) ? r : null;
}

/**
 * a pattern read in the passive at trigger i, which must be a passive participle: its object slot or its object's
 * word taken from the passive's subject (either reading above), when a "by" agent follows; else null
 */
export function passiveMatch(
  v: SentenceView,
  p: CompiledPattern,
  i: number,
  consumed: ReadonlySet<number>,
): MatchResult | null {
  const r = passiveSlotMatch(v, p, i) ?? passiveObjectMatch(v, p, i, consumed);
  // (with no "by" agent the reading names no actor and would only hide the words it takes: "three US men accused of
  // torture", "leaders will be asked to agree a new system")
  return r && passiveAgent(v, r.agentFrom) ? r : null;
}

/**
 * The actor noun phrase a pattern slot takes: past determiners, quantities and a possessive pronoun to a mention, a
 * title's person, an owner's person, and the actors coordinated with it ("both NATO and Russia", "Russia, China and
 * Iran"), stopping where a conjunct opens a clause of its own ("struck a Syrian base and Iran condemned").
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './sentence-view.js';
import { timeAdverbialEnd } from './time-words.js';

const NP_SKIP =
  /^(the|a|an|both|its|their|his|her|all|any|every|those|these|several|some|many|other|neighbouring|neighboring|fellow|two|three)$/;

// word tables (hoisted: a regex literal makes a new RegExp object each time it runs)
const THIRD_POSSESSIVE = /^(his|her|its|their)$/;
const NOMINAL_POS = /^(ADJ|NOUN|PROPN|NUM)$/;
const POSSESSIVE_MARK = /^['’]s?$/;
const COMPARATIVE = /^(more|fewer|less)$/;
const SUPERLATIVE = /^(least|most)$/;
const APPROXIMATELY = /^(about|around|nearly|almost|over|some|roughly|approximately)$/;
const ROUND_NUMBERS = /^(dozens|hundreds|thousands|millions|scores|tens)$/;
const CONJUNCTION = /^(and|or|&)$/;

/**
 * "his Chinese counterpart", "their Iranian hosts": a possessive pronoun that determines a noun phrase with
 * its own coded actor is not the actor (it would make "Lavrov met his Chinese counterpart" Lavrov meeting himself)
 */
function possessiveDeterminer(v: SentenceView, j: number): boolean {
  const m = v.mentionAt.get(j);
  if (!m || m.kind !== 'pronoun' || !THIRD_POSSESSIVE.test(v.toks[j].lower)) return false;
  for (let k = j + 1; k < Math.min(v.b, j + 4); k++) {
    const n = v.mentionAt.get(k);
    // "its agricultural industry": a role without a country of its own belongs to the possessor
    if (n) return n.country !== null || n.org !== null;
    if (!NOMINAL_POS.test(v.toks[k].pos)) return false;
  }
  return false;
}

const PLACE_KIND = /^(city|town|village|province|region|district|capital|port|camp)$/;
const POSSESSIVE_PRONOUN = /^(his|her|its|their|our|my|your)$/;

/** nouns that a country's adjective names the state by, not a thing of it */
const STATE_HEADS =
  /^(state|states|government|regime|republic|people|nation|statehood|independence|sovereignty)$/;

/**
 * Is the actor phrase the possessor of a thing rather than the head: "its budget targets", "their needs",
 * "firms' concerns", "children's shows"? (A possessor of another actor, "Russia's foreign minister", is not.)
 */
export function possessorOfThing(v: SentenceView, np: { mentions: ActorMention[]; end: number }): boolean {
  const last = np.mentions[np.mentions.length - 1];
  let k = np.end;
  if (POSSESSIVE_PRONOUN.test(v.toks[last.tokenStart].lower) && last.tokenEnd === last.tokenStart + 1) {
    // the pronoun itself is the determiner
  } else if (k < v.b && POSSESSIVE_MARK.test(v.toks[k].lower)) k++;
  // a name modifying the common noun after it ("failed to recognise a House of Lords ruling", "releasing US
  // diplomatic cables"); not a time ("met Funaro yesterday") nor a state's own noun ("recognize Palestinian state")
  else {
    if (k < v.b && timeAdverbialEnd(v.toks, k, v.b) !== k) return false; // ("met Baker last night")
    // (a place's kind after its region names the place: "the mayor of the northern West Bank city of Nablus")
    if (k < v.b && PLACE_KIND.test(v.toks[k].lower)) return false;
    while (k < np.end + 2 && k < v.b && v.toks[k].pos === 'ADJ' && !v.mentionAt.has(k)) k++;
    return (
      k < v.b &&
      v.toks[k].pos === 'NOUN' &&
      /^\p{Ll}/u.test(v.toks[k].text) &&
      !v.mentionAt.has(k) &&
      !STATE_HEADS.test(v.toks[k].lower) &&
      timeAdverbialEnd(v.toks, k, v.b) === k
    );
  }
  for (; k < v.b; k++) {
    if (v.mentionAt.has(k)) return false;
    const pos = v.toks[k].pos;
    if (pos === 'NOUN') return true;
    if (pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PROPN' && v.toks[k].text !== '-') return false;
  }
  return false;
}

/** the end of a quantity phrase at token i ("more than 1,000", "at least 20", "up to 16", "thousands of"), or i */
function quantityEnd(v: SentenceView, i: number): number {
  const w = (k: number) => (k < v.b ? v.toks[k].lower : '');
  let j = i;
  if (COMPARATIVE.test(w(j)) && w(j + 1) === 'than') j += 2;
  else if ((w(j) === 'at' && SUPERLATIVE.test(w(j + 1))) || (w(j) === 'up' && w(j + 1) === 'to')) j += 2;
  else if (APPROXIMATELY.test(w(j))) j += 1;
  if (j > i) return j < v.b && v.toks[j].pos === 'NUM' ? j + 1 : i;
  // "thousands of", "dozens of", "hundreds of thousands of"
  while (ROUND_NUMBERS.test(w(j)) && w(j + 1) === 'of') j += 2;
  return j;
}

/** an actor NP at token i: skip determiners/adjectives, take a mention and coordinated mentions */
/** an unknown people's adjective the tagger read as a name, before a role noun ("struck Kurdish militants") */
function peopleAdjective(v: SentenceView, j: number): boolean {
  return (
    v.toks[j].pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}+(ish|ian|an|ese|i)$/u.test(v.toks[j].text) &&
    v.mentionAt.get(j + 1)?.kind === 'role'
  );
}

export function actorPhraseAt(v: SentenceView, i: number): { mentions: ActorMention[]; end: number } | null {
  let j = v.mentionAt.has(i) ? i : quantityEnd(v, i);
  let skipped = 0;
  while (
    j < v.b &&
    skipped < 3 &&
    (!v.mentionAt.has(j) || possessiveDeterminer(v, j)) &&
    (NP_SKIP.test(v.toks[j].lower) ||
      v.toks[j].pos === 'ADJ' ||
      v.toks[j].pos === 'NUM' ||
      peopleAdjective(v, j))
  ) {
    j++;
    skipped++;
  }
  let m = v.mentionAt.get(j);
  if (m?.modifier) m = headAfterModifier(v, m);
  if (!m) return null;
  // "ordered former president Carlos Menem to appear": a title of no country is the named person's
  const named = m.country || m.org ? undefined : v.mentionAt.get(m.tokenEnd);
  if (named?.kind === 'person') m = named;
  // "met Russia's Vladimir Putin", "threatened Ukraine's President Zelensky": the person is the phrase's head
  const owned =
    m.kind === 'country' && POSSESSIVE_MARK.test(v.toks[m.tokenEnd]?.lower ?? '')
      ? v.mentionAt.get(m.tokenEnd + 1)
      : undefined;
  if (owned?.kind === 'person' && (owned.country === m.country || owned.country === null)) m = owned;
  const mentions = [m];
  let end = m.tokenEnd;
  for (;;) {
    // "A and B", "A, B and C", "A or B"; a bare comma continues only inside such a list
    let k = end;
    let comma = false;
    if (k < v.b && v.toks[k].text === ',') {
      k++;
      comma = true;
    }
    const conj = k < v.b && CONJUNCTION.test(v.toks[k].lower);
    if (conj) k++;
    if (!conj && !comma) break;
    while (k < v.b && NP_SKIP.test(v.toks[k].lower)) k++;
    const n = v.mentionAt.get(k);
    if (!n || n.kind === 'pronoun') break;
    // a bare comma joins a list only when the list closes with a conjunction ("Russia, China and Iran");
    // "the Chinese leader, Xi Jinping, in Moscow" is one actor named twice (an apposition)
    if (!conj && !listClosesAt(v, n.tokenEnd)) break;
    // "struck a Syrian base and Iran condemned the attack": a conjunct with a finite verb after it opens a clause
    if (conj && finiteVerbAt(v, n.tokenEnd, n)) break;
    mentions.push(n);
    end = n.tokenEnd;
  }
  return { mentions, end };
}

/**
 * "aid the U.S.-backed contra rebels": a country inside a compound word modifies the phrase's head, which is the
 * actor (a mention within a few words of modifiers), or there is none
 */
function headAfterModifier(v: SentenceView, m: ActorMention): ActorMention | undefined {
  for (let k = m.tokenEnd; k < Math.min(v.b, m.tokenEnd + 7); k++) {
    const n = v.mentionAt.get(k);
    if (n) return n.modifier ? undefined : n;
    const t = v.toks[k];
    if (t.text !== '-' && !QUOTE_MARK.test(t.text) && !MODIFIER_POS.test(t.pos)) return undefined;
  }
  return undefined;
}

const MODIFIER_POS = /^(ADJ|VERB|NOUN|PROPN)$/;
const QUOTE_MARK = /^["“”‘’']$/;

/** auxiliaries that agree with one subject, and with a plural one */
const SINGULAR_AUX = /^(is|was|has|had|will|would|could|should|can|may|might|must)$/;
const PLURAL_AUX = /^(are|were|have)$/;
const PLURAL_PRONOUN = /^(we|they)$/;

/**
 * token k (past an adverb) is an inflected verb (past or -s) or an auxiliary that agrees with the mention `n` before
 * it alone: a clause's verb with `n` as its whole subject, not a participle in a noun phrase ("news that the Gates
 * Foundation and Norway are joining" has one subject of two; "and U.S. officials have said" opens a clause)
 */
export function finiteVerbAt(v: SentenceView, k: number, n: ActorMention): boolean {
  if (v.toks[k]?.pos === 'ADV') k++;
  const t = v.toks[k];
  if (!t || k >= v.b) return false;
  if (t.pos === 'AUX') {
    if (SINGULAR_AUX.test(t.lower)) return true;
    const last = v.toks[n.tokenEnd - 1];
    const plural = PLURAL_PRONOUN.test(last.lower) || (last.pos === 'NOUN' && last.lower.endsWith('s'));
    return PLURAL_AUX.test(t.lower) && plural;
  }
  return t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing');
}

/** "and Iran condemned": a conjunction at j opens a clause with an actor subject and a finite verb */
export function newClauseAt(v: SentenceView, j: number): boolean {
  if (!/^(and|but)$/.test(v.toks[j]?.lower ?? '')) return false;
  let k = j + 1;
  while (k < v.b && NP_SKIP.test(v.toks[k].lower)) k++;
  const n = v.mentionAt.get(k);
  return !!n && finiteVerbAt(v, n.tokenEnd, n);
}

/** after a list item ending at k: more ", X" items, then "and"/"or" and a last mention */
function listClosesAt(v: SentenceView, k: number): boolean {
  for (let guard = 0; guard < 12 && k < v.b; guard++) {
    let j = k;
    if (v.toks[j].text === ',') j++;
    if (j < v.b && CONJUNCTION.test(v.toks[j].lower)) return true;
    if (j === k) return false; // neither a comma nor a conjunction: the list ended without one
    while (j < v.b && NP_SKIP.test(v.toks[j].lower)) j++;
    const n = v.mentionAt.get(j);
    if (!n || n.kind === 'pronoun') return false;
    k = n.tokenEnd;
  }
  return false;
}

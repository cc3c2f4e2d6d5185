/**
 * Relative and participle clauses around a trigger's subject: "a resolution that aims to", "the rebels who
 * fought Assad captured", "militants holding three UN workers hostage demanded" — an actor inside such a clause is
 * no subject of the verb after it.
 */
import type { SentenceView } from './match.js';
import type { ActorMention, Doc } from '../model/document.js';
import { codable, mentionEndingAt } from './mention-at.js';

export const RELATIVE = /^(that|which)$/;

/** token k is a common noun that ends no actor mention */
export function isThingNoun(v: SentenceView, k: number, lo: number): boolean {
  if (k < lo || (v.toks[k].pos !== 'NOUN' && !gerundNoun(v, k))) return false;
  // ("an Indonesian passenger plane that crashed": a thing its country's adjective modifies)
  const m = mentionEndingAt(v, k);
  return !m || (!m.agentive && m.role === null);
}

/** an -ing verb used as a noun after a conjunction, "of" or an article ("explosions and shooting that killed") */
function gerundNoun(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return (
    t.pos === 'VERB' && t.lower.endsWith('ing') && /^(and|or|of|the|a)$/.test(v.toks[k - 1]?.lower ?? '')
  );
}

/**
 * token k is inside a relative clause "HEAD that|which|who VERB ..." (a few modifiers and the clause's verb before
 * it): the index of the relative pronoun, else -1
 */
export function relativeBefore(v: SentenceView, k: number, lo: number): number {
  let verb = false;
  let modifiersOnly = true;
  for (let j = k - 1; j > lo && k - j <= 12; j--) {
    const t = v.toks[j];
    if (/^(that|which|who)$/.test(t.lower)) return verb ? j : -1;
    // a participle clause on the noun before it, the actor its object: "militants holding three UN workers hostage
    // demanded", "Russian jets pounding Aleppo killed"
    if (modifiersOnly && t.pos === 'VERB' && /ing$/.test(t.lower) && /^(NOUN|PROPN)$/.test(v.toks[j - 1].pos))
      return j;
    // ... and with an infinitive: "militants claiming to hold three UN workers met"
    if (modifiersOnly && t.pos === 'VERB' && v.toks[j - 1]?.lower === 'to' && j - 3 >= lo) {
      const ing = v.toks[j - 2];
      if (ing.pos === 'VERB' && /ing$/.test(ing.lower) && /^(NOUN|PROPN)$/.test(v.toks[j - 3].pos))
        return j - 2;
    }
    if (!/^(DET|ADJ|NUM)$/.test(t.pos)) modifiersOnly = false;
    // "the problems that remain when it talks", "violence which erupted after France destroyed": another clause
    if (/^(when|where|while|if|as|because|after|before|since|until|unless)$/.test(t.lower)) return -1;
    if (t.pos === 'VERB') verb = true;
    else if (!/^(DET|ADJ|ADV|NOUN|PROPN|ADP|AUX|NUM|PART)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** the relative pronoun at j follows "NOUN of <actor>" whose noun is no actor: the clause is on that thing */
export function ofThingBefore(v: SentenceView, j: number, lo: number): boolean {
  const m = mentionEndingAt(v, j - 1);
  if (!m) return false;
  const k = m.tokenStart - 1;
  return k > lo && v.toks[k].lower === 'of' && isThingNoun(v, k - 1, lo);
}

/**
 * the relative pronoun at j follows a place ("the attack on a UN school in Gaza that killed 20"): the clause is on
 * the phrase the place ends, never the place itself (a capital may act: "talks in Moscow that condemned")
 */
export function placeBefore(v: SentenceView, j: number): boolean {
  const m = mentionEndingAt(v, j - 1);
  return !!m && m.locative && !m.capital && /^(in|at|near|outside|inside)$/.test(m.prep ?? '');
}

/**
 * "which" at j after a comma and a name that is no actor ("the Baker Plan, which called for", "the Nile Basin
 * Initiative, which urged"): the clause is on that thing; an actor further back is no subject of its verb
 */
export function whichAfterThingName(v: SentenceView, j: number, lo: number): boolean {
  if (v.toks[j].lower !== 'which' || v.toks[j - 1]?.text !== ',') return false;
  const k = j - 2;
  if (k < lo) return false;
  if (isThingNoun(v, k, lo)) return true;
  return v.toks[k].pos === 'PROPN' && !mentionEndingAt(v, k);
}

/** the relative pronoun at j opens a clause on a thing, a place or a thing "of" an actor (see above) */
export function relativeOnThing(v: SentenceView, j: number, lo: number): boolean {
  return (
    isThingNoun(v, j - 1, lo) || ofThingBefore(v, j, lo) || placeBefore(v, j) || whichAfterThingName(v, j, lo)
  );
}

/**
 * "a man who they say murdered eight teenagers": the mention m, right after a relative word and right before a verb of
 * saying or believing and then (past auxiliaries) the trigger, is the one who says it, not the trigger's subject — the
 * relative's head is. The relative word's index, else -1.
 */
export function sayerInRelative(
  v: SentenceView,
  m: ActorMention,
  trigger: number,
  speech: ReadonlySet<string>,
): number {
  const rel = m.tokenStart - 1;
  if (rel <= v.a || !RELATIVE_WORD.test(v.toks[rel].lower)) return -1;
  const say = v.toks[m.tokenEnd];
  if (!say || say.pos !== 'VERB' || !(speech.has(say.lemma) || BELIEVE.test(say.lemma))) return -1;
  let k = m.tokenEnd + 1;
  while (k < trigger && v.toks[k].pos === 'AUX') k++;
  return k === trigger ? rel : -1;
}

/** the relative's head when it is a codable actor (see sayerInRelative) */
export function codableHeadBefore(v: SentenceView, rel: number): ActorMention[] | null {
  const head = mentionEndingAt(v, rel - 1);
  return head && codable(head) ? [head] : null;
}

const BELIEVE = /^(believe|think|suspect|allege)$/;
const RELATIVE_WORD = /^(who|that|which)$/;

/**
 * "Hungary, which he visited last year", "Kidal, which the army attacked in May": a verb whose clause opens with
 * "which"/"whom" and its subject (an actor or a pronoun, auxiliaries and adverbs after it) has the relative's head as
 * its object; that head when it is a codable actor, else null
 */
export function objectRelativeHead(
  doc: Doc,
  v: SentenceView,
  trigger: number,
  lo: number,
): ActorMention | null {
  if (v.toks[trigger].pos !== 'VERB') return null;
  let k = trigger - 1;
  while (k > lo && /^(AUX|ADV|PART)$/.test(v.toks[k].pos)) k--;
  const subject = mentionEndingAt(v, k);
  if (!subject) return null;
  let rel = subject.tokenStart - 1;
  if (rel > lo && v.toks[rel].pos === 'DET') rel--;
  if (rel - 1 < lo || !/^(which|whom)$/.test(v.toks[rel].lower)) return null;
  const head = mentionEndingAt(v, v.toks[rel - 1].text === ',' ? rel - 2 : rel - 1);
  // (a town or capital after a preposition ends a clause the "which" may take whole: "business could drift to London,
  // which the Bundesbank opposes")
  if (!head || head === subject || (head.prep && (head.place === true || head.capital === true))) return null;
  const r = head.kind === 'pronoun' ? doc.resolve(head) : head;
  return codable(r) ? r : null;
}

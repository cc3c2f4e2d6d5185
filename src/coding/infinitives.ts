/**
 * Infinitives in the modality reading: the "to" before a trigger (one adverb or scare quote between), and the
 * infinitives that say what is to come rather than what was done: a headline's "X to <verb>" and the purpose of an
 * indefinite noun ("a police unit to target gangs"); the verb that governs a trigger through its "to" (across
 * adverbs or a prepositional phrase), a forbidding verb before an object's "to", the verb a "by" gerund is the
 * means of, and the cue phrases that end right before a trigger (`phraseBefore`).
 */
import type { Token } from '../model/document.js';

/** an opening quote mark (straight or curly, single or double) */
export const QUOTE_MARK = /^["'“‘]$/;

/**
 * the verb that governs the trigger through "to", one adverb allowed between ("refused to formally recognise"),
 * or undefined
 */
export function verbBeforeTo(toks: Token[], sentStart: number, trigger: number): Token | undefined {
  const to = toBefore(toks, sentStart, trigger);
  return to < 0 ? undefined : toks[to - 1];
}

/**
 * the index of the "to" right before token `i`, one adverb and an opening scare quote allowed between ("wants to
 * 'temporarily suspend'"), with a word before it; else -1
 */
export function toBefore(toks: Token[], sentStart: number, i: number): number {
  let to = i - 1;
  if (to > sentStart && toks[to].pos === 'ADV') to--;
  if (to > sentStart && QUOTE_MARK.test(toks[to].text)) to--;
  if (to - 1 >= sentStart && toks[to].lower === 'to') return to;
  // "to come and engage in a dialogue": the second of two coordinated infinitives
  if (
    i - 3 >= sentStart &&
    toks[i - 1].lower === 'and' &&
    toks[i - 2].pos === 'VERB' &&
    toks[i - 3].lower === 'to'
  )
    return i - 3;
  return -1;
}

/** adjectives and participles of a reduced relative before an infinitive ("Arab states due to meet", "leaders set to
 * attend", "troops ready to fight") */
const READINESS =
  /^(due|set|scheduled|slated|expected|poised|ready|likely|unlikely|able|unable|willing|unwilling|eager|keen|about)$/;

/**
 * "ostracism by Arab states due to meet at a summit": a noun right before "due|set|ready ... to <trigger>" is the
 * infinitive's subject, whatever preposition governs it; its index, else -1 (a comma between leaves the subject to
 * the clause: "Egypt and Jordan, due to meet")
 */
export function readinessSubject(toks: Token[], sentStart: number, trigger: number): number {
  const to = toBefore(toks, sentStart, trigger);
  if (to - 2 < sentStart || !READINESS.test(toks[to - 1].lower)) return -1;
  const noun = toks[to - 2];
  return noun.pos === 'NOUN' || noun.pos === 'PROPN' ? to - 2 : -1;
}

/** gatherings whose purpose they carry out themselves ("a march to demand a better deal", "a vigil to express sympathy") */
const GATHERING =
  /^(march|marches|rally|rallies|vigil|vigils|protest|protests|demonstration|demonstrations|tour|alliance|sit-in|strike|meeting|gathering|ceremony|conference|statement|speech|letter)$/;
const NOUN_PHRASE_POS = /^(NOUN|ADJ|NUM|PROPN)$/;
const ORDINAL_OR_SUPERLATIVE = /^(first|last|only|second|third|next|latest)$|[a-z]est$/;

/**
 * "a specialist police unit to target gangs", "a new force to fight piracy": an infinitive after a noun says what the
 * noun is for, not what was done; "the first leader to visit Kyiv" (an ordinal or superlative before the noun) did it
 */
export function nounInfinitive(toks: Token[], sentStart: number, trigger: number): boolean {
  const to = toBefore(toks, sentStart, trigger);
  if (to < 0 || toks[to - 1].pos !== 'NOUN' || GATHERING.test(toks[to - 1].lower)) return false;
  for (let k = to - 1; k >= sentStart && to - k <= 5; k--) {
    const t = toks[k];
    if (ORDINAL_OR_SUPERLATIVE.test(t.lower)) return false;
    if (t.pos === 'DET') return t.lower === 'a' || t.lower === 'an';
    if (!NOUN_PHRASE_POS.test(t.pos)) return false;
  }
  return false;
}

/**
 * A headline's "X to <verb>" is what X will do ("Japan to launch spy satellite", "EU to impose sanctions on Iran"):
 * a name subject opening the sentence, then "to" and the trigger, with no finite verb before it.
 */
export function headlineInfinitive(toks: Token[], sentStart: number, trigger: number): boolean {
  // (a passive infinitive too: "Taiwan to be granted fishing rights")
  const passiveTo = toks[trigger - 1]?.lower === 'be' && toks[trigger - 2]?.lower === 'to' ? trigger - 2 : -1;
  const to = passiveTo > sentStart ? passiveTo : toBefore(toks, sentStart, trigger);
  // (a name or a noun right before it: "UK to withdraw", "Football team to visit")
  if (to < 0 || (toks[to - 1].pos !== 'PROPN' && toks[to - 1].pos !== 'NOUN')) return false;
  // (only a noun phrase before it: names, nouns, a possessive, prepositions, adjectives but no -ed form: "The US
  // pressured Israel to withdraw" has a verb the tagger read as an adjective)
  for (let k = sentStart; k < to; k++) {
    const t = toks[k];
    if (
      !/^(PROPN|NOUN|DET|PART|NUM|ADP|CCONJ)$/.test(t.pos) &&
      !(t.pos === 'ADJ' && !/^[a-z]+ed$/.test(t.text))
    )
      return false;
  }
  return true;
}

/** what may stand between two coordinated infinitives: the first one's object and the conjunction */
const CHAIN_BETWEEN = /^(NOUN|PROPN|ADJ|NUM|DET|ADP|PART|CCONJ|PRON|PUNCT)$/;
const CHAIN_STOP =
  /^(that|which|who|whom|because|after|before|since|when|while|although|though|whereas|unless|if|;|:|—|–)$/;

/**
 * The first of coordinated infinitives the trigger belongs to ("vowed to seize Kharkiv, to attack Kyiv and (to) punish
 * Ukraine": "seize" for "attack" and "punish"), so the cue before the first one ("vowed to") reads the whole chain;
 * the trigger itself when it is no later conjunct. The trigger is a later conjunct when "to" or "and|or" stands right
 * before it (a bare verb after "and" in its base form), and an infinitive's verb lies back across nothing but its
 * object and the conjunction.
 */
export function infinitiveChainHead(toks: Token[], sentStart: number, trigger: number): number {
  let head = trigger;
  for (let guard = 0; guard < 4; guard++) {
    const t = toks[head];
    const to = toBefore(toks, sentStart, head);
    let k: number;
    if (to >= 0 && to !== head - 3) k = to - 1;
    else if (head - 1 > sentStart && /^(and|or)$/.test(toks[head - 1].lower) && t.lower === t.lemma)
      k = head - 1;
    else if (to === head - 3)
      return to + 1; // "to come and engage": the first is right there
    else return head;
    // the conjunction (or a comma) must stand right before the later infinitive
    if (!/^(and|or|,)$/.test(toks[k]?.lower ?? '')) return head;
    let found = -1;
    for (let j = k - 1; j > sentStart && k - j <= 10; j--) {
      const w = toks[j];
      if (CHAIN_STOP.test(w.lower)) break;
      if (w.pos === 'VERB' && w.lower === w.lemma && toBefore(toks, sentStart, j) >= 0) {
        found = j;
        break;
      }
      if (!CHAIN_BETWEEN.test(w.pos) || (w.pos === 'PUNCT' && w.text !== ',')) break;
    }
    if (found < 0) return head;
    head = found;
  }
  return head;
}

/**
 * "the reluctance of the EU to impose", "the decision of Israel to build": the noun before an "of" phrase that
 * ends right at the "to" before token `i` (the phrase holds at most four words); undefined when there is none
 */
export function nounBeforeOfPhrase(toks: Token[], sentStart: number, i: number): Token | undefined {
  const to = toBefore(toks, sentStart, i);
  if (to < 0) return undefined;
  for (let k = to - 1; k > sentStart && to - k <= 5; k--) {
    if (toks[k].lower === 'of') return toks[k - 1]?.pos === 'NOUN' ? toks[k - 1] : undefined;
    if (
      !/^(DET|PROPN|NOUN|ADJ)$/.test(toks[k].pos) &&
      !/^(['’]s?|his|her|its|their|our)$/.test(toks[k].lower)
    )
      return undefined;
  }
  return undefined;
}

/** the index of a verb right before one or two adverbs before token `to` ("wants very much | to", "agreed
 * reluctantly | to"), else -1 */
export function verbBeforeAdverbs(toks: Token[], sentStart: number, to: number): number {
  let k = to - 1;
  while (k > sentStart && to - k <= 2 && (toks[k].pos === 'ADV' || toks[k].lower === 'much')) k--;
  return k < to - 1 && toks[k].pos === 'VERB' ? k : -1;
}

/** the index of a verb right before a prepositional phrase that ends right before token `to` ("agreed at the
 * summit | to"), else -1 */
export function verbBeforePrepPhrase(toks: Token[], sentStart: number, to: number): number {
  let k = to - 1;
  while (k > sentStart && to - k <= 5 && /^(NOUN|PROPN|ADJ|NUM|DET)$/.test(toks[k].pos)) k--;
  if (k === to - 1 || toks[k].pos !== 'ADP' || toks[k].lower === 'of') return -1;
  return toks[k - 1]?.pos === 'VERB' && k - 1 >= sentStart ? k - 1 : -1;
}

/** words that end the scan back from a "by" gerund to the verb it is the means of */
const MEANS_STOP = /^(,|;|:|and|but|that|which|who|because|after|before|since|when|while)$/;

/**
 * "would respond to any future Iranian challenges by hitting its naval base": a gerund after "by" is the means of
 * the verb before it (its object and phrases between, up to ten words), and shares that verb's modality; the
 * verb's index, or `trigger` when there is none
 */
export function meansGerundHead(toks: Token[], sentStart: number, trigger: number): number {
  const t = toks[trigger];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || toks[trigger - 1]?.lower !== 'by') return trigger;
  for (let j = trigger - 2; j > sentStart && trigger - j <= 12; j--) {
    const w = toks[j];
    if (MEANS_STOP.test(w.lower)) break;
    if (w.pos === 'VERB' && !w.lower.endsWith('ing')) return j;
  }
  return trigger;
}

const OBJECT_WORD = /^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/;

/**
 * "prohibits the government to sign or ratify": a forbidding verb (`forbid`, lemmas) before an object and the "to" of
 * the trigger; the act is not done
 */
export function forbiddenAct(
  toks: Token[],
  sentStart: number,
  trigger: number,
  forbid: Set<string>,
): boolean {
  const to = toBefore(toks, sentStart, trigger);
  if (to < 0) return false;
  let k = to - 1;
  while (k > sentStart && to - k <= 5 && OBJECT_WORD.test(toks[k].pos)) k--;
  return k < to - 1 && toks[k].pos === 'VERB' && forbid.has(toks[k].lemma);
}

/** the phrase `ph` ends right before the trigger, or one adverb before it ("pledged to swiftly end") */
export function phraseBefore(
  toks: Token[],
  sentStart: number,
  trigger: number,
  ph: readonly string[],
): boolean {
  // an adverb and an opening scare quote may stand between ("wants to 'temporarily suspend'"), and the "be" of a
  // passive infinitive ("is expected to be opposed")
  let end = trigger;
  for (let skips = 0; ; skips++) {
    const k = end - ph.length;
    if (k >= sentStart && ph.every((w, x) => toks[k + x].lower === w)) return true;
    if (skips === 2 || end - 1 <= sentStart) return false;
    const prev = toks[end - 1];
    if (!(prev.pos === 'ADV' || QUOTE_MARK.test(prev.text) || (prev.lower === 'be' && end === trigger)))
      return false;
    end--;
  }
}

/**
 * "time for the London mayor to say sorry", "a demand for Turkey to recognise Cyprus", "the only way out is for
 * Washington to join forces": an infinitive with its own subject after "for" is not asserted. The index of "for",
 * else -1.
 */
export function forSubjectInfinitive(toks: Token[], sentStart: number, trigger: number): number {
  const to = toBefore(toks, sentStart, trigger);
  if (to < 0) return -1;
  for (let k = to - 1; k > sentStart && to - k <= 6; k--) {
    const t = toks[k];
    if (t.lower === 'for') return k < to - 1 && !destinationFor(toks, k) ? k : -1;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !/^(['’]s?|-|\.)$/.test(t.text)) return -1;
  }
  return -1;
}

/** words that end the scan back from a purpose infinitive to its verb */
const PURPOSE_STOP =
  /^(,|;|:|and|but|or|that|which|who|whom|because|after|before|since|when|while|if|unless)$/;
const PURPOSE_BETWEEN = /^(DET|ADJ|NOUN|PROPN|NUM|PRON|PART|ADP|ADV)$/;

/**
 * "planning to buy weapons to attack Iraqi forces", "would leave for Washington in three weeks to complete
 * negotiations": an infinitive after a verb's object or phrases is that verb's purpose, and is no more done than the
 * verb is; the verb's index (its object and phrases between, up to ten words), or `trigger` when there is none. A
 * noun of intent with an infinitive of its own ("an offer to sell", `ownNouns`), an owner ("the Administration's
 * decision to charge") or a "no" between ("changed no minds in a meeting to seek support") keep it from the verb.
 */
export function purposeHead(
  toks: Token[],
  sentStart: number,
  trigger: number,
  ownNouns: ReadonlySet<string>,
): number {
  const t = toks[trigger];
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return trigger;
  const to = toBefore(toks, sentStart, trigger);
  if (to < 0 || to === trigger - 3) return trigger;
  const noun = toks[to - 1];
  if (noun.pos === 'NOUN' && ownNouns.has(noun.lower)) return trigger;
  for (let j = to - 2; j > sentStart && to - j <= 11; j--) {
    const w = toks[j];
    if (PURPOSE_STOP.test(w.lower) || /^(no|['’]s?)$/.test(w.lower)) break;
    if (w.pos === 'VERB') return j;
    if (!PURPOSE_BETWEEN.test(w.pos)) break;
  }
  return trigger;
}

/** verbs after which "for" names a destination ("left for Washington to meet the IMF"), not an infinitive's
 * subject ("paid for the pope to visit") */
const DESTINATION_VERB = /^(leave|depart|head|sail|fly|set|bound|embark|board|take)$/;

/** the "for" at `forAt` follows a verb of leaving: a destination */
export function destinationFor(toks: Token[], forAt: number): boolean {
  // ("set off for", "set out for")
  const v = /^(off|out)$/.test(toks[forAt - 1]?.lower ?? '') ? toks[forAt - 2] : toks[forAt - 1];
  return v !== undefined && (v.pos === 'VERB' || v.pos === 'ADJ') && DESTINATION_VERB.test(v.lemma);
}

/** the index of the last `word` among the `span` tokens before token `i`, else -1 */
export function lastWordBefore(toks: Token[], i: number, word: string, span: number): number {
  for (let k = i - 1; k >= 0 && i - k <= span; k--) if (toks[k].lower === word) return k;
  return -1;
}

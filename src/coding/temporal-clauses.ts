/**
 * A time clause of a main clause that is still to come: "Abe will explain the plan when he visits the U.S.", "Once
 * the troops arrive, NATO will start the exercise". English puts the clause's verb in the present; the act it names
 * is as future as the main clause's.
 */
import type { Token } from '../model/document.js';

/** subordinators of time whose clause takes the present for the future */
const TIME_SUBORDINATOR = /^(when|whenever|once|until|till|after|before)$/;
/** what may stand between the subordinator and its clause's verb: the subject, auxiliaries and adverbs */
const CLAUSE_SUBJECT = /^(DET|ADJ|NOUN|PROPN|PRON|NUM|ADV|AUX|PART)$/;

/** a verb in its base or third-person present form ("gain", "gains"), not a past one ("gained", "took") */
export function presentForm(t: { lower: string; lemma: string }): boolean {
  return t.lower === t.lemma || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
}

/**
 * the trigger is the present-tense verb of a time clause ("when he visits") whose main clause, before the clause or
 * after the comma that closes a fronted one, has a future word (`futureAt`: "will", "plans to"); a negation
 * inside the clause (`negation`) keeps it out ("until Ukraine does not ..."), one in the main clause does not reach it;
 * a noun trigger is read in its time phrase instead ("during his visit")
 */
export function futureTimeClause(
  toks: Token[],
  sentStart: number,
  trigger: number,
  futureAt: (j: number) => boolean,
  negation: ReadonlySet<string>,
): boolean {
  const t = toks[trigger];
  if (t.pos === 'NOUN') return futureTimePhrase(toks, sentStart, trigger, futureAt);
  if (t.pos !== 'VERB' || !presentForm(t)) return false;
  let sub = -1;
  for (let j = trigger - 1; j >= sentStart && trigger - j <= 8; j--) {
    if (TIME_SUBORDINATOR.test(toks[j].lower)) {
      sub = j;
      break;
    }
    if (!CLAUSE_SUBJECT.test(toks[j].pos)) return false;
  }
  if (sub < 0 || sub === trigger - 1) return false;
  for (let j = sub + 1; j < trigger; j++) if (negation.has(toks[j].lower)) return false;
  const sentence = t.sentence;
  if (sub > sentStart) {
    // the main clause before it: "will explain the plan ... when he visits"
    for (let j = sub - 1; j >= sentStart; j--) {
      const w = toks[j];
      if (w.text === ';' || w.text === ':') return false;
      if (futureAt(j)) return true;
    }
    return false;
  }
  // a fronted clause: the main clause after its comma
  let k = trigger + 1;
  while (k < toks.length && toks[k].sentence === sentence && toks[k].text !== ',') k++;
  for (let j = k + 1; j < toks.length && toks[j].sentence === sentence && j - k <= 6; j++)
    if (futureAt(j)) return true;
  return false;
}

/** prepositions of time before a noun act ("during his visit", "at the summit", "after the talks") */
const TIME_PREPOSITION = /^(during|at|after|before|on)$/;
const NOUN_PHRASE_START = /^(DET|PRON|ADJ|NUM)$/;

/**
 * a noun act in a time phrase ("Nakasone will explain the measures during his visit to Washington") of a main clause
 * with a future word before it: as future as that clause
 */
function futureTimePhrase(
  toks: Token[],
  sentStart: number,
  trigger: number,
  futureAt: (j: number) => boolean,
): boolean {
  let j = trigger - 1;
  while (j > sentStart && trigger - j <= 3 && NOUN_PHRASE_START.test(toks[j].pos)) j--;
  if (j === trigger - 1 || j <= sentStart || !TIME_PREPOSITION.test(toks[j].lower)) return false;
  for (let k = j - 1; k >= sentStart; k--) {
    if (toks[k].text === ';' || toks[k].text === ':' || toks[k].text === ',') return false;
    if (futureAt(k)) return true;
  }
  return false;
}

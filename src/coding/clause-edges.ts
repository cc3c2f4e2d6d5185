/**
 * Edges of the clause a trigger is in, for the source and target searches: a closing attribution (", state media
 * reported"), and a subordinate clause ("a day after the international community imposed ...") whose actors are no
 * party to the main clause's act, and whose subject is never the main clause's.
 */
import type { SentenceView } from './match.js';

/** verbs of a closing attribution clause (", Syrian state media reported") */
const ATTRIBUTION = /^(say|said|report|tell|told|add|state|announce|claim|confirm|quote|cite|write)$/;

/** the NP [i, end) is the subject of a closing attribution clause: ", X said/reported" */
export function attributionSubject(v: SentenceView, i: number, end: number): boolean {
  // (past its determiner and modifiers: ", the Russian defence minister said")
  let k = i - 1;
  while (k > v.a && i - k <= 3 && /^(DET|ADJ|NUM)$/.test(v.toks[k].pos)) k--;
  if (k < v.a || v.toks[k].text !== ',' || end >= v.b) return false;
  const t = v.toks[end];
  return t.pos === 'VERB' && ATTRIBUTION.test(t.lemma);
}

const SUBORDINATORS =
  /^(after|before|since|because|although|though|while|whilst|whereas|until|unless|when|once)$/;
// "as" too, with a stricter test (subordinateVerb)

/**
 * a subordinate clause opens at j ("resigned Friday, a day after the U.S. government sanctioned ..."): a
 * subordinator, a subject, and before any comma a finite verb; its actors are no party to the main clause's act
 */
export function subordinateClauseAt(v: SentenceView, j: number): boolean {
  return subordinateVerb(v, j) >= 0;
}

/** the finite verb of the subordinate clause opening at j, else -1 */
export function subordinateVerb(v: SentenceView, j: number): number {
  const as = v.toks[j].lower === 'as' && !/^(such|well|so|just|same)$/.test(v.toks[j - 1]?.lower ?? '');
  if (!as && !SUBORDINATORS.test(v.toks[j].lower)) return -1;
  // a new subject follows; "after having completed", "after rejecting", "when to pull" share the main subject
  const next = v.toks[j + 1];
  if (!next || !/^(DET|PROPN|NOUN|PRON|ADJ|NUM)$/.test(next.pos)) return -1;
  if (as && !/^(DET|PROPN|PRON)$/.test(next.pos)) return -1; // "branded as protectionist", "as thousands ..."
  for (let k = j + 1; k < Math.min(v.b, j + 8); k++) {
    const w = v.toks[k];
    if (w.text === ',' || w.text === ';') return -1;
    // "as the African Union said": "as" opens a clause only with its own subject and verb ("acted as a go-between
    // for talks that began" does not)
    if (as && /^(that|which|who|for|of|to|between|in|on|with)$/.test(w.lower)) return -1;
    if (w.pos === 'VERB' && !/ing$/.test(w.lower)) return k;
  }
  return -1;
}

const TIME_MEASURE =
  /^(just|only|shortly|soon|immediately|long|a|an|one|two|three|few|several|minutes|hours|days|weeks|months|years|moments|minute|hour|day|week|month|year)$/;

/**
 * The comma that closes a subordinate clause opening the sentence ("As North Korea threatens, Thailand's ambassador
 * ..."), else -1
 */
export function frontedClauseEnd(v: SentenceView, start = v.a): number {
  // (after a measure of time: "Days after Japan imposed sanctions, China ...", "Shortly before ...")
  // (or an opening quotation mark: '"Whilst it is good that Labour has rejected ..., the jury is still out')
  let a = start;
  if (/^["“‘']$/.test(v.toks[a]?.text ?? '')) a++;
  while (a < Math.min(v.b, start + 4) && TIME_MEASURE.test(v.toks[a].lower)) a++;
  if (subordinateVerb(v, a) < 0) return -1;
  for (let k = a + 1; k < v.b; k++) if (v.toks[k].text === ',') return k;
  return -1;
}

/** verb k heads the trigger's own clause: it is the trigger or a few words before it with no new clause between */
export function clauseVerbOf(v: SentenceView, k: number, trigger: number): boolean {
  if (k < 0 || k > trigger || trigger - k > 4) return false;
  for (let i = k + 1; i < trigger; i++) if (/^(and|but|or|,|;)$/.test(v.toks[i].lower)) return false;
  return true;
}

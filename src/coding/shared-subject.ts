/**
 * Verbs whose subject a trigger shares: the first verb of a coordinated verb phrase ("Russian forces shelled
 * Kharkiv and killed five") and the main verb of a participle clause ("Floods hit Pakistan, killing 20"). The
 * source scan starts from that verb instead of walking left past its object.
 */
import type { SentenceView } from './match.js';
import { subjectEndBefore } from './time-words.js';
import { attributiveParticiple } from './reduced-relatives.js';

/**
 * the verb of the first conjunct when the trigger opens a coordinated verb phrase ("... wrecked X and threatened"),
 * else -1: "and"/"but" right before the trigger (past auxiliaries and adverbs), and a verb before it in the clause
 * with only its object between (no comma, no other verb)
 */
export function firstConjunctVerb(v: SentenceView, trigger: number, lo: number, speech: Set<string>): number {
  if (v.toks[trigger].pos !== 'VERB') return -1;
  const j = subjectEndBefore(v.toks, trigger, lo);
  // a headline's verbs joined by a comma ("Brotherhood backs Syria jihad, denounces Shi'ites", "car bomb kills
  // several, wounds dozens"): the trigger right after it, inflected as the verb before
  const comma = j === trigger - 1 && v.toks[j]?.text === ',' && !v.toks[trigger].lower.endsWith('ing');
  if (j < lo || !(/^(and|but|or)$/.test(v.toks[j].lower) || comma)) return -1;
  // (a serial comma before the conjunction: "agreed to free prisoners, and attacked Kyiv")
  // (and the conjunct before it then needs the comma case's checks: "expects output to be suspended, and has asked")
  const serial = !comma && v.toks[j - 1]?.text === ',';
  const from = serial ? j - 2 : j - 1;
  const trig = v.toks[trigger];
  const inflected = trig.lower !== trig.lemma;
  const gerund = trig.lower.endsWith('ing');
  for (let k = from; k >= lo && j - k <= 30; k--) {
    const t = v.toks[k];
    // ("condemned reported military actions ... and demanded": a participle modifying a noun is no conjunct)
    if (attributiveParticiple(v, k, lo) || possessedParticiple(v, k)) continue;
    // ("agreed to free prisoners, and attacked Kyiv": an inflected verb's conjunct is no verb inside an infinitive)
    // (nor a bare infinitive after its verb: "is not planning on letting go of its unit ... and has threatened")
    if (inflected && t.pos === 'VERB' && t.lower === t.lemma && /^(to|VERB)$/.test(prevTag(v, k))) continue;
    // ("gave up plans ... after waiting in vain for a visa and accused": a gerund after a preposition is inside
    // a phrase, no conjunct)
    // (but a gerund's conjunct may be a gerund after "of": "accused X of telling lies and then attacking the lies")
    const prep = v.toks[k - 1]?.lower ?? '';
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && GERUND_PREP.test(prep) && !(gerund && prep === 'of'))
      continue;
    // (after a serial comma both verbs may have their auxiliary: "has accused Japan of ..., and has threatened")
    if ((comma || serial) && (t.pos === 'VERB' || t.pos === 'AUX'))
      return t.pos === 'VERB' &&
        (sameFiniteForm(t, v.toks[trigger]) || finiteFormAt(v, k) === finiteFormAt(v, trigger, true)) &&
        (serial || v.toks[k - 1]?.pos !== 'AUX') &&
        plainClauseBefore(v, lo, k, speech)
        ? k
        : serial
          ? reportingVerbOver(v, lo, k, trigger, speech)
          : -1;
    // "He said the United States was complicit in the attacks and called on …": a report whose clause has no
    // verb of its own (a copula) is the first conjunct
    if (t.pos === 'VERB' && speech.has(t.lemma)) return k;
    if (t.pos === 'VERB') {
      if (j - k > 28) return -1;
      // (a progressive is a finite verb: "Severe drought is affecting a third of Sri Lanka and threatens")
      // (", damaging buildings and injuring several people": both participles share the main clause's subject)
      if (/ing$/.test(t.lower) && v.toks[k - 1]?.pos !== 'AUX') {
        // ("issued a statement deploring Japan's trade imbalance and appealed": a participle on the object noun)
        if (v.toks[k - 1]?.pos === 'NOUN' && k - 1 > lo && v.toks[k - 2].pos !== 'ADP') continue;
        return v.toks[k - 1]?.text === ',' ? participleHead(v, k, lo) : -1;
      }
      // ("said Iranian forces killed or wounded 1,500 soldiers": two verbs joined with nothing between are one)
      if (k === j - 1 && v.toks[k - 1]?.pos !== 'AUX') return k;
      // after a reporting verb the coordination is ambiguous: a past trigger after a present or modal verb joins a
      // past reporting verb ("Baker said the pact imposes sacrifices on Japan and praised", "said France should
      // grant Snowden asylum and called for"; a perfect or passive auxiliary may be shared: "said Iran had seized
      // boats and detained"); else the ordinary scan decides
      // ("said it had detected 25 Chinese warships and condemned the drills": after a perfect the conjunct's own
      // subject, when an actor in its object is what the ordinary scan would reach first)
      for (let r = k - 1; r >= lo; r--)
        if (v.toks[r].pos === 'VERB' && speech.has(v.toks[r].lemma))
          return isPast(v, trigger) && isPast(v, r) && presentOrModal(v, k)
            ? r
            : PERFECT.test(v.toks[k - 1]?.lower ?? '') && actorBetween(v, k, j)
              ? k
              : -1;
      return k;
    }
    // ("killed a second US hostage, Jack Hensley, and threatened": a name in apposition to the object)
    if (t.text === ',' && appositiveNameAt(v, k)) continue;
    if (
      t.text === ',' ||
      t.text === ';' ||
      t.pos === 'SCONJ' ||
      (t.pos === 'PRON' && !POSSESSIVE.test(t.lower))
    )
      return -1;
  }
  return -1;
}

/** the comma at k opens a name in apposition to the common noun before it: ", Jack Hensley," */
function appositiveNameAt(v: SentenceView, k: number): boolean {
  if (v.toks[k - 1]?.pos !== 'NOUN') return false;
  let e = k + 1;
  while (e < v.b && e - k <= 4 && v.toks[e].pos === 'PROPN') e++;
  return e > k + 1 && v.toks[e]?.text === ',';
}

const PERFECT = /^(has|have|had)$/;

/** an actor mention starts between tokens k and j (exclusive) */
function actorBetween(v: SentenceView, k: number, j: number): boolean {
  for (let i = k + 1; i < j; i++) if (v.mentionAt.has(i)) return true;
  return false;
}

/** prepositions before a gerund ("after waiting", "without consulting") */
const GERUND_PREP = /^(after|before|by|without|while|for|of|in|on|upon|despite|since|from)$/;

/** relative words that open a clause of their own before a verb */
const RELATIVE_WORD = /^(who|which|that|whose|whom)$/;

/**
 * no comma, relative word or other verb before token k back to the clause's start (the sentence's, or a reporting
 * verb's: "said Iranian forces smashed four brigades, killed 1,500 soldiers"): a plain "X verbs Y"
 */
function plainClauseBefore(v: SentenceView, lo: number, k: number, speech: Set<string>): boolean {
  for (let r = k - 1; r >= lo; r--) {
    const t = v.toks[r];
    if (t.pos === 'VERB' && speech.has(t.lemma) && !t.lower.endsWith('ing')) return true;
    // (a participle on the subject noun is no clause's verb: "An Iraqi group linked to al-Qaeda killed ...")
    if (t.pos === 'VERB' && reducedRelativeAt(v, r)) continue;
    if (t.text === ',' || RELATIVE_WORD.test(t.lower) || t.pos === 'VERB') return false;
  }
  return true;
}

const MODAL = /^(will|would|should|must|can|could|may|might|shall)$/;

/** an -ed participle right after a noun and before a preposition: a reduced relative ("a group linked to") */
function reducedRelativeAt(v: SentenceView, r: number): boolean {
  return /ed$/.test(v.toks[r].lower) && v.toks[r - 1]?.pos === 'NOUN' && v.toks[r + 1]?.pos === 'ADP';
}

/** the verb at k is a simple past with no auxiliary ("praised", "said") */
function isPast(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return v.toks[k - 1]?.pos !== 'AUX' && t.lower !== t.lemma && !/(s|ing)$/.test(t.lower);
}

/**
 * "X said buyers will be eager to add Air Canada, but warned that ...": a past trigger after a serial comma joins
 * the past reporting verb before a reported clause in the present or with a modal (k: that clause's last verb or
 * auxiliary); -1 when there is none
 */
function reportingVerbOver(
  v: SentenceView,
  lo: number,
  k: number,
  trigger: number,
  speech: Set<string>,
): number {
  const t = v.toks[k];
  const reported =
    t.pos === 'AUX'
      ? MODAL.test(t.lower) || PRESENT_AUX.test(t.lower) || presentOrModal(v, k)
      : presentOrModal(v, k);
  if (!reported || !isPast(v, trigger)) return -1;
  for (let r = k - 1; r >= lo; r--) {
    const u = v.toks[r];
    if (u.pos === 'VERB' && speech.has(u.lemma)) return isPast(v, r) ? r : -1;
    if (u.text === ';' || u.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** "to" before token k, else the tag of the token before it */
function prevTag(v: SentenceView, k: number): string {
  const p = v.toks[k - 1];
  return !p ? '' : p.lower === 'to' ? 'to' : p.pos;
}

/** an -ed participle between a possessive and a noun ("deploring Japan's continued trade imbalance and appealed") */
function possessedParticiple(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return (
    t.pos === 'VERB' &&
    t.lower.endsWith('ed') &&
    /^['’]s?$/.test(v.toks[k - 1]?.lower ?? '') &&
    v.toks[k + 1]?.pos === 'NOUN'
  );
}

/** possessive determiners: inside a noun phrase, no clause's subject */
const POSSESSIVE = /^(its|their|his|our|my|your)$/;
const PRESENT_AUX = /^(is|are|am|has|have|does|do)$/;

/** the verb at k is a finite present -s form or a modal's infinitive ("imposes", "should grant") */
function presentOrModal(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  const before = v.toks[k - 1];
  if (before?.pos === 'AUX') return MODAL.test(before.lower);
  return t.lower !== t.lemma && t.lower.endsWith('s') && before?.lower !== 'to';
}

/**
 * the person and tense of the finite verb at i, read off the auxiliary before it when there is one ("wants" and "has
 * threatened" are both 's'); '-' after another auxiliary (a modal: "could seize ..., and might attack" share it),
 * and for a verb without an auxiliary when `auxOnly`; '' for a base form
 */
function finiteFormAt(v: SentenceView, i: number, auxOnly = false): string {
  const p = v.toks[i - 1];
  if (p?.pos === 'AUX')
    return /^(has|is|does)$/.test(p.lower) ? 's' : /^(had|was|did)$/.test(p.lower) ? 'past' : '-';
  if (auxOnly) return '-';
  const t = v.toks[i];
  return t.lower === t.lemma ? '' : t.lower.endsWith('s') ? 's' : 'past';
}

/** two finite verbs of one subject: both -s forms or both past forms */
function sameFiniteForm(a: { lower: string; lemma: string }, b: { lower: string; lemma: string }): boolean {
  const form = (t: { lower: string; lemma: string }) =>
    t.lower === t.lemma ? '' : t.lower.endsWith('s') ? 's' : 'past';
  const f = form(a);
  return f !== '' && f === form(b);
}

/**
 * the main verb of a participle clause's sentence ("Israeli jets struck Gaza on Sunday, killing five": struck; "she
 * told Mr Blair before stomping off, refusing his pleas": told), else -1: the trigger is an -ing verb right after a
 * comma, and the nearest finite verb before it in the clause is its head
 */
export function participleHead(v: SentenceView, trigger: number, lo: number): number {
  const t = v.toks[trigger];
  if (t.pos !== 'VERB' || !/ing$/.test(t.lower) || trigger - 1 <= lo || v.toks[trigger - 1].text !== ',')
    return -1;
  for (let k = trigger - 2; k >= lo; k--) {
    const w = v.toks[k];
    if (w.text === ';' || w.text === ':') return -1;
    // the second half of a hyphenated modifier ("the army-held town") is no clause's verb
    const hyphenated =
      (k > lo && v.toks[k - 1].text === '-' && v.toks[k - 1].end === w.start) ||
      attributiveParticiple(v, k, lo);
    // ("accused the RSF of shelling a hospital, killing nine": the accused gerund's participle shares its subject)
    if (
      w.pos === 'VERB' &&
      /ing$/.test(w.lower) &&
      v.toks[k - 1]?.lower === 'of' &&
      accusedBefore(v, k - 1, lo)
    )
      return k;
    if (w.pos === 'VERB' && !/ing$/.test(w.lower) && !hyphenated) return k;
  }
  return verblessHeadlineVerb(v, trigger, lo);
}

/**
 * a clause with no finite verb whose first -ing form after its subject stands for it ("Police forcibly repressing
 * anti-mining protestors in Peru, killing four"): that form, or -1
 */
function verblessHeadlineVerb(v: SentenceView, trigger: number, lo: number): number {
  for (let k = lo + 1; k < trigger - 1; k++) {
    const w = v.toks[k];
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !w.lower.endsWith('ing'))) return -1;
    if (w.pos !== 'VERB') continue;
    const p = v.toks[k - 1].pos === 'ADV' && k - 2 >= lo ? v.toks[k - 2] : v.toks[k - 1];
    return /^(NOUN|PROPN)$/.test(p.pos) ? k : -1;
  }
  return -1;
}

/** an accusing verb at most six tokens before the "of" at token `of` ("accused the army of") */
function accusedBefore(v: SentenceView, of: number, lo: number): boolean {
  for (let k = of - 1; k >= Math.max(lo, of - 6); k--)
    if (/^(accuse|suspect)$/.test(v.toks[k].lemma)) return true;
  return false;
}

const AND_BUT = /^(and|but)$/;

/**
 * "signed the treaty and later attacked Syria": an "and" / "but" at j opens a verb phrase of its own (a verb of
 * the same finite form as `verb`, or one after an auxiliary, adverbs allowed between), whose object is no target
 * of the first verb; "sent aid and supplies to Ukraine" goes on (no verb of the form of "sent")
 */
export function coordinatedVerbPhraseAt(
  v: SentenceView,
  j: number,
  verb: { lower: string; lemma: string },
): boolean {
  if (!AND_BUT.test(v.toks[j].lower)) return false;
  let k = j + 1;
  while (v.toks[k]?.pos === 'ADV' && k < j + 3) k++;
  if (v.toks[k]?.pos === 'AUX') {
    k++;
    while (v.toks[k]?.pos === 'ADV' || v.toks[k]?.lower === 'not') k++;
    return v.toks[k]?.pos === 'VERB';
  }
  return v.toks[k]?.pos === 'VERB' && sameFiniteForm(verb, v.toks[k]);
}

const DETERMINER_LIKE = /^(DET|NUM|ADJ)$/;

/** verbs that take a clause without "that" ("believe Russia and China will"): a noun phrase after them may be its subject */
const CLAUSE_TAKING =
  /^(believe|think|hope|fear|expect|know|hear|learn|see|show|find|mean|feel|suspect|doubt|guess)$/;

/**
 * the noun phrase starting at `start` is the object of a verb right before it (past articles, numbers, adjectives):
 * "a bomb killed an Iranian scientist and Iran threatens" — a conjunct there closes the verb's clause and the next
 * names a new clause's subject; not after a verb of saying or thinking ("said Russia and China agreed")
 */
export function objectOfVerbBefore(v: SentenceView, start: number, lo: number, speech: Set<string>): boolean {
  let k = start - 1;
  while (k >= lo && DETERMINER_LIKE.test(v.toks[k].pos)) k--;
  const t = v.toks[k];
  return (
    k >= lo &&
    t.pos === 'VERB' &&
    !t.lower.endsWith('ing') &&
    !speech.has(t.lemma) &&
    !CLAUSE_TAKING.test(t.lemma)
  );
}

/** a present-tense verb of a plural subject: its base form, not an -s or past form */
export function pluralBaseVerb(t: { pos: string; lower: string; lemma: string }): boolean {
  return t.pos === 'VERB' && t.lower === t.lemma && !t.lower.endsWith('ed');
}

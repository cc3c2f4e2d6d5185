/**
 * Passive voice: whether a verb is a passive participle, its "by" agent, its subject (the patient), and when a
 * "by" mention is a passive agent that no later active verb takes as its subject.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { SentenceView } from './match.js';
import { codable, mentionEndingAt } from './mention-at.js';
import { isMeasure, timeAdverbialEnd } from './time-words.js';
import {
  ADJECTIVAL_BEFORE_TO,
  BELIEF_PARTICIPLE,
  HAVE,
  HEADLINE_ASSAULT,
  IRREGULAR_PARTICIPLES,
  JUDGED,
  OBJECT_BEFORE_TO,
  PARTICIPLE_ONLY,
  PASSIVE_AUX,
  REDUCED_RELATIVE,
  REDUCED_RELATIVE_HARM,
} from './participle-words.js';

const PLACE_PREP = /^(in|at|near|outside|inside|on)$/;
const QUANTITY_AFTER =
  /^(least|most|up|more|many|much|over|about|around|nearly|almost|some|roughly|approximately)$/;

/** words that open a quantity as an object ("executed at least 10", "arrested over 100", "killed up to 40") */
const QUANTITY_OPENER = /^(at|over|about|around|up|nearly|almost|some|more|as|roughly|approximately)$/;

/** a quantity object right after token i; not a sentence's length ("sentenced to 10 years", "jailed for 12 years") */
function quantityAfter(v: SentenceView, i: number): boolean {
  const next = v.toks[i + 1];
  const after = v.toks[i + 2];
  return (
    next !== undefined &&
    after !== undefined &&
    QUANTITY_OPENER.test(next.lower) &&
    (after.pos === 'NUM' || QUANTITY_AFTER.test(after.lower))
  );
}

function harmWithoutObject(v: SentenceView, i: number): boolean {
  const next = v.toks[i + 1];
  return (
    REDUCED_RELATIVE_HARM.test(v.toks[i].lower) &&
    (next?.pos === 'ADP' || next?.pos === 'SCONJ' || next?.lower === 'when' || next?.lower === 'while') &&
    next.lower !== 'by' &&
    !quantityAfter(v, i)
  );
}

/**
 * "arrested and jailed over a sign": the participle at i is followed by "and" and a second one of the same kind
 * with no object either (a preposition after it), so both are a headline's passive ("Russia arrested and jailed
 * two sailors" is active)
 */
function objectlessSecondParticiple(v: SentenceView, i: number): boolean {
  const second = v.toks[i + 2];
  return (
    v.toks[i + 1]?.lower === 'and' &&
    second?.pos === 'VERB' &&
    REDUCED_RELATIVE.test(second.lower) &&
    v.toks[i + 3]?.pos === 'ADP' &&
    v.toks[i + 3].lower !== 'by'
  );
}

/** what someone held becomes: "held hostage", "taken prisoner", "kept captive" */
export const CAPTIVE_NOUNS = /^(hostage|hostages|captive|captives|prisoner|prisoners)$/;

/** the token before i, past one adverb ("drivers reportedly kidnapped") */
function nounBefore(v: SentenceView, i: number): SentenceView['toks'][number] {
  return v.toks[headBefore(v, i)];
}

const CLOSING_QUOTE = /^["'’”]$/;

/** the index of the word before token i, past one adverb and a scare quote's closing mark ("'policemen' killed") */
function headBefore(v: SentenceView, i: number): number {
  let k = i - 1;
  if (v.toks[k]?.pos === 'ADV' && k > v.a) k--;
  if (k > v.a && CLOSING_QUOTE.test(v.toks[k].text) && /^(NOUN|PROPN)$/.test(v.toks[k - 1].pos)) k--;
  return k;
}

export function isPassive(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  // a headline's "Israeli man shot dead near ...", "American student shot dead by Israel": the victim, then the
  // participle and no object
  if (
    /^(shot|stabbed|beaten|hacked)$/.test(t.lower) &&
    v.toks[i + 1]?.lower === 'dead' &&
    v.toks[i + 2]?.pos === 'ADP' &&
    /^(NOUN|PROPN)$/.test(v.toks[i - 1]?.pos ?? '')
  )
    return true;
  // the second of two such participles ("arrested and jailed over a sign")
  if (
    REDUCED_RELATIVE.test(t.lower) &&
    v.toks[i - 1]?.lower === 'and' &&
    i - 2 >= v.a &&
    objectlessSecondParticiple(v, i - 2)
  )
    return isPassive(v, i - 2);
  if (t.pos !== 'VERB' || !(/ed$|en$/.test(t.lower) || IRREGULAR_PARTICIPLES.test(t.lower))) return false;
  const prev = v.toks[i - 1];
  const next = v.toks[i + 1];
  // "a Swedish boy feared kidnapped by traffickers", "an aid worker believed killed": after a noun and a participle
  // of belief, a participle is passive
  if (i - 2 >= v.a && BELIEF_PARTICIPLE.test(prev.lower) && /^(NOUN|PROPN)$/.test(v.toks[i - 2].pos))
    return true;
  // "free the prisoners as demanded by an al-Qaeda ally": "as" and a "by" agent make the participle passive
  if (prev?.lower === 'as' && next?.lower === 'by') return true;
  // "Mexican mayor beaten to death": a participle-only form with no "have" before it
  if (PARTICIPLE_ONLY.test(t.lower) && i > v.a && !perfectBefore(v, i)) return true;
  // "activists killed or injured by Israeli commandos": the first of two participles that share a "by" agent
  if (
    next !== undefined &&
    /^(and|or)$/.test(next.lower) &&
    /ed$|en$/.test(v.toks[i + 2]?.lower ?? '') &&
    v.toks[i + 2].pos === 'VERB' &&
    v.toks[i + 3]?.lower === 'by' &&
    /^(NOUN|PROPN|ADJ)$/.test(nounBefore(v, i).pos)
  )
    return true;
  // "were wounded and two killed", "were arrested and two others deported": a count before a participle after a
  // passive one leaves out its "were"
  if (elidedPassive(v, i)) return true;
  // the reduced relative's head noun, past one adverb ("drivers reportedly kidnapped")
  const head = nounBefore(v, i);
  // "had been killed, wounded or captured", "was struck and killed Sunday by": a participle coordinated after a
  // passive one is passive too
  const before = v.toks[i - 2];
  const ai = timeAdverbialEnd(v.toks, i + 1, v.b);
  const after = v.toks[ai];
  if (
    i - 2 >= v.a &&
    /^(and|or|,)$/.test(prev.lower) &&
    // (no object or infinitive of its own: "was being investigated and refused to give details" is active)
    !(
      after &&
      ((after.lower === 'to' && v.toks[ai + 1]?.pos === 'VERB') ||
        /^(DET|NOUN|PROPN|NUM|PRON)$/.test(after.pos))
    ) &&
    before.pos === 'VERB' &&
    // (an irregular first one too: "was struck and killed by a train")
    (/ed$|en$/.test(before.lower) || IRREGULAR_PARTICIPLES.test(before.lower)) &&
    isPassive(v, i - 2)
  )
    return true;
  if (ADJECTIVAL_BEFORE_TO.test(t.lower) && next?.lower === 'to') return false;
  // "French MP sentenced to jail": the active verb takes its object before "to" ("sentenced him to")
  if (
    /^(sentenced|condemned)$/.test(t.lower) &&
    next?.lower === 'to' &&
    i > v.a &&
    /^(NOUN|PROPN)$/.test(head.pos)
  )
    return true;
  // a headline that ends on the participle: "Cuban dissident blogger Yoani Sanchez arrested" (these verbs take an
  // object when active); so does a harm's result ("..., leaving three people dead and dozens wounded."; not a
  // question's fronted object: "how many people have America's drones killed?")
  if (
    (REDUCED_RELATIVE.test(t.lower) || (REDUCED_RELATIVE_HARM.test(t.lower) && next?.text !== '?')) &&
    i > v.a &&
    (i + 1 >= v.b || /^[.!?;:–—-]$/.test(next.text)) &&
    // (a count too: "North Korea Faces Worsening Flood Crisis, 13 Killed")
    // (an adverb between too: "Most Gaza Flotilla Activists Still Detained")
    /^(NOUN|PROPN|NUM)$/.test(prev.pos === 'ADV' && i - 2 >= v.a ? v.toks[i - 2].pos : prev.pos)
  )
    return true;
  // "Iran's president Mahmoud Ahmadinejad criticised for hugging ...": a verb of judgement takes its object before its
  // reason when active ("Iran criticised the US for"), so a reason right after it makes it passive
  if (
    JUDGED.test(t.lower) &&
    i > v.a &&
    /^(NOUN|PROPN)$/.test(head.pos) &&
    /^(for|over)$/.test(next?.lower ?? '') &&
    !quantityAfter(v, i)
  )
    return true;
  // a headline's victim, the participle of an assault and a place: "Indian student brutally attacked in Germany"
  // (in running text the verb may be intransitive: "the rebels attacked at dawn")
  if (
    v.headline &&
    HEADLINE_ASSAULT.test(t.lower) &&
    i > v.a &&
    /^(NOUN|PROPN)$/.test(head.pos) &&
    PLACE_PREP.test(next?.lower ?? '') &&
    // (not "shot at a US drone", "killed at least 22", "bombed in 2007"; the victim opens the title: not "the one
    // that Israel bombed in")
    !(next.lower === 'at' && /^(shot|fired)$/.test(t.lower)) &&
    !quantityAfter(v, i) &&
    v.toks[i + 2]?.pos !== 'NUM' &&
    !verbBefore(v, i)
  )
    return true;
  if (
    (REDUCED_RELATIVE.test(t.lower) || harmWithoutObject(v, i)) &&
    i > v.a &&
    // "groups he accused of ...": a personal pronoun before it is its subject, not its head; after a name it is a
    // headline's passive ("Former adviser to Stephen Harper charged with fraud": the active verb takes its object
    // before the preposition, "prosecutors charged him with")
    (head.pos === 'NOUN' ||
      head.pos === 'PROPN' ||
      // (an actor's noun the tagger read as a verb: "terror suspects detained without trial")
      (i - 1 >= v.a && mentionEndingAt(v, i - 1)?.kind === 'role') ||
      /^(those|these|anyone|others|some|all|many)$/.test(head.lower)) &&
    ((next?.pos === 'ADP' && !quantityAfter(v, i)) ||
      objectlessSecondParticiple(v, i) ||
      harmWithoutObject(v, i)) &&
    next.lower !== 'by' &&
    // "Police arrested on Monday two men": a time adverbial may come before the object
    timeAdverbialEnd(v.toks, i + 1, v.b) === i + 1
  )
    return true;
  // "Four US servicemen wounded last week in Fallujah described ...": a subject's reduced relative, told by a time
  // and a place and then the clause's own verb
  if (harmBeforeMainVerb(v, i)) return true;
  // "two French journalists held hostage in Iraq", "a Briton still held captive": no object comes before the noun
  if (
    /^(held|taken|kept)$/.test(t.lower) &&
    i > v.a &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === 'still') &&
    CAPTIVE_NOUNS.test(next?.lower ?? '') &&
    !/^(DET|NUM|PROPN|PRON)$/.test(v.toks[i + 2]?.pos ?? '')
  )
    return true;
  // an appositive one: "Save the Children's local heads, accused of political meddling, ..." (the active verb has
  // its object before the preposition: "Russia, meanwhile, accused Ukraine of")
  if (
    REDUCED_RELATIVE.test(t.lower) &&
    i > v.a &&
    prev.text === ',' &&
    /^(of|with|for|over|in)$/.test(next?.lower ?? '')
  )
    return true;
  // an appositive phrasal verb's passive: "a cut in the top tax rate, called for in the recent tax law"
  if (
    i > v.a &&
    prev.text === ',' &&
    next?.lower === 'for' &&
    /ed$/.test(t.lower) &&
    v.toks[i + 2]?.pos === 'ADP'
  )
    return true;
  // a phrasal verb's passive: "as called for by the Security Council" ("called for by-elections" is active)
  if (
    i > v.a &&
    next?.pos === 'ADP' &&
    v.toks[i + 2]?.lower === 'by' &&
    v.toks[i + 3]?.text !== '-' &&
    /ed$/.test(t.lower)
  )
    return true;
  // a reduced relative with its agent: "an interim fishing accord, opposed by fishermen", "the plan condemned by",
  // "an Iraqi civilian allegedly killed by UK troops" (an adverb between)
  // (a noun the tagger read as an adjective or a name heads it too: "civilian", "Smith killed by police")
  if (
    i > v.a &&
    next?.lower === 'by' &&
    !isMeasure(v.toks[i + 2]) &&
    (head.text === ',' || /^(NOUN|PROPN|ADJ)$/.test(head.pos))
  )
    return true;
  // "Israel urged to treat detainees ...": these verbs take an object before "to", so a bare "urged to" is a
  // passive whose auxiliary a headline dropped
  if (OBJECT_BEFORE_TO.test(t.lower) && next?.lower === 'to' && i > v.a && !/^(AUX|PRON)$/.test(prev.pos))
    return true;
  for (let j = i - 1; j >= Math.max(v.a, i - 3); j--) {
    const w = v.toks[j];
    if (PASSIVE_AUX.test(w.lower) && (w.pos === 'AUX' || w.pos === 'VERB')) return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/** a verb or relative word before token i in its sentence */
function verbBefore(v: SentenceView, i: number): boolean {
  for (let j = v.a; j < i; j++) {
    const w = v.toks[j];
    if (w.pos === 'VERB' || w.pos === 'AUX' || /^(that|which|who|whom)$/.test(w.lower)) return true;
  }
  return false;
}

/** a "have" within three words before token i, adverbs between ("has beaten", "having taken", "had not given") */
function perfectBefore(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= Math.max(v.a, i - 3); j--) {
    const w = v.toks[j];
    if (HAVE.test(w.lower)) return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/** the subject of a passive is its target: the nearest codable mention to the left, places included */
export function passiveSubject(
  doc: Doc,
  v: SentenceView,
  trigger: number,
  lo: number,
): ActorMention[] | null {
  // a reduced relative's head noun right before it (past an adverb) underwent it, coded or not: "the release of
  // terror suspects detained without trial", "men indefinitely detained in the UK" (not whoever called for it); an
  // actor may modify that noun ("Palestinian refugee camps besieged by")
  const h = headBefore(v, trigger);
  if (h >= lo && v.toks[h].pos === 'NOUN') {
    const head = mentionEndingAt(v, h) ?? (h - 1 >= lo ? mentionEndingAt(v, h - 1) : null);
    return head && head.kind !== 'pronoun' && codable(head) ? [head] : null;
  }
  for (let j = trigger - 1; j >= lo; j--) {
    const m0 = mentionEndingAt(v, j);
    if (!m0 || m0.modifier) continue;
    // "an intervention in Niger would be considered …": a place inside a prepositional phrase does not undergo it
    if (m0.locative && v.toks[m0.tokenStart - 1]?.pos === 'ADP') continue;
    // ... nor does a place of origin in an aside ("Mr Mubanga, 29, from north London, was detained")
    if (m0.prep === 'from' && v.toks[m0.tokenEnd]?.text === ',') continue;
    const m = m0.kind === 'pronoun' ? doc.resolve(m0) : m0;
    if (codable(m)) return [m];
    // people of no known country are the subject that underwent it ("said several people had been arrested"), not
    // whoever is named before them; a conjunct's coded partner still is ("Afghan guards and two prisoners were killed")
    if (m.kind === 'role' && m.role && /^(CVL|CRM)$/.test(m.role)) {
      let k = m0.tokenStart - 1;
      while (k >= lo && /^(DET|NUM|ADJ)$/.test(v.toks[k].pos)) k--;
      if (k < lo || !/^(and|or|,)$/.test(v.toks[k].lower)) return null;
    }
    if (v.toks[j].text === ',' || v.toks[j].text === ';') break;
  }
  return null;
}

const COUNT_WORD = /^(many|several|others|more|dozens|hundreds|thousands|some|most|all|one)$/;

/** participle `i` after "and" + a count ("two", "two others") that follows a passive participle */
function elidedPassive(v: SentenceView, i: number): boolean {
  let j = i - 1;
  let counts = 0;
  while (j > v.a && counts < 2 && (v.toks[j].pos === 'NUM' || COUNT_WORD.test(v.toks[j].lower))) {
    j--;
    counts++;
  }
  if (!counts || j - 1 < v.a || !/^(and|or|,)$/.test(v.toks[j].lower)) return false;
  const p = v.toks[j - 1];
  return (
    p.pos === 'VERB' &&
    (/ed$|en$/.test(p.lower) || IRREGULAR_PARTICIPLES.test(p.lower)) &&
    isPassive(v, j - 1)
  );
}

/**
 * a harm or custody participle after a noun, followed by a time adverbial or an adverb, then a place ("wounded last
 * week in Fallujah", "killed on Monday in Mali"), then a finite verb before any comma: the noun is the clause's
 * subject and the participle says what befell it
 */
function harmBeforeMainVerb(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (!(REDUCED_RELATIVE_HARM.test(t.lower) || REDUCED_RELATIVE.test(t.lower)) || i <= v.a) return false;
  if (!/^(NOUN|PROPN)$/.test(v.toks[i - 1].pos)) return false;
  let k = timeAdverbialEnd(v.toks, i + 1, v.b);
  if (k === i + 1 && v.toks[k]?.pos === 'ADV') k++;
  if (k === i + 1 || !PLACE_PREP.test(v.toks[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < v.b; j++) {
    const w = v.toks[j];
    if (w.text === ',' || w.pos === 'SCONJ' || /^(who|which|that)$/.test(w.lower)) return false;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !/(ing|ed|en)$/.test(w.lower))) return true;
    // (a past form: "described"; not a participle on the place, "the city ruled by")
    if (w.pos === 'VERB' && /ed$/.test(w.lower) && v.toks[j + 1]?.lower !== 'by') return true;
  }
  return false;
}

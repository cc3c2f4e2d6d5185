/**
 * A subject that is no actor, standing right before the trigger, ends the source scan: the scan must not walk
 * past it to an earlier actor. Two kinds: a proper name the lexicons do not know ("Holderbank agreed last year to
 * acquire", "Interfax on Monday reported"; "Ideal Basic Industries of the U.S., which Holderbank agreed to
 * acquire" is not a U.S. agreement), and a common-noun phrase with no actor in it ("the move threatened its
 * security"). Auxiliaries, adverbs and time adverbials between the subject and the trigger are stepped over.
 */
import type { SentenceView } from './match.js';
import type { ActorMention } from '../model/document.js';
import { MONTH, subjectEndBefore, timeAdverbialStartBefore, WEEKDAY } from './time-words.js';
import { mentionEndingAt } from './mention-at.js';
import { destinationFor } from './infinitives.js';

/** verbs whose object is the subject of the infinitive after it ("expected shoppers to visit"); "braved the cold to
 * protest" is a purpose, its subject the clause's */
const OBJECT_CONTROL =
  /^(expect|want|allow|permit|enable|cause|persuade|force|compel|invite|encourage|help|get|like|prefer|wish)$/;
/** verbs whose object is moved to do what the infinitive names ("provoked opposition parties to call a strike");
 * with a "by" gerund the subject is the main clause's ("provoked Hamas by attacking Gaza") */
const PROMPTING = /^(prompt|spur|provoke|inspire|drive)$/;

/** verbs whose object is told to do what the infinitive names ("asked Iran to withdraw", "ordered troops to") */
const REQUEST_CONTROL =
  /^(ask|urge|tell|order|instruct|command|call|press|pressure|request|advise|beg|direct|send|warn|lead|empower|authorize|authorise|challenge|solicit|remind|train|recruit|appoint|elect|choose|hire|task|use|need|give|grant)$/;

const ORDINAL = /^(first|last|only|next|second|third)$/;
/** prepositions that open a clause of a gerund whose subject is the main clause's ("by clinching", "without naming") */
const MEANS = /^(by|without)$/;
/** verbs whose object is the agent of what the charge names ("accused X of ... by refusing") */
const ACCUSING = /^(accuse|blame|suspect|charge|fault|convict|indict|criticize|criticise|condemn|denounce)$/;
/** the words of an object noun phrase (and a hyphen inside a word: "hard-line") */
const NP_WORD = /^(NOUN|PROPN|ADJ|DET|NUM|PRON|ADP|PART)$/;
/** punctuation that opens a clause or a headline's statement ("Egypt: 36 killed", "cabinet; seven killed") */
const CLAUSE_MARK = /^(:|;|—|–|-)$/;
const NTH = /^(first|second|third|only)$/;

/**
 * "left his Tokyo hospital for an American base to surrender", "left the Japanese embassy to meet": the object
 * of a verb that does not control the infinitive after it is no subject of that infinitive, nor of a gerund after
 * "by" or "without". Its token range
 * [a, b), else null.
 */
export function purposeObject(
  v: SentenceView,
  trigger: number,
  lo: number,
  infinitiveNouns: ReadonlySet<string>,
): [number, number] | null {
  if (v.toks[trigger].pos !== 'VERB') return null;
  let j = trigger - 1;
  while (j >= lo && v.toks[j].pos === 'ADV') j--;
  // (and of a means or manner clause: "want to isolate Brazil by clinching a deal with Argentina": the banks clinch)
  if (
    j <= lo ||
    !(v.toks[j].lower === 'to' || (MEANS.test(v.toks[j].lower) && /ing$/.test(v.toks[trigger].lower)))
  )
    return null;
  // "will visit Colombo next month to start": a time adverbial before "to" is no noun of its own
  let f = timeAdverbialStartBefore(v.toks, j, lo) - 1;
  while (f >= lo && j - f <= 10 && (NP_WORD.test(v.toks[f].pos) || v.toks[f].text === '-')) {
    const w = v.toks[f];
    // "Russia's decision to grant asylum", "the decision by the Supreme Court to give": the noun's own
    // infinitive, whose subject is its owner (cues infinitiveNouns); "the first British minister to visit";
    // "the step of warning London not to leave": a control verb tagged as a noun
    if (infinitiveNouns.has(w.lower) || ORDINAL.test(w.lower)) return null;
    const base = /ing$/.test(w.lower) ? w.lower.slice(0, -3) : w.lemma;
    if (OBJECT_CONTROL.test(base) || REQUEST_CONTROL.test(base)) return null;
    f--;
  }
  if (f < lo || f === j - 1 || v.toks[f].pos !== 'VERB') return null;
  const verb = v.toks[f].lemma;
  // "are using the White House's petition site to complain": a thing used is no subject of the purpose (an actor
  // used is: "Iran uses Hezbollah to attack")
  if (verb === 'use' && v.toks[j - 1].pos === 'NOUN' && !coveredRange(v, j - 1, j)) return [f + 1, j];
  if (OBJECT_CONTROL.test(verb) || REQUEST_CONTROL.test(verb)) return null;
  if (PROMPTING.test(verb) && v.toks[j].lower === 'to') return null;
  // "accused North Korea of miscalculation by refusing to resume talks": the accused is the one who refuses
  if (ACCUSING.test(verb) && v.toks[j].lower !== 'to') return null;
  // "enacted by the United States to protest": a passive's agent is the purpose's subject
  if (v.toks[f + 1].lower === 'by') return null;
  // ... and so is an actor after "for" ("pay for the pope to visit"; "left for an American base to surrender" is a
  // place)
  if (forActorBefore(v, f + 1, j)) return null;
  return [f + 1, j];
}

/** tokens [a, j) end with "for", determiners and an actor mention that ends at j */
function forActorBefore(v: SentenceView, a: number, j: number): boolean {
  for (let k = j - 1; k >= a; k--) {
    if (v.toks[k].lower !== 'for') continue;
    // ("left for Geneva to meet the WTO": a destination)
    if (destinationFor(v.toks, k)) return false;
    let n = k + 1;
    while (n < j && !v.mentionAt.has(n) && v.toks[n].pos === 'DET') n++;
    const m = v.mentionAt.get(n);
    return !!m && m.tokenEnd === j && !m.modifier;
  }
  return false;
}

const BE_FORM = /^(is|are|was|were|be|been|being)$/;

export function nonActorSubject(v: SentenceView, trigger: number, lo: number): boolean {
  if (v.toks[trigger].pos !== 'VERB') return false;
  let j = trigger - 1;
  // an infinitive ("braved the cold to protest") takes its subject from the governing clause, except "for X
  // to ..." ("time for Mr Livingstone to say sorry"), whose subject is X
  while (j >= lo && v.toks[j].pos === 'ADV') j--;
  // "to have visited", "to be sent"
  if (j - 1 >= lo && /^(have|be)$/.test(v.toks[j].lower) && v.toks[j - 1].lower === 'to') j--;
  if (j >= lo && v.toks[j].lower === 'to') {
    // "profits ... had been used to aid the rebels": a thing used to do it is no agent, and the user is unnamed
    if (j - 2 >= lo && v.toks[j - 1].lower === 'used' && BE_FORM.test(v.toks[j - 2].lower)) return true;
    let f = j - 1;
    while (f >= lo && j - f <= 5 && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(v.toks[f].pos)) f--;
    // "for X to ...", and "expected 150,000 shoppers to have visited": a noun phrase that is a verb's object is
    // the infinitive's subject; with no actor in it the act has none
    const np = f >= lo && f < j - 1;
    const objectControl =
      np &&
      v.toks[f].pos === 'VERB' &&
      (OBJECT_CONTROL.test(v.toks[f].lemma) || PROMPTING.test(v.toks[f].lemma)) &&
      !coveredRange(v, f + 1, j);
    if (objectControl) return true;
    // "the second deadly blast to strike Afghanistan", "the first British minister to visit": an ordinal's noun
    // is the infinitive's subject, an actor only if a mention covers it
    // ("last"/"next" left out: "cut output last September to support", "next week to strengthen" are times)
    if (np && v.toks.slice(f, j).some((t) => NTH.test(t.lower))) return !coveredRange(v, f + 1, j);
    if (!(np && v.toks[f].lower === 'for' && !destinationFor(v.toks, f))) return false;
  }
  j = subjectEndBefore(v.toks, trigger, lo);
  if (j < lo) return false;
  const t = v.toks[j];
  const covered = (k: number) => {
    for (const m of v.mentionAt.values()) if (m.tokenStart <= k && k < m.tokenEnd) return true;
    return false;
  };
  // (in a noun phrase, a country adjective that modifies a thing is no actor: "Syrian oil exports fell")
  const actorAt = (k: number) => {
    for (const m of v.mentionAt.values()) if (m.tokenStart <= k && k < m.tokenEnd) return m.agentive;
    return false;
  };
  // "Russian troops guarding the border fired", "a man carrying a knife attacked": the subject is the noun phrase
  // before the participle, whatever its object holds
  const participle = participleOnSubject(v, trigger, lo);
  if (participle >= 0) return nonActorNounPhrase(v, participle - 1, lo, actorAt);
  // (a bare number opening the clause too: a headline's "RT: 8 killed in double blast" names its victims, not an
  // agent; "had in 1997 complained" is a time)
  const clauseOpeningNumber =
    t.pos === 'NUM' && !covered(j) && (j === lo || CLAUSE_MARK.test(v.toks[j - 1].text));
  if (t.pos === 'NOUN' || clauseOpeningNumber) return nonActorNounPhrase(v, j, lo, actorAt);
  // "A strong earthquake in the Pacific off Taiwan rocked": a place after a preposition ends a noun phrase whose
  // head, further left, is the subject
  // ... and so does the object of "on"/"against"/... after a noun, with its conjuncts ("sanctions on Iran and Syria
  // are targeting civilians")
  for (const place of v.mentionAt.values())
    if (place.tokenStart <= j && j < place.tokenEnd) {
      const head = listHead(v, place, lo);
      const prep = v.toks[head.tokenStart - 1];
      if (
        (head.locative || ACT_OBJECT_PREP.test(head.prep ?? '')) &&
        head.tokenStart - 2 >= lo &&
        prep.pos === 'ADP' &&
        (head.locative || v.toks[head.tokenStart - 2].pos === 'NOUN')
      )
        return nonActorNounPhrase(v, head.tokenStart - 2, lo, actorAt);
      break;
    }
  if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || WEEKDAY.test(t.lower) || MONTH.test(t.lower))
    return false;
  // the name run, with its inner "and"/"of"/"for"/"the": part of an actor's phrase ("Ecuador's Minister for
  // Industry and Trade", "France and Yugoslavia") when a mention lies inside or right before it
  let k = j;
  for (; k >= lo; k--) {
    if (covered(k)) return false;
    const t = v.toks[k];
    if (!(t.pos === 'PROPN' || /^(and|of|for|the|&)$/.test(t.lower))) break;
  }
  // descriptors before the name ("by senior economist Katrine Saito", "Al Qaeda's No. 2 man Ayman Zawahiri",
  // "the Basque separatist group ETA"): a name governed by a preposition is not the subject, and a name
  // described by an actor's phrase belongs to that actor
  for (let x = 0; x < 4 && k >= lo; x++, k--) {
    if (covered(k)) return false;
    const t = v.toks[k];
    if (!(/^(ADJ|NOUN|NUM)$/.test(t.pos) || /^(no\.|['’]s)$/.test(t.lower))) break;
  }
  if (k >= lo && (covered(k) || v.toks[k].pos === 'ADP')) return false;
  return true;
}

/**
 * a common-noun subject with no actor in its phrase ("That perception has wrecked Reagan's popularity and
 * threatened ...", "the move angered Moscow", "sources said"): the clause's subject is no actor, so no source.
 * The phrase is read leftwards through modifiers and prepositional phrases ("the head of the agency"); an actor
 * anywhere in it ("Hamas's attack killed", "the Israeli strike killed"), or a coordination before it ("Israel
 * and its allies agreed"), leaves the ordinary scan to decide — unless the "and" follows a verb's object and a
 * determiner opens the phrase: then it joins clauses ("Gunmen killed the governor and a suicide bomber killed").
 */
/** a definite plural that refers back to actors named before: "the nations", "the two sides" */
const GROUP_ANAPHOR =
  /^(nations|countries|partners|sides|allies|members|governments|parties|powers|superpowers|states|leaders)$/;

function nonActorNounPhrase(
  v: SentenceView,
  j: number,
  lo: number,
  covered: (k: number) => boolean,
): boolean {
  let k = j;
  for (let n = 0; k >= lo && n < 8; k--, n++) {
    if (covered(k)) return false;
    const t = v.toks[k];
    // ("the exchange rate, which critics have blamed": an object relative's subject is the noun after the pronoun)
    // (but "under which the nations agreed" names the countries before it: the old fall-through resolves them)
    if (/^(which|whom)$/.test(t.lower) || (t.lower === 'that' && t.pos !== 'DET'))
      return !(v.toks[k + 1].lower === 'the' && GROUP_ANAPHOR.test(v.toks[j].lower));
    if (/^(NOUN|ADJ|NUM|PROPN|DET|ADP)$/.test(t.pos) || /^(['’]s?|-|\(|\))$/.test(t.lower)) continue;
    break;
  }
  if (k < lo) return true;
  const stop = v.toks[k];
  // ("Gunmen killed the governor and a suicide bomber killed 10 people": after a verb's object the "and" joins
  // clauses, and the second one's subject is no actor)
  // (a determiner opens the second subject; a definite plural of actors refers back: "and the superpowers should")
  if (
    /^(and|or)$/.test(stop.lower) &&
    v.toks[k + 1]?.pos === 'DET' &&
    !(v.toks[k + 1].lower === 'the' && GROUP_ANAPHOR.test(v.toks[j].lower)) &&
    clauseBeforeConjunction(v, k, lo)
  )
    return true;
  return !(/^(and|or|,|nor)$/.test(stop.lower) || stop.pos === 'PRON');
}

/** verbs whose "object" is a reported clause's subject ("said Stearn's president and controller had resigned") */
const REPORTING_VERB =
  /^(say|tell|add|report|announce|state|claim|confirm|believe|think|know|expect|show|insist|warn|note)$/;

/** the words before the conjunction at k are a verb and its object, with its phrases ("in Iraq's highest-profile
 * assassination in eight months") and a time adverbial */
function clauseBeforeConjunction(v: SentenceView, k: number, lo: number): boolean {
  let j = timeAdverbialStartBefore(v.toks, k, lo) - 1;
  const end = j;
  while (
    j >= lo &&
    end - j < 14 &&
    (/^(NOUN|ADJ|NUM|PROPN|DET|PART|ADP)$/.test(v.toks[j].pos) || /^(['’]s|-)$/.test(v.toks[j].lower))
  )
    j--;
  return j >= lo && j < end && v.toks[j].pos === 'VERB' && !REPORTING_VERB.test(v.toks[j].lemma);
}

const ACT_OBJECT_PREP = /^(on|against|into|upon|over)$/;

/** the first mention of the coordinated list ("Iran and Syria", "Iran, Syria and Iraq") that m ends */
function listHead(v: SentenceView, m: ActorMention, lo: number): ActorMention {
  for (let guard = 0; guard < 6; guard++) {
    const k = m.tokenStart - 1;
    // (a comma only inside a list closed by "and": "London, he visited" is no list)
    if (k - 1 < lo || !(/^(and|or)$/.test(v.toks[k].lower) || (guard > 0 && v.toks[k].text === ',')))
      return m;
    let prev: ActorMention | undefined;
    for (const x of v.mentionAt.values()) if (x.tokenEnd === k) prev = x;
    if (!prev) return m;
    m = prev;
  }
  return m;
}

/** some token in [a, b) is inside an actor mention */
function coveredRange(v: SentenceView, a: number, b: number): boolean {
  for (const m of v.mentionAt.values()) if (m.tokenStart < b && m.tokenEnd > a) return true;
  return false;
}

/**
 * "the Soviet decision to withdraw", "a new Soviet willingness to reach an agreement": a country adjective before a
 * noun whose infinitive it carries out (cues infinitiveNouns) is that infinitive's subject, though it is no agent of
 * other verbs; the noun is token `end` (right after the mention), its "to" right before the trigger (one adverb
 * between)
 */
export function ownsInfinitiveNoun(
  v: SentenceView,
  end: number,
  trigger: number,
  infinitiveNouns: ReadonlySet<string>,
): boolean {
  let to = trigger - 1;
  if (to > end && v.toks[to].pos === 'ADV') to--;
  if (v.toks[to]?.lower !== 'to' || to - end !== 1) return false;
  const noun = v.toks[end];
  return noun.pos === 'NOUN' && infinitiveNouns.has(noun.lower);
}

const PHRASE_WORD = /^(NOUN|PROPN|ADJ|DET|NUM|ADP)$/;
/** participles used as prepositions: "the crackdown following the blaze authorities moved" has no participle phrase */
const PREPOSITIONAL =
  /^(following|including|regarding|concerning|excluding|involving|according|during|pending)$/;
/** participles of saying, which open a reported clause ("one senator saying Japan had promised") */
const REPORTING =
  /^(saying|claiming|adding|noting|insisting|arguing|stating|warning|asserting|alleging|explaining|suggesting|announcing|declaring|acknowledging|admitting|confirming|denying|telling)$/;

/** words that open a clause of their own inside a would-be participle phrase */
const SUBORDINATOR =
  /^(as|while|because|after|before|when|since|if|until|though|although|whereas|whether|that)$/;

/** an actor mention ends at token `end` and nothing but a determiner stands between it and the clause's start */
function actorOpensClause(v: SentenceView, end: number, lo: number): boolean {
  const m = mentionEndingAt(v, end);
  if (!m) return false;
  let b = m.tokenStart - 1;
  while (b >= lo && v.toks[b].pos === 'DET') b--;
  return b < lo || v.toks[b].pos === 'PUNCT';
}

/** a gerund after a possessive is a noun of the phrase ("Karzai's sacking of a governor") */
const possessedGerund = (v: SentenceView, k: number): boolean =>
  v.toks[k].lower.endsWith('ing') && /^['’]s?$/.test(v.toks[k - 1]?.lower ?? '');

/**
 * "Russian troops guarding the border fired", "Protesters demanding the resignation of the president clashed": the
 * -ing participle (or an -ed one before its preposition) of a phrase that runs from a subject noun up to the finite
 * verb at `verb` (its object and prepositional phrases between); -1 when there is none. Its object holds no subject
 * of the verb.
 */
export function participleOnSubject(v: SentenceView, verb: number, lo: number): number {
  // (an inflected verb only: "resolutions urging the administration oppose" has the administration opposing)
  // (or a verb group with its auxiliaries: "a militant group holding a British aid worker has threatened")
  const t = v.toks[verb];
  let k = verb - 1;
  while (k > lo && verb - k <= 3 && v.toks[k].pos === 'AUX') k--;
  if (k === verb - 1 && (t.lower === t.lemma || t.lower.endsWith('ing'))) return -1;
  verb = k + 1;
  while (
    k > lo &&
    verb - k <= 16 &&
    (PHRASE_WORD.test(v.toks[k].pos) || /^(['’]s?|-)$/.test(v.toks[k].lower) || possessedGerund(v, k))
  )
    k--;
  const p = v.toks[k];
  if (k === verb - 1 || p?.pos !== 'VERB') return -1;
  // a subordinator inside makes two clauses ("roads leading to the capital as authorities sought", "Germany's
  // intelligence cooperated with NSA as Merkel denied")
  for (let j = k + 1; j < verb; j++) if (SUBORDINATOR.test(v.toks[j].lower)) return -1;
  // (or a past participle with its preposition: "Protesters angered at the sacking of a governor ransacked"), after
  // an actor that opens the clause ("a fatwa issued in Iraq demanded", "Under a contract signed in February the
  // Saudis agreed" put no actor there)
  const pastWithPrep =
    p.lower.endsWith('ed') && v.toks[k + 1]?.pos === 'ADP' && actorOpensClause(v, k - 1, lo);
  if (
    !(p.lower.endsWith('ing') || pastWithPrep) ||
    k - 1 < lo ||
    PREPOSITIONAL.test(p.lower) ||
    REPORTING.test(p.lower)
  )
    return -1;
  // the participle right after the subject's head noun ("acting Finance Minister Goria" is a title)
  const head = v.toks[k - 1];
  return head.pos === 'NOUN' || (head.pos === 'PROPN' && head.lower.endsWith('s')) ? k : -1;
}

/**
 * The agent of an act named by a noun ("Russia's invasion", "army air strikes", "an attack by Russia"), the light
 * verbs that make such a noun the subject's own act ("launched strikes", "joined calls for"), and objects whose
 * act the subject undergoes ("workers face mass deportation").
 */
import { finiteVerbAfterNounAct } from './noun-act-phrase.js';
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt } from './actor-phrase.js';
import { codable, mentionEndingAt } from './mention-at.js';
import { titleCaseSpan } from '../nlp/title-case.js';
import { WEAPON_NOUN } from './actor-items.js';

/**
 * a verb that turns a following noun into the subject's act ("launched strikes", "issued a warning"; cues
 * lightVerbs), by lemma or by the inflected form when wink's lemma is off ("staged" -> "stag")
 */
function isLightVerb(lemma: string, lower: string, light: ReadonlySet<string>): boolean {
  if (light.has(lemma)) return true;
  const m = /^(.*?)(ed|d|s|es|ing)$/.exec(lower);
  return m !== null && (light.has(m[1]) || light.has(m[1] + 'e'));
}

/** nouns of what one party asks or offers another: answering verbs take them as someone else's */
const ASKED_OR_OFFERED =
  /^(calls?|demands?|appeals?|pleas?|requests?|offers?|proposals?|invitations?|overtures?|ultimatums?|bids?)$/;
/** verbs that answer a request or an offer ("rejected calls for", "accepted an offer of", "approved a proposal to"), light for other nouns */
const ANSWERING = /^(accept|reject|approve|authori[sz]e)$/;

/**
 * the verb that answers request or offer noun `i` ("rejected Poland's demand for", "approved Ghana's request for"):
 * its subject is the one asked (the noun's own agent is its possessor or modifier), or -1
 */
export function answeringVerbAt(v: SentenceView, i: number, lo: number): number {
  if (!ASKED_OR_OFFERED.test(v.toks[i].lower)) return -1;
  for (let j = i - 1; j >= Math.max(lo, i - 5); j--) {
    const t = v.toks[j];
    if (t.pos === 'VERB') return ANSWERING.test(t.lemma) ? j : -1;
    if (t.text === ',' || t.pos === 'ADP') return -1;
  }
  return -1;
}

const PLANNING = /^(planning|preparing|mulling|weighing|contemplating)$/;

/** the light verb (or the auxiliary right before) that makes noun trigger `i` its subject's act, or -1 */
export function lightVerbAt(v: SentenceView, i: number, lo: number, light: ReadonlySet<string>): number {
  const answered = ASKED_OR_OFFERED.test(v.toks[i].lower);
  for (let j = i - 1; j >= Math.max(lo, i - 5); j--) {
    const t = v.toks[j];
    // ("contributed to planning the massacres": a plan one helps with after "to" is not one's own act)
    if (t.pos === 'VERB' && PLANNING.test(t.lower) && v.toks[j - 1]?.lower === 'to') return -1;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && j === i - 1))
      return (isLightVerb(t.lemma, t.lower, light) &&
        !((answered || t.lemma === 'reject') && ANSWERING.test(t.lemma))) ||
        /^(issue|launch)/.test(t.lower)
        ? j
        : -1;
    // the particle of a phrasal verb ("stepped up its attacks", "carried out airstrikes"): the verb decides
    // (only "carry" of the "out" verbs: "called out Russia's aggression" is criticism, not aggression)
    if (
      j > lo &&
      v.toks[j - 1].pos === 'VERB' &&
      (t.lower === 'up' || (t.lower === 'out' && v.toks[j - 1].lemma === 'carry'))
    )
      continue;
    if (t.text === ',' || t.pos === 'ADP') return -1;
  }
  return -1;
}

const MEASURES_AGAINST = /^(boycott|boycotts|sanctions|embargo|embargoes|blockade|blacklist)$/;
/** names written before a noun as adjectives are ("US sanctions", "EU embargo"): the agent */
const NAME_AS_ADJECTIVE = /^(us|u\.s\.|usa|uk|eu)$/i;
const MEASURE_MODIFIER = /^(trade|economic|arms|oil|academic|cultural|consumer)$/;
const LIKENESS = /^(style|like|type|era|esque)$/;
/** put-off verbs whose participle after an act says it had happened ("the occupation ended", "the embargo lifted") */
const GOING_ON_BEFORE = /^(halt|suspend|lift|end)$/;
const SEIZURE_NOUN = /^(invasion|occupation|annexation)$/;
const SEIZED =
  /^(invasion|occupation|annexation|invaded|occupied|annexed|invade|invading|occupying|annexing)$/;

/** the story says elsewhere that the country was invaded, occupied or annexed ("invasion of Ukraine", "invaded Ukraine") */
function invadedInStory(doc: Doc, country: string): boolean {
  for (const m of doc.mentions) {
    if (m.country !== country) continue;
    let k = m.tokenStart - 1;
    if (doc.tokens[k]?.lower === 'the') k--;
    if (doc.tokens[k]?.lower === 'of') k--;
    if (SEIZED.test(doc.tokens[k]?.lower ?? '') && doc.tokens[k].sentence === m.sentence) return true;
  }
  return false;
}

/** nouns of a killing or an abduction, whose person modifier is the one it befell */
const VICTIM_NOUN = /^(assassination|assassinations|murder|murders|killing|killings|kidnapping|abduction)$/;

/**
 * the agent of a noun trigger without a light verb: its possessor ("Russia's invasion"), a
 * modifier right before it ("Israeli air strikes"), or a "by" phrase ("strikes by Ukraine")
 */
export function nounAgent(
  doc: Doc,
  v: SentenceView,
  i: number,
  lo: number,
  lightVerbs: ReadonlySet<string>,
  witnessVerbs: ReadonlySet<string> = NONE,
): ActorMention[] | null {
  for (let j = i - 1; j >= Math.max(lo, i - 4); j--) {
    const m = mentionEndingAt(v, j) ?? mentionEndingAt(v, j - 1);
    if (m && (m.tokenEnd === j + 1 || /^['’]s?$/.test(v.toks[j].lower))) {
      const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
      // the object of an ordinary verb is that verb's topic, not an act of its own
      // ("follow Ukraine's requests", "tests the alliance's commitment"); "since Russia's invasion" stays
      // ("said its countermeasures would continue": a noun phrase followed by its own verb is a clause's subject)
      // ("said the U.S. imposition of tariffs on Japan does not signal": past the phrase's prepositional tail)
      const subject = finiteVerbAfterNounAct(v.toks, i, v.b) >= 0;
      // ("residents reported army air strikes": what is reported or witnessed happened, cues witnessVerbs)
      if (!subject && governedByVerb(v, m.tokenStart, lo, lightVerbs, witnessVerbs)) return null;
      // "Israel boycott", "Russia sanctions", "Cuba embargo", "Iraq invasion": a country's name before a measure
      // taken against a country or its seizure is its target ("Israeli boycott", "US sanctions on Iran" name the agent)
      if (
        (MEASURES_AGAINST.test(v.toks[i].lower) || SEIZURE_NOUN.test(v.toks[i].lower)) &&
        m.kind === 'country' &&
        m.role === null &&
        m.agentive &&
        !NAME_AS_ADJECTIVE.test(m.text) &&
        v.toks[m.tokenEnd] !== undefined &&
        (m.tokenEnd === i || MEASURE_MODIFIER.test(v.toks[m.tokenEnd].lower)) &&
        // ("Can China blockade Taiwan?": a verb the tagger read as a noun; "United States embargo against Cuba"
        // names its target after it)
        !v.mentionAt.has(i + 1) &&
        !/^(against|on|of)$/.test(v.toks[i + 1]?.lower ?? '')
      )
        return null;
      // "Obama assassination attempt", "the Khashoggi murder": a person before a killing noun is its victim
      if (m.kind === 'person' && m.tokenEnd === i && VICTIM_NOUN.test(v.toks[i].lower)) return null;
      // "Ukraine's invasion" in a story of Russia's invasion of Ukraine: the possessor is whom it befell
      if (SEIZURE_NOUN.test(v.toks[i].lower) && r.country && invadedInStory(doc, r.country)) return null;
      // "a Madrid-style bombing", "Hamas-like attacks": a likeness, not the agent
      if (v.toks[m.tokenEnd]?.text === '-' && LIKENESS.test(v.toks[m.tokenEnd + 1]?.lower ?? '')) return null;
      // ("killed in a NATO airstrike": an organisation modifying the act noun is its agent, whatever governs the phrase)
      const place = m.locative && m.kind !== 'org';
      return codable(r) && !place ? [r] : null;
    }
    const t = v.toks[j];
    // (in a title-case headline every modifier is tagged a name: "Israel's Latest Assault on Gaza")
    const modifier =
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      /^['’]s?$/.test(t.lower) ||
      t.text === '-' ||
      // "U.S.-led air strikes", "Saudi-led coalition raids": the leader's act
      (t.lower === 'led' && v.toks[j - 1]?.text === '-') ||
      (t.pos === 'PROPN' && titleCaseSpan(v.toks, v.a, v.b)) ||
      // a model's name before a weapon noun: "Russian Iskander missiles", "US Predator attacks"
      (t.pos === 'PROPN' && j === i - 1 && WEAPON_NOUN.test(v.toks[i].text)) ||
      // a participle the tagger read as a verb: "Al Qaeda's failed bid", "Israel's renewed offensive"
      (t.pos === 'VERB' &&
        j === i - 1 &&
        t.lower.endsWith('ed') &&
        /^['’]s?$/.test(v.toks[j - 1]?.lower ?? ''));
    if (!modifier) break;
  }
  return byAgent(doc, v, i);
}

/**
 * The agent of an attack noun that is a force verb's subject: "Russian shelling killed five", "Israel's strikes
 * hit a school" (cues attackNouns; adverbs may stand between: "Russian shelling reportedly killed"). The
 * modifier names whose attack it is, as for a noun trigger (nounAgent), before any actor further back ("Ukrainian
 * officials said Russian shelling killed"); a bare attack noun has no agent.
 */
export function attackSubjectAgent(
  doc: Doc,
  v: SentenceView,
  trigger: number,
  lo: number,
  lex: Lexicon,
): ActorMention[] | null {
  let j = trigger - 1;
  while (j > lo && v.toks[j].pos === 'ADV') j--;
  if (j > lo && !isAttackNoun(v, j, lex)) j = attackNounBeforePhrase(v, j, lo, lex);
  if (j <= lo || !isAttackNoun(v, j, lex)) return null;
  return nounAgent(doc, v, j, lo, lex.cues.lightVerbs);
}

// (a capitalised first word is tagged a name: "Airstrikes on Syria killed 12")
const isAttackNoun = (v: SentenceView, j: number, lex: Lexicon) =>
  (v.toks[j].pos === 'NOUN' || (v.toks[j].pos === 'PROPN' && j === v.a)) &&
  lex.cues.attackNouns.has(v.toks[j].lower);

/** prepositions that attach a place or target to an attack noun ("Israeli airstrikes on Syria killed 12") */
const ATTACK_PREPS = new Set(['on', 'against', 'in', 'near', 'across', 'into', 'at']);

/**
 * The attack noun heading a subject that ends in a prepositional phrase: "Israeli airstrikes on Syria killed
 * 12" is the airstrikes' killing, not Syria's. Scans back from the phrase's last word `j` (at most six words, no
 * verb or comma between) for such a preposition right after an attack noun; returns its position, or `j`.
 */
function attackNounBeforePhrase(v: SentenceView, j: number, lo: number, lex: Lexicon): number {
  for (let k = j - 1; k > lo && j - k <= 6; k--) {
    const t = v.toks[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.lower === 'that' || t.lower === 'which')
      break;
    if (t.pos === 'ADP' && ATTACK_PREPS.has(t.lower)) return isAttackNoun(v, k - 1, lex) ? k - 1 : j;
  }
  return j;
}

/** the agent in a "by" phrase right after a noun trigger ("an attack by Russia") */
export function byAgent(doc: Doc, v: SentenceView, i: number): ActorMention[] | null {
  for (let j = i + 1; j < Math.min(v.b, i + 4); j++) {
    if (v.toks[j].lower === 'by') {
      const np = actorPhraseAt(v, j + 1);
      // ("by US-supported dictator": a modifier is no agent)
      const ms = np?.mentions
        .filter((m) => !m.modifier)
        .map((m) => (m.kind === 'pronoun' ? doc.resolve(m) : m));
      return ms?.length ? ms.filter(codable) : null;
    }
  }
  return null;
}

/** the trigger starts the object of a verb whose subject undergoes it ("face [mass] deportation", cues patientVerbs) */
export function undergoneBySubject(v: SentenceView, trigger: number, lo: number, lex: Lexicon): boolean {
  if (v.toks[trigger].pos === 'VERB') return false;
  for (let j = trigger - 1; j >= lo && trigger - j <= 3; j--) {
    const t = v.toks[j];
    if (t.pos === 'VERB') return lex.cues.patientVerbs.has(t.lemma);
    // headlines get "face" tagged a noun: still the verb right after its subject ("Dubai workers face ...")
    if (t.pos === 'NOUN' && lex.cues.patientVerbs.has(t.lemma)) return !!mentionEndingAt(v, j - 1);
    if (!/^(DET|ADJ|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** a non-light verb right before a noun phrase (skipping determiners) governs it as its object */
const NONE: ReadonlySet<string> = new Set();

function governedByVerb(
  v: SentenceView,
  npStart: number,
  lo: number,
  lightVerbs: ReadonlySet<string>,
  exempt: ReadonlySet<string>,
): boolean {
  let j = npStart - 1;
  while (j >= lo && (v.toks[j].pos === 'DET' || v.toks[j].pos === 'ADJ')) j--;
  if (j < lo) return false;
  const t = v.toks[j];
  return t.pos === 'VERB' && !lightVerbs.has(t.lemma) && !exempt.has(t.lemma);
}

/**
 * The actor phrase after the "of|by" of an act noun opening a span ("any deployment of Western troops to Ukraine",
 * "any visit by US officials to Taiwan"): who would do the act a condition names. Looked for in the span's first
 * four tokens, before any verb; null when the span opens otherwise.
 */
export function actNounAgentAt(v: SentenceView, a: number, b: number): ReturnType<typeof actorPhraseAt> {
  for (let k = a + 1; k < Math.min(a + 5, b - 1); k++) {
    const t = v.toks[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    if ((t.lower === 'of' || t.lower === 'by') && v.toks[k - 1].pos === 'NOUN')
      return actorPhraseAt(v, k + 1);
  }
  return null;
}

/**
 * the noun act at `trigger` is put off or stopped, cues putOffVerbs: the object of such a verb ("Iran postponed a
 * missile test", "US cancels joint exercise with South Korea"; in a headline the verb may be read as a noun: "US
 * delays missile test"), or followed by its participle ("CIA announces airplane bombing thwarted", "attack foiled
 * by police"; "the bombing delayed the talks" has an object and happened). Not done, and coded as no act (calling
 * off talks or a visit has patterns of its own, 16).
 */
export function putOffObject(
  v: SentenceView,
  trigger: number,
  lo: number,
  putOffVerbs: ReadonlySet<string>,
): boolean {
  const putOff = (k: number) => /^(VERB|NOUN)$/.test(v.toks[k].pos) && putOffVerbs.has(v.toks[k].lemma);
  let j = trigger - 1;
  // (a participle after a determiner modifies the noun: "shelved its planned joint patrols")
  const modifier = (k: number) =>
    /^(DET|ADJ|NUM)$/.test(v.toks[k].pos) ||
    (v.toks[k].pos === 'VERB' &&
      v.toks[k].lower.endsWith('ed') &&
      /^(DET|PRON)$/.test(v.toks[k - 1]?.pos ?? ''));
  while (j > lo && modifier(j)) j--;
  if (j > lo && /^(its|their|his|her|our)$/.test(v.toks[j].lower)) j--;
  if (j >= lo && putOff(j)) return true;
  let k = trigger + 1;
  if (k < v.b && v.toks[k].pos === 'NOUN') k++;
  return (
    k < v.b &&
    /(ed|en)$/.test(v.toks[k].lower) &&
    putOff(k) &&
    // (an act "halted", "suspended", "lifted" or "ended" had been going on: "Iraq's invasion ended in 1991")
    !GOING_ON_BEFORE.test(v.toks[k].lemma) &&
    !/^(DET|NOUN|PROPN|PRON|NUM)$/.test(v.toks[k + 1]?.pos ?? '')
  );
}

/**
 * The target of a trigger with no `+` slot: the first codable mention to the right inside the clause, skipping what
 * names the act itself (the pattern's own words, a weapon, the source's own forces), topics, go-betweens and
 * places unless the act allows them.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt, newClauseAt } from './actor-phrase.js';
import { inRanges, type ClauseInfo } from './clauses.js';
import { coordinatedVerbPhraseAt } from './shared-subject.js';
import { codable, mentionEndingAt } from './mention-at.js';
import { attributionSubject, frontedClauseEnd, subordinateClauseAt } from './clause-edges.js';
import { isPlaceMention } from './place-targets.js';
import { objectRelativeHead } from './relatives.js';
import {
  BROKERED,
  TOPIC_PREPS,
  meansOfAct,
  namesGathering,
  ownForces,
  topicOfPhrase,
} from './target-filters.js';

/** participles that open a clause on the noun before them ("a man suspected of", "militants accused of") */
const PARTICIPLE_ON_NOUN =
  /^(suspected|accused|believed|alleged|charged|wanted|convicted|linked|thought|said|reported)$/;

const NOUNISH = /^(NOUN|PROPN|PRON|NUM)$/;
/** what follows a participle that opens a clause ("suspected of", "believed to") */
const CLAUSE_AFTER_PARTICIPLE = /^(ADP|PART)$/;

/** a noun, name or pronoun among tokens [from, to) */
function nounBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NOUNISH.test(v.toks[k].pos)) return true;
  return false;
}

/** the verb after the conjunction at j (past adverbs and auxiliaries) takes a prepositional phrase of its own */
function ownPhraseAfter(v: SentenceView, j: number): boolean {
  let k = j + 1;
  while (k < v.b && k - j < 5 && v.toks[k].pos !== 'VERB') k++;
  return v.toks[k]?.pos === 'VERB' && v.toks[k + 1]?.pos === 'ADP';
}

/** the preposition that makes a pattern's noun the other side of the act */
const COUNTERPART_PREP = /^(with|against)$/;
/** verbs (lemmas) whose object is told to act by the "to" infinitive after it */
const TELL_TO =
  /^(urge|ask|tell|order|press|pressure|force|invite|advise|encourage|request|implore|exhort|beg|prod|push)$/;
/** roots of acts addressed to someone told to act: appeals, demands */
const ADDRESSED_ROOT = /^(02|10)$/;
/** prepositions whose object is no party to the act before them */
const EXCLUDING_PREP = /^(without|despite)$/;
/** a country adjective before a border noun ("the Afghan border"): a line two countries share */
const BORDER_PLACE = /\s(border|borders|frontier|boundary)$/;

export interface TargetSearch {
  from: number;
  clauses: ClauseInfo;
  sources: ActorMention[];
  /** allow "in X" places as targets (material conflict) */
  allowPlaces: boolean;
  /**
   * violence: when its object is people of no known country ("killing at least 10 people"), only a place
   * may still be the target, no actor further on
   */
  victims?: boolean;
  /**
   * violence: a town of the source's own country is a target too ("Sudanese rebels shelled Juba" hits its
   * people; place-targets.ts), where a bare own country is not
   */
  placePeople?: boolean;
  /** only places after these prepositions (withdrawals: "from Gaza", "out of Iraq") */
  placePreps?: RegExp;
  hi: number;
  /** the first token of the act's own stretch of text (a quote's content, else the sentence) */
  lo?: number;
  conditionRange: [number, number] | null;
  /** stop at a complement clause ("denied that Belgrade ..."): statements are not addressed to its subject */
  stopAtComplement?: boolean;
  /**
   * an actor after on/over/about/regarding is the topic, not the partner, of cooperation ("held talks on
   * North Korea's missile programme", "agreed on Ukraine's grain exports"); the search goes on past it
   */
  skipTopics?: boolean;
  /**
   * tokens the pattern's own words matched: an actor word there that modifies the next pattern word names
   * the act, not its target ("promised to continue military aid to Mozambique")
   */
  consumed?: readonly number[];
  /** the pattern's CAMEO root: a force posture's own forces are its means */
  root?: string;
}

/** mention m lies in a gap of the pattern's words, after the first and before the last ("killed at least 42 Syrian
 * soldiers" ends on the last: the victims) */
function insideMatch(consumed: readonly number[] | undefined, m: ActorMention): boolean {
  return !!consumed?.length && m.tokenStart > Math.min(...consumed) && m.tokenEnd - 1 < Math.max(...consumed);
}

/** the act's target (`searchTarget`), else the head of an object relative clause the trigger ends ("Hungary, which he
 * visited") */
export function findTarget(doc: Doc, v: SentenceView, t: TargetSearch): ActorMention[] | null {
  const host = visitHost(doc, v, t);
  if (host) return host;
  const found = searchTarget(doc, v, t);
  if (found || !t.consumed?.length) return found;
  const head = objectRelativeHead(doc, v, Math.min(...t.consumed), t.lo ?? v.a);
  return head && !t.sources.some((x) => x.id === head.id) ? [head] : null;
}

function searchTarget(doc: Doc, v: SentenceView, t: TargetSearch): ActorMention[] | null {
  const conds = t.clauses.conditions.map((c) => [c.a, c.b] as [number, number]);
  const srcIds = new Set(t.sources.map((m) => m.id));
  const srcCodes = new Set(t.sources.map((m) => `${m.country}|${m.org}|${m.role}`));
  let place: ActorMention[] | null = null;
  // the act's own object was people of no known country ("killing at least 10 people"): what follows may
  // still place it ("in Iraq"), but another actor further on is no party to it ("... hours after rockets hit a
  // Baghdad hotel")
  let uncodedObject = false;
  // ... and when it names armed people ("killed 50 militiamen ... in a Baghdad suburb"), the place gives their
  // country, not the place's civilians
  let objectRole: string | null = null;
  let firstNp = true;
  const verb = v.toks[t.from - 1]?.pos === 'VERB' ? v.toks[t.from - 1] : null;
  // an act inside a clause that opens the sentence has its target there ("As North Korea threatens, Thailand's
  // ambassador ...")
  const frontEnd = frontedClauseEnd(v, t.lo ?? v.a);
  const hi = frontEnd >= t.from ? Math.min(frontEnd, t.hi) : t.hi;
  for (let j = t.from; j < Math.min(hi, t.from + 18); j++) {
    if (t.clauses.boundaries.has(j) && j > t.from) break;
    // (after an object of its own, or before a preposition of the second verb's own: "resigned and fled to India";
    // "attacked, seized, and sank an Iranian ship" share the object after them)
    if (verb && coordinatedVerbPhraseAt(v, j, verb) && (nounBetween(v, t.from, j) || ownPhraseAfter(v, j)))
      break;
    if (j > t.from && newClauseAt(v, j)) break;
    if (j > t.from && !t.conditionRange && subordinateClauseAt(v, j)) break;
    if (t.stopAtComplement && v.toks[j].lower === 'that' && v.toks[j].pos === 'SCONJ') break;
    // "intervene militarily anywhere without the consent of Congress", "despite US objections": no party to the act;
    // nor is one of a reason ("criticized unofficial negotiators for complicating release efforts for two French
    // hostages"; a claim of responsibility names its act's victims there: "claimed responsibility for slaughtering")
    if (j > t.from && EXCLUDING_PREP.test(v.toks[j].lower)) break;
    if (
      j > t.from &&
      t.root !== '01' &&
      v.toks[j].lower === 'for' &&
      v.toks[j + 1]?.pos === 'VERB' &&
      /ing$/.test(v.toks[j + 1].lower)
    )
      break;
    // "urging a divided world to unite in the wake of Bush's victory": whoever an appeal tells to act came before
    // the "to"; what follows is the content
    if (
      j > t.from &&
      verb &&
      TELL_TO.test(verb.lemma) &&
      v.toks[j].lower === 'to' &&
      v.toks[j + 1]?.pos === 'VERB'
    )
      break;
    if (!t.conditionRange && inRanges(j, conds)) break;
    if (inRanges(j, t.clauses.parentheticals) && !inRanges(t.from - 1, t.clauses.parentheticals)) continue;
    // "carried out bombings in Italy to rally support for governments": a purpose clause after the place of a
    // violent act is about something else (a show of force's purpose names its addressee: "flies B-52s over
    // South Korea to send a signal to North Korea")
    if (place && t.placePeople && j > t.from && v.toks[j].lower === 'to' && v.toks[j + 1]?.pos === 'VERB')
      return armedAt(place, objectRole);
    // "arrested a man suspected of plotting to kill X": a participle clause on the object is about the object
    // (a clause: the participle takes "of", "to", "as" ...; "detained suspected militants" is an adjective)
    if (
      j > t.from &&
      PARTICIPLE_ON_NOUN.test(v.toks[j].lower) &&
      v.toks[j - 1].pos === 'NOUN' &&
      CLAUSE_AFTER_PARTICIPLE.test(v.toks[j + 1]?.pos ?? '')
    )
      break;
    // "signed a communiqué stressing the EU's commitment": in a statement or cooperation, an -ing clause on the object
    // is about the object (in violence it may carry the victims: "attacked a convoy carrying Syrian troops")
    if (
      j > t.from + 1 &&
      /^0\d$/.test(t.root ?? '') &&
      v.toks[j].pos === 'VERB' &&
      /ing$/.test(v.toks[j].lower) &&
      v.toks[j - 1].pos === 'NOUN' &&
      // (with an object of its own: "a rescheduling accord" is a compound, "covering 120 mln dlrs in debts to
      // Britain" names an amount)
      /^(DET|PROPN|PRON)$/.test(v.toks[j + 1]?.pos ?? '')
    )
      break;
    // ("arrest three more in terror probe after killing of soldier": a bare count right after the act is its uncoded
    // object; a place may still follow, no actor)
    if (j === t.from && t.victims && countObjectAt(v, j)) uncodedObject = true;
    const np = v.mentionAt.has(j) ? actorPhraseAt(v, j) : null;
    if (!np) continue;
    if (attributionSubject(v, j, np.end)) break;
    // "exchanged prisoners in a deal brokered by the UAE": a go-between is no target of the act (the author of its
    // object is: "opposed a tax proposed by Wright")
    if (j - 2 > t.from && v.toks[j - 1].lower === 'by' && BROKERED.test(v.toks[j - 2].lower)) {
      j = np.end - 1;
      continue;
    }
    // an actor word modifying a noun of the pattern names the act ("military aid"), not a party to it
    const m0 = np.mentions[0];
    // (and, for subjects who meet one another, a body naming the gathering: "Xi and Biden met on the sidelines of the
    // APEC summit"; "refused to join a G-7 meeting" keeps it)
    if (
      (t.consumed?.includes(m0.tokenStart) && t.consumed.includes(m0.tokenEnd)) ||
      (t.sources.length > 1 && namesGathering(v, m0, t.consumed))
    ) {
      // ... but people of no known country there are still the act's object ("sentenced one man to death")
      if (t.victims && firstNp && np.mentions.every((m) => m.kind === 'role' && !codable(m))) {
        uncodedObject = true;
        objectRole = armedRole(v, np.mentions[0]);
      }
      firstNp = false;
      j = np.end - 1;
      continue;
    }
    // a modifier ("US-made") is no target; nor is the source's own country as a bare owner ("Russia's doctrine"),
    // nor the source's own people named by the pattern's noun ("Mexico sent troops to Africa": its troops), nor the
    // weapon the pattern names ("launched drones at a ship")
    // (or inside the pattern's stretch, in a gap: "sent 2,000 troops to aid the Sudanese army": its troops)
    const patternNoun = (t.consumed?.includes(m0.tokenStart) ?? false) || insideMatch(t.consumed, m0);
    const ms = np.mentions
      .flatMap((m) => doc.expand(m))
      .filter(
        (m) =>
          codable(m) && !m.modifier && !srcIds.has(m.id) && !srcCodes.has(`${m.country}|${m.org}|${m.role}`),
      )
      .filter(
        (m) =>
          !(
            m.role === null &&
            m.country &&
            !(t.placePeople && isPlaceMention(m)) &&
            t.sources.some((x) => x.country === m.country)
          ) && !(patternNoun && (ownForces(m, t.sources) || meansOfAct(m, t.root))),
      );
    if (!ms.length) {
      // "arrested the militants that kidnapped Turkish engineers": the object has no known country and what
      // follows is its relative clause, whose actors are no party to this act
      const rel = v.toks[np.end];
      // ("former president Pervez Musharraf": a bare title before a coded name is that name)
      const named = v.mentionAt.get(np.end);
      const uncoded =
        np.mentions.every((m) => m.kind === 'role' && !codable(m)) && !(named && codable(doc.resolve(named)));
      // (or a participle on it: "arrested a man suspected of plotting to assassinate Zelensky")
      if (rel && (/^(that|who|which)$/.test(rel.lower) || PARTICIPLE_ON_NOUN.test(rel.lower)) && uncoded)
        break;
      // ("clashed with police at an IRA funeral": the pattern's own counterpart noun, of no known country, is the
      // other side; an actor further on is not)
      if (patternNoun && uncoded && COUNTERPART_PREP.test(m0.prep ?? '')) break;
      // ("urges Jewish settlers to stop attacking Palestinian civilians": the object an appeal or demand tells to act
      // is its addressee; after other acts "to" is a purpose: "use military force to protect Kuwaiti tankers")
      if (
        uncoded &&
        ADDRESSED_ROOT.test(t.root ?? '') &&
        j - t.from <= 2 &&
        v.toks[np.end]?.lower === 'to' &&
        v.toks[np.end + 1]?.pos === 'VERB'
      )
        break;
      if (t.victims && firstNp && j - t.from <= 4 && uncoded) {
        uncodedObject = true;
        objectRole = armedRole(v, np.mentions[0]);
      }
      firstNp = false;
      j = np.end - 1;
      continue;
    }
    firstNp = false;
    if (t.skipTopics && (TOPIC_PREPS.test(np.mentions[0].prep ?? '') || topicOfPhrase(v, j))) {
      j = np.end - 1;
      continue;
    }
    if (np.mentions[0].locative) {
      // ("killed six militants near the Afghan border": a border's adjective does not say on whose side a victim was)
      const border = t.victims && BORDER_PLACE.test(np.mentions[0].text);
      // ("walks out of nuclear talks in Geneva": a meeting's venue is no party to it)
      const venue = MEETING_NOUN.test(v.toks[np.mentions[0].tokenStart - 2]?.lower ?? '');
      if (
        t.allowPlaces &&
        !place &&
        !border &&
        !venue &&
        (!t.placePreps || t.placePreps.test(np.mentions[0].prep ?? ''))
      )
        place = ms;
      j = np.end - 1;
      continue;
    }
    if (uncodedObject) break;
    return ms;
  }
  return armedAt(place, objectRole);
}

const ARMED = /^(REB|INS|UAF|MIL|COP)$/;

/** a count of people with no noun of its own at j: "three more", "30 in Yemen", "two" (no year, no mention) */
function countObjectAt(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  if (t.pos !== 'NUM' || v.mentionAt.has(j) || /^\d{4}$/.test(t.text)) return false;
  const next = v.toks[j + 1];
  // ("one of two police officers", "240 'smart' bombs": the object's noun follows)
  return (
    !next ||
    next.lower === 'more' ||
    (next.pos === 'ADP' && next.lower !== 'of') ||
    /^[.,;:]$/.test(next.text)
  );
}

/** nouns of a gathering, whose "in"/"at" place is its venue */
const MEETING_NOUN = /^(talks|negotiations|meeting|meetings|summit|conference|session|consultations)$/;

/** the armed role of an object's people, not of a modifier ("the rebel-held city") */
function armedRole(v: SentenceView, m: ActorMention): string | null {
  const modifier = m.modifier || v.toks[m.tokenEnd]?.text === '-';
  return m.role !== null && ARMED.test(m.role) && !modifier ? m.role : null;
}

/** the armed people of the object at the places that give their country ("militants ... in Yemen": YEM REB) */
function armedAt(place: ActorMention[] | null, role: string | null): ActorMention[] | null {
  if (!place || !role) return place;
  return place.map((m) =>
    isPlaceMention(m) && m.country ? { ...m, role, place: false, capital: false } : m,
  );
}

/**
 * "Tamura told visiting U.S. Trade Representative Clayton Yeutter", "Putin met visiting Chinese President Xi": the
 * visitor's host is the subject of the verb before "visiting" (the visitor, its agent, follows it), or null
 */
function visitHost(doc: Doc, v: SentenceView, t: TargetSearch): ActorMention[] | null {
  const at = t.from - 1;
  // (only when the visitors follow it: "enjoyed visiting Japan's leader" has them before)
  if (v.toks[at]?.lower !== 'visiting' || v.toks[at - 1]?.pos !== 'VERB') return null;
  if (!t.sources.length || t.sources.some((x) => x.tokenStart < at)) return null;
  const m = mentionEndingAt(v, at - 2);
  const r = m && (m.kind === 'pronoun' ? doc.resolve(m) : m);
  return r && codable(r) && !t.sources.some((x) => x.id === r.id || x.country === r.country) ? [r] : null;
}

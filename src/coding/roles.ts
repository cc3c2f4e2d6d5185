/**
 * Finding the source and target of a trigger from shallow clause structure:
 *   source: a `$` slot; else the agent of a passive ("was attacked by X"); else the nearest subject-like
 *           mention to the left (skipping parentheticals, places and prepositional objects, following
 *           pronouns to their antecedents); inside a quote without a subject, the speaker.
 *   target: a `+` slot; else the first codable mention to the right inside the clause.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt } from './match.js';
import { inRanges, type ClauseInfo } from './clauses.js';
import { addresseeOfReport } from './reports.js';
import { nonActorSubject, ownsInfinitiveNoun, purposeObject } from './unknown-subject.js';
import { timeAdverbialEnd } from './time-words.js';
import { coordinatedVerbPhraseAt, firstConjunctVerb, participleHead } from './shared-subject.js';
import { attributiveParticiple, isPassive, passiveAgentOf, reducedPassiveRelative } from './passives.js';
import { byAgent, lightVerbAt, nounAgent, undergoneBySubject } from './noun-agents.js';
import { codable, mentionEndingAt, ofPhraseHead } from './mention-at.js';
import { attributionSubject, clauseVerbOf, subordinateClauseAt, subordinateVerb } from './clause-edges.js';
import { isPlaceMention } from './place-targets.js';
import { RELATIVE, isThingNoun, relativeBefore, relativeOnThing } from './relatives.js';
import { issuingVerb } from './documents.js';
import {
  BROKERED,
  TOPIC_PREPS,
  meansOfAct,
  namesGathering,
  ownForces,
  topicOfPhrase,
} from './target-filters.js';

export { codable, mentionEndingAt } from './mention-at.js';

/** a country adjective before a border noun ("the Afghan border"): a line two countries share */
const BORDER_PLACE = /\s(border|borders|frontier|boundary)$/;
const PREP_OK = /^(by|of)$/;

function isPrepObject(m: ActorMention): boolean {
  return !!m.prep && !PREP_OK.test(m.prep);
}

export interface SourceSearch {
  trigger: number;
  clauses: ClauseInfo;
  /** token range the search must stay in (e.g. the quote content) */
  lo: number;
  /** trigger is inside a condition: only look inside it; else skip condition ranges */
  conditionRange: [number, number] | null;
}

export function findSource(doc: Doc, v: SentenceView, s: SourceSearch, lex: Lexicon): ActorMention[] | null {
  // a participle right after a noun is a reduced relative ("voices in the EU urging caution"):
  // its subject is that noun, an actor only if the noun is one
  const trig = v.toks[s.trigger];
  const before = v.toks[s.trigger - 1];
  if (
    trig.pos === 'VERB' &&
    /ing$/.test(trig.lower) &&
    before &&
    s.trigger - 1 >= s.lo &&
    (before.pos === 'NOUN' || before.pos === 'PROPN')
  ) {
    // "X issued a statement condemning Y": the document's issuer is the participle's subject
    const issuer = issuingVerb(v, s.trigger - 1, s.lo, lex);
    if (issuer >= 0) return findSource(doc, v, { ...s, trigger: issuer }, lex);
    const m = mentionEndingAt(v, s.trigger - 1);
    if (!m || m.locative || !m.agentive || isPrepObject(m)) return null;
    const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
    return codable(r) ? [r] : null;
  }
  if (reducedPassiveRelative(v, s.trigger, s.lo)) return byAgent(doc, v, s.trigger);
  // "to release detained U.S. citizen", "the jailed activists": a participle modifying the noun after it names no
  // agent but a "by" phrase
  if (attributiveParticiple(v, s.trigger, s.lo)) return byAgent(doc, v, s.trigger);
  // "workers face mass deportation": the subject undergoes the act; only a "by" phrase names its agent
  if (undergoneBySubject(v, s.trigger, s.lo, lex)) return byAgent(doc, v, s.trigger);
  // (a title-case headline gets its nouns tagged as names: "Pentagon Says Protests Are ...")
  if (trig.pos !== 'VERB') {
    const light = lightVerbAt(v, s.trigger, s.lo, lex.cues.lightVerbs);
    if (light < 0 && (trig.pos === 'NOUN' || trig.pos === 'PROPN'))
      return nounAgent(doc, v, s.trigger, s.lo, lex.cues.lightVerbs, lex.cues.witnessVerbs);
    // "..., and has threatened to take retaliatory action": an infinitive light verb's subject is its governing
    // verb's
    if (light - 2 >= s.lo && v.toks[light - 1].lower === 'to' && v.toks[light - 2].pos === 'VERB')
      return findSource(doc, v, { ...s, trigger: light - 2 }, lex);
  }
  // ", who met Netanyahu": the relative clause's subject is the mention before the comma
  // (only when "who"/"which" is the verb's subject: in ", which Holderbank agreed to buy," it is the object)
  const rel = s.clauses.parentheticals.find(
    ([a, b]) =>
      s.trigger >= a &&
      s.trigger < b &&
      /^(who|which)$/.test(v.toks[a + 1]?.lower ?? '') &&
      onlyModifiersBetween(v, a + 2, s.trigger),
  );
  if (rel) {
    const m = mentionEndingAt(v, rel[0] - 1);
    if (m) {
      const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
      // ("the attack on the frigate Stark in the Gulf, which killed 37", "a general strike in Nigeria, which has
      // raised fears": "which" is the phrase's head, not the place; a capital there may act: "talks in Moscow,
      // which condemned")
      const place = m.locative && !m.capital && v.toks[rel[0] + 1].lower === 'which';
      return codable(r) && !place ? [r] : null;
    }
  }
  if (!s.conditionRange && nonActorSubject(v, s.trigger, s.lo)) return null;
  // a coordinated verb phrase shares the first verb's subject ("That perception has wrecked Reagan's popularity
  // and threatened ...", "Russian forces shelled Kharkiv and killed five"): scanning on would reach its object
  const first = !s.conditionRange ? firstConjunctVerb(v, s.trigger, s.lo, lex.cues.speechVerbs) : -1;
  if (first >= 0) return findSource(doc, v, { ...s, trigger: first }, lex);
  // ", killing 20 people": a participle clause's subject is its main clause's ("Floods hit Pakistan, killing")
  const head = !s.conditionRange ? participleHead(v, s.trigger, s.lo, lex.cues.speechVerbs) : -1;
  if (head >= 0) return findSource(doc, v, { ...s, trigger: head }, lex);
  const conds = s.clauses.conditions.map((c) => [c.a, c.b] as [number, number]);
  const purpose = purposeObject(v, s.trigger, s.lo, lex.cues.infinitiveNouns);
  for (let j = s.trigger - 1; j >= s.lo; j--) {
    if (inRanges(j, s.clauses.parentheticals) && !inRanges(s.trigger, s.clauses.parentheticals)) continue;
    // the trigger's clause opens with a subordinator ("a day after the international community imposed"): its
    // subject is inside it, never the main clause's
    if (!s.conditionRange && clauseVerbOf(v, subordinateVerb(v, j), s.trigger)) return null;
    if (s.conditionRange) {
      if (j < s.conditionRange[0]) break;
    } else if (inRanges(j, conds)) continue;
    // "a resolution that aims to ...", "a traffic accident that killed a motorcyclist": a relative clause whose
    // head noun is not an actor has no actor subject ("that" right before a noun trigger is its determiner); nor
    // has one on a thing "of" an actor ("the invasion of Panama that killed 800": the invasion killed)
    const tj = v.toks[j];
    // "a factory where fire killed 112": a where-clause's subject is inside it, never before it
    if (tj.lower === 'where' && trig.pos === 'VERB') return null;
    if (RELATIVE.test(tj.lower) && (j < s.trigger - 1 || trig.pos === 'VERB') && relativeOnThing(v, j, s.lo))
      return null;
    const m0 = mentionEndingAt(v, j);
    if (!m0) continue;
    // "a strong earthquake that struck southwest Japan killed one person", "the rebels who fought Assad captured":
    // an actor ending a relative clause right before the verb is no subject of it — the clause's head is
    const rel =
      trig.pos === 'VERB' && m0.tokenEnd === s.trigger ? relativeBefore(v, m0.tokenStart, s.lo) : -1;
    if (rel >= 0 && isThingNoun(v, rel - 1, s.lo)) return null;
    if (rel >= 0 && mentionEndingAt(v, rel - 1)) {
      j = rel;
      continue;
    }
    // "left the Japanese embassy to meet ...": the object of a non-control verb is no subject of the infinitive
    if (purpose && m0.tokenStart >= purpose[0] && m0.tokenEnd <= purpose[1]) continue;
    // "warned the United States that ...": the object of the reporting verb is the addressee, not the subject
    if (addresseeOfReport(v, m0, s.lo)) continue;
    const m = m0.kind === 'pronoun' ? doc.resolve(m0) : m0;
    if (m0.kind === 'pronoun' && m === m0) continue; // unresolved pronoun
    if (
      m0.locative ||
      (!m0.agentive && !ownsInfinitiveNoun(v, m0.tokenEnd, s.trigger, lex.cues.infinitiveNouns))
    )
      continue;
    // "the Albanians of southern Serbia demanded": the head of the "of" phrase is the subject
    if (ofPhraseHead(v, m0, s.lo)) continue;
    // possessor of a noun trigger ("Russia's invasion") is its agent even after a preposition
    const possessive = /^['’]s?$/.test(v.toks[m0.tokenEnd]?.lower ?? '') && s.trigger - m0.tokenEnd <= 3;
    if (!possessive && isPrepObject(m0)) continue;
    // a passive's agent is no subject of a verb coordinated after it ("X has been indicted by the court ... and
    // will resign": X resigns) nor of the verb of the noun its participle modifies ("rebels backed by Rwanda
    // attacked"); it is one of a purpose or relative clause on it ("used by China to threaten", "a boycott by
    // rebels who accused") and of a noun trigger ("an attack by Russia", "shelling by Russian forces killed")
    if (trig.pos === 'VERB' && !isPassive(v, s.trigger) && passiveAgentOf(v, m0, s.trigger)) continue;
    if (!codable(m)) {
      // "British warplanes and warships": a bare role noun coordinated with a coded actor takes the scan on;
      // so does one inside an "including" aside ("Russian aircraft including helicopter gunships killed")
      const conj = coordinatedRole(v, m0.tokenStart, s.lo, lex);
      if (conj === m0.tokenStart - 1) continue;
      // after "and several" / "and a group of", only when the conjunct before is a mention and no verb's object
      // ("X met Romanian leaders and several deputies criticized Y")
      const left = conj < 0 ? null : mentionEndingAt(v, v.toks[conj - 1]?.text === ',' ? conj - 2 : conj - 1);
      if (!left || v.toks[left.tokenStart - 1]?.pos === 'VERB') return null;
      j = conj;
      continue;
    }
    // a plural pronoun for a list ("they" = Mali, Niger and Burkina Faso)
    if (m0.kind === 'pronoun' && m0.antecedents?.length) return doc.expand(m0).filter(codable);
    // coordinated subjects: "Israel and the Palestinians agreed"
    const out = [m];
    // "A and B", "A, B and C": after an "and", bare commas continue the list
    let k = m0.tokenStart - 1;
    if (k > s.lo && /^(the|a)$/.test(v.toks[k].lower)) k--; // "Israel and the Palestinians"
    let sawConj = false;
    let governed = false;
    // "India, Pakistan exchange fire": a headline's two names before a plural verb's base form are a pair
    const pair = k > s.lo && v.toks[k].text === ',' && m0.tokenEnd === s.trigger && pluralBaseVerb(trig);
    while (
      k > s.lo &&
      (/^(and|or|&)$/.test(v.toks[k].lower) || ((sawConj || pair) && v.toks[k].text === ','))
    ) {
      if (/^(and|or|&)$/.test(v.toks[k].lower)) sawConj = true;
      let kk = k - 1;
      if (v.toks[kk]?.lower === ',') kk--;
      while (kk > s.lo && /^(the|a)$/.test(v.toks[kk].lower)) kk--;
      const prev = mentionEndingAt(v, kk);
      if (!prev || prev.locative || !codable(doc.resolve(prev))) break;
      // (the pair is the whole headline subject: nothing but its first name before it)
      if (pair && !sawConj && prev.tokenStart !== s.lo) break;
      out.unshift(doc.resolve(prev));
      // "such as Italy, Belgium and the Netherlands" names the subject; "to Austria, ..." does not
      if (isPrepObject(prev) && !/^(as|like|including)$/.test(prev.prep ?? '')) governed = true;
      k = prev.tokenStart - 1;
    }
    // "ambassador to Austria, the Netherlands and the UN": the list is a preposition's object, not a
    // subject; the scan goes on before the whole list
    if (governed) {
      j = k + 1;
      continue;
    }
    void lex;
    return out;
  }
  return null;
}

/** a present-tense verb of a plural subject: its base form, not an -s or past form */
function pluralBaseVerb(t: { pos: string; lower: string; lemma: string }): boolean {
  return t.pos === 'VERB' && t.lower === t.lemma && !t.lower.endsWith('ed');
}

/**
 * "and [several | a group of | members of] deputies": the role noun at `start` is a later conjunct (its
 * determiners, numbers, adjectives and a partitive "N of" skipped back to "and"/"or"/"including"): the
 * conjunction's index, else -1
 */
function coordinatedRole(v: SentenceView, start: number, lo: number, lex: Lexicon): number {
  for (let k = start - 1; k >= lo && start - k <= 5; k--) {
    const t = v.toks[k];
    if (/^(and|or|including)$/.test(t.lower)) return k;
    const partitive =
      t.lower === 'of' || (lex.cues.partitiveNouns.has(t.lower) && v.toks[k + 1]?.lower === 'of');
    if (!partitive && !/^(DET|NUM|ADJ)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** tokens [from, to) are only auxiliaries, adverbs, particles and time adverbials ("last month") */
function onlyModifiersBetween(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const j = timeAdverbialEnd(v.toks, i, to);
    if (j > i) i = j;
    else if (/^(AUX|ADV|PART)$/.test(v.toks[i].pos)) i++;
    else return false;
  }
  return true;
}

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

export function findTarget(doc: Doc, v: SentenceView, t: TargetSearch): ActorMention[] | null {
  const conds = t.clauses.conditions.map((c) => [c.a, c.b] as [number, number]);
  const srcIds = new Set(t.sources.map((m) => m.id));
  const srcCodes = new Set(t.sources.map((m) => `${m.country}|${m.org}|${m.role}`));
  let place: ActorMention[] | null = null;
  // the act's own object was people of no known country ("killing at least 10 people"): what follows may
  // still place it ("in Iraq"), but another actor further on is no party to it ("... hours after rockets hit a
  // Baghdad hotel")
  let uncodedObject = false;
  let firstNp = true;
  const verb = v.toks[t.from - 1]?.pos === 'VERB' ? v.toks[t.from - 1] : null;
  for (let j = t.from; j < Math.min(t.hi, t.from + 18); j++) {
    if (t.clauses.boundaries.has(j) && j > t.from) break;
    if (verb && j > t.from && coordinatedVerbPhraseAt(v, j, verb)) break;
    if (j > t.from && !t.conditionRange && subordinateClauseAt(v, j)) break;
    if (t.stopAtComplement && v.toks[j].lower === 'that' && v.toks[j].pos === 'SCONJ') break;
    if (!t.conditionRange && inRanges(j, conds)) break;
    if (inRanges(j, t.clauses.parentheticals) && !inRanges(t.from - 1, t.clauses.parentheticals)) continue;
    // "carried out bombings in Italy to rally support for governments": a purpose clause after the place of a
    // violent act is about something else (a show of force's purpose names its addressee: "flies B-52s over
    // South Korea to send a signal to North Korea")
    if (place && t.placePeople && j > t.from && v.toks[j].lower === 'to' && v.toks[j + 1]?.pos === 'VERB')
      return place;
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
      if (t.victims && firstNp && np.mentions.every((m) => m.kind === 'role' && !codable(m)))
        uncodedObject = true;
      firstNp = false;
      j = np.end - 1;
      continue;
    }
    // a modifier ("US-made") is no target; nor is the source's own country as a bare owner ("Russia's doctrine"),
    // nor the source's own people named by the pattern's noun ("Mexico sent troops to Africa": its troops), nor the
    // weapon the pattern names ("launched drones at a ship")
    const patternNoun = t.consumed?.includes(m0.tokenStart) ?? false;
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
      if (rel && /^(that|who|which)$/.test(rel.lower) && uncoded) break;
      if (t.victims && firstNp && j - t.from <= 4 && uncoded) uncodedObject = true;
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
      if (
        t.allowPlaces &&
        !place &&
        !border &&
        (!t.placePreps || t.placePreps.test(np.mentions[0].prep ?? ''))
      )
        place = ms;
      j = np.end - 1;
      continue;
    }
    if (uncodedObject) break;
    return ms;
  }
  return place;
}

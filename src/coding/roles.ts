/**
 * Finding the source and target of a trigger from shallow clause structure:
 *   source: a `$` slot; else the agent of a passive ("was attacked by X"); else the nearest subject-like
 *           mention to the left (skipping parentheticals, places and prepositional objects, following
 *           pronouns to their antecedents); inside a quote without a subject, the speaker.
 *   target: a `+` slot; else the first codable mention to the right inside the clause (target-search.ts).
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './match.js';
import { inRanges, type ClauseInfo } from './clauses.js';
import { addresseeOfReport } from './reports.js';
import {
  nonActorSubject,
  ownsInfinitiveNoun,
  participleOnSubject,
  purposeObject,
} from './unknown-subject.js';
import { timeAdverbialEnd } from './time-words.js';
import { firstConjunctVerb, objectOfVerbBefore, participleHead, pluralBaseVerb } from './shared-subject.js';
import { isPassive } from './passives.js';
import { attributiveAgent, attributiveParticiple, reducedPassiveRelative } from './reduced-relatives.js';
import { attributedAgent, isAccidentVerb, passiveAgentOf } from './passive-agents.js';
import { byAgent, lightVerbAt, nounAgent, putOffObject, undergoneBySubject } from './noun-agents.js';
import { codable, mentionEndingAt, nonActorOfChainHead, ofPhraseHead } from './mention-at.js';
import { allCandidates } from './triggers.js';
import { clauseVerbOf, subordinateVerb } from './clause-edges.js';
import {
  RELATIVE,
  isThingNoun,
  relativeBefore,
  relativeOnThing,
  sayerInRelative,
  codableHeadBefore,
} from './relatives.js';
import { issuingVerb } from './documents.js';
import { onlyModifiersBetween, ownedOtherSubject } from './owned-subjects.js';
import { destinationFor, lastWordBefore, nounBeforeOfPhrase, readinessSubject } from './infinitives.js';

export { objectOwner } from './object-owner.js';

export { codable, mentionEndingAt } from './mention-at.js';

const PREP_OK = /^(by|of)$/;

const POSSESSIVE_DET = /^(their|its|his|her|our|my|your)$/;
const AND_OR = /^(and|or)$/;

/**
 * m is a bare possessive determiner whose noun phrase ends before "and"/"or" ("bombing their positions and killing"):
 * the object of a verb before the conjunction, no subject of the verb after it ("her comments raised" keeps hers)
 */
function ownerInObjectBefore(v: SentenceView, m: ActorMention): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || !POSSESSIVE_DET.test(v.toks[m.tokenStart].lower)) return false;
  let k = m.tokenEnd;
  while (k < v.b && k - m.tokenEnd < 4 && (v.toks[k].pos === 'NOUN' || v.toks[k].pos === 'ADJ')) k++;
  return k > m.tokenEnd && AND_OR.test(v.toks[k]?.lower ?? '');
}

/**
 * an -ing participle right after a mention, which is the trigger or whose "to" takes it: the mention is its subject
 * even after a preposition ("visas to Americans wishing to travel to Gaza", "fired on protesters demanding")
 */
function ingSubject(v: SentenceView, m: ActorMention, trigger: number): boolean {
  const k = m.tokenEnd;
  const t = v.toks[k];
  if (!t || t.pos !== 'VERB' || !t.lower.endsWith('ing') || k > trigger) return false;
  return k === trigger || (v.toks[k + 1]?.lower === 'to' && onlyModifiersBetween(v, k + 2, trigger));
}

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
  // "told visiting U.S. Secretary of State George Shultz": an -ing modifier's agent is the people it modifies
  const modified = attributiveAgent(v, s.trigger, s.lo);
  if (modified) return modified.map((m) => (m.kind === 'pronoun' ? doc.resolve(m) : m)).filter(codable);
  // "workers face mass deportation": the subject undergoes the act; only a "by" phrase names its agent
  if (undergoneBySubject(v, s.trigger, s.lo, lex)) return byAgent(doc, v, s.trigger);
  // (a title-case headline gets its nouns tagged as names: "Pentagon Says Protests Are ...")
  if (trig.pos !== 'VERB') {
    if (putOffObject(v, s.trigger, s.lo, lex.cues.putOffVerbs)) return null;
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
  // "ostracism by Arab states due to meet": the noun before "due to" is the subject, an actor or none
  const ready = trig.pos === 'VERB' ? readinessSubject(v.toks, s.lo, s.trigger) : -1;
  if (ready >= 0) {
    const m = mentionEndingAt(v, ready);
    const r = m && !m.locative ? (m.kind === 'pronoun' ? doc.resolve(m) : m) : null;
    return r && codable(r) ? [r] : null;
  }
  // a coordinated verb phrase shares the first verb's subject ("That perception has wrecked Reagan's popularity
  // and threatened ...", "Russian forces shelled Kharkiv and killed five"): scanning on would reach its object
  const first = !s.conditionRange ? firstConjunctVerb(v, s.trigger, s.lo, lex.cues.speechVerbs) : -1;
  if (first >= 0) return findSource(doc, v, { ...s, trigger: first }, lex);
  // ", killing 20 people": a participle clause's subject is its main clause's ("Floods hit Pakistan, killing")
  const head = !s.conditionRange ? participleHead(v, s.trigger, s.lo) : -1;
  if (head >= 0)
    return isAccidentVerb(v.toks[head]) ? null : findSource(doc, v, { ...s, trigger: head }, lex);
  const conds = s.clauses.conditions.map((c) => [c.a, c.b] as [number, number]);
  const purpose = purposeObject(v, s.trigger, s.lo, lex.cues.infinitiveNouns);
  // "Protesters demanding the resignation of the president clashed": the participle phrase's object is no subject
  const start = trig.pos === 'VERB' ? participleOnSubject(v, s.trigger, s.lo) : -1;
  for (let j = start >= 0 ? start - 1 : s.trigger - 1; j >= s.lo; j--) {
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
    // ... nor one on people no lexicon names ("those who supported the party in the past"; "Tony Blair is among those
    // who have called for" is Blair)
    if (
      tj.lower === 'who' &&
      /^(those|anyone|everyone|someone)$/.test(v.toks[j - 1]?.lower ?? '') &&
      !/^(among|of)$/.test(v.toks[j - 2]?.lower ?? '')
    )
      return null;
    // ... nor one on a common noun no lexicon names ("deal with hunters who violate the law"; "LDP members who
    // oppose" are the party's, "Funaro and others who" a list)
    if (tj.lower === 'who' && uncodedNounBefore(v, j) && onlyModifiersBetween(v, j + 1, s.trigger)) {
      const owner = mentionEndingAt(v, j - 2);
      const conj = /^(and|or)$/.test(v.toks[j - 2]?.lower ?? '');
      if (owner && codable(owner) && lex.cues.partitiveNouns.has(v.toks[j - 1].lower)) return [owner];
      if (!conj && v.toks[j - 1].lower !== 'others') return null;
    }
    const m0 = mentionEndingAt(v, j);
    if (!m0) continue;
    // "Germany's Paulaner rejects": a name the lexicon does not know, owned by the actor, heads the verb's subject
    // (and so are the owner's counterparts: "Russia's allies condemned")
    if (trig.pos === 'VERB' && ownedOtherSubject(v, m0, s.trigger, lex.cues.otherPartyNouns)) return null;
    // "a strong earthquake that struck southwest Japan killed one person", "the rebels who fought Assad captured":
    // an actor ending a relative clause right before the verb is no subject of it — the clause's head is
    const rel =
      trig.pos === 'VERB' &&
      (m0.tokenEnd === s.trigger || timeAdverbialEnd(v.toks, m0.tokenEnd, s.trigger) === s.trigger)
        ? relativeBefore(v, m0.tokenStart, s.lo)
        : -1;
    if (rel >= 0 && isThingNoun(v, rel - 1, s.lo)) return null;
    if (rel >= 0 && mentionEndingAt(v, rel - 1)) {
      j = rel;
      continue;
    }
    const sayer = sayerInRelative(v, m0, s.trigger, lex.cues.speechVerbs);
    if (sayer >= 0) return codableHeadBefore(v, sayer);
    // "the reluctance of the EU to impose", "the decision of Israel to build": the "of" actor does the infinitive
    if (ofSubject(v, m0, s.trigger, lex)) {
      const r = m0.kind === 'pronoun' ? doc.resolve(m0) : m0;
      return codable(r) ? [r] : null;
    }
    // "left the Japanese embassy to meet ...": the object of a non-control verb is no subject of the infinitive
    if (purpose && m0.tokenStart >= purpose[0] && m0.tokenEnd <= purpose[1]) continue;
    // "warned the United States that ...": the object of the reporting verb is the addressee, not the subject
    if (addresseeOfReport(v, m0, s.lo)) continue;
    const m = m0.kind === 'pronoun' ? doc.resolve(m0) : m0;
    if (m0.kind === 'pronoun' && m === m0) continue; // unresolved pronoun
    // ("bombing their positions and killing": a possessive before its noun is inside an object, no subject)
    if (m0.kind === 'pronoun' && ownerInObjectBefore(v, m0)) continue;
    if (
      m0.locative ||
      (!m0.agentive && !ownsInfinitiveNoun(v, m0.tokenEnd, s.trigger, lex.cues.infinitiveNouns))
    )
      continue;
    // "the Albanians of southern Serbia demanded": the head of the "of" phrase is the subject
    if (ofPhraseHead(v, m0, s.lo)) continue;
    // ("The arrest of a commander of the Iraqi National Guard raises concerns": the subject is the act noun)
    if (
      nonActorOfChainHead(
        v,
        m0,
        s.lo,
        (i) =>
          allCandidates(lex, v, i).some((p) => p.pos !== 'VERB') &&
          !lex.cues.partitiveNouns.has(v.toks[i].lower),
      )
    )
      return null;
    // possessor of a noun trigger ("Russia's invasion") is its agent even after a preposition
    // ("Washington's firm intention to retaliate": adjectives and adverbs between do not count)
    // ("to his calls for": a possessive determiner too)
    const possessive =
      (/^['’]s?$/.test(v.toks[m0.tokenEnd]?.lower ?? '') && wordsBetween(v, m0.tokenEnd, s.trigger) <= 2) ||
      (m0.kind === 'pronoun' &&
        POSSESSIVE_DET.test(v.toks[m0.tokenStart].lower) &&
        wordsBetween(v, m0.tokenStart, s.trigger) <= 2);
    // ("paid for the pope to visit": the "for" phrase of an infinitive is its subject)
    const forSubject =
      m0.prep === 'for' &&
      v.toks[m0.tokenEnd]?.lower === 'to' &&
      onlyModifiersBetween(v, m0.tokenEnd + 1, s.trigger) &&
      // ("left for Washington to meet the IMF" names a destination)
      !destinationFor(v.toks, lastWordBefore(v.toks, m0.tokenStart, 'for', 4));
    // ("Bombings blamed on al-Qaeda killed 24": the act's attributed agent)
    const attributed = attributedAgent(v, m0, s.trigger);
    if (!possessive && !forSubject && !attributed && !ingSubject(v, m0, s.trigger) && isPrepObject(m0))
      continue;
    // a passive's agent is no subject of a verb coordinated after it ("X has been indicted by the court ... and
    // will resign": X resigns) nor of the verb of the noun its participle modifies ("rebels backed by Rwanda
    // attacked"); it is one of a purpose or relative clause on it ("used by China to threaten", "a boycott by
    // rebels who accused") and of a noun trigger ("an attack by Russia", "shelling by Russian forces killed")
    if (trig.pos === 'VERB' && !attributed && !isPassive(v, s.trigger) && passiveAgentOf(v, m0, s.trigger))
      continue;
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
    // ("Mexico, Colombia, Argentina and others rejected": a list closed by "and others" runs on over its commas)
    let sawConj =
      /^(and|or)$/.test(v.toks[m0.tokenEnd]?.lower ?? '') &&
      /^other/.test(v.toks[m0.tokenEnd + 1]?.lower ?? '');
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
      if (v.toks[k].text !== ',' && objectOfVerbBefore(v, prev.tokenStart, s.lo, lex.cues.speechVerbs)) break;
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

/** a lower-case common noun no mention covers right before token j */
function uncodedNounBefore(v: SentenceView, j: number): boolean {
  const t = v.toks[j - 1];
  return (
    !!t &&
    t.pos === 'NOUN' &&
    /^\p{Ll}/u.test(t.text) &&
    !mentionEndingAt(v, j - 1) &&
    !v.mentionAt.has(j - 1)
  );
}

/** the tokens strictly between a and b that are no adjective or adverb */
function wordsBetween(v: SentenceView, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (v.toks[k].pos !== 'ADJ' && v.toks[k].pos !== 'ADV') n++;
  return n;
}

/** m is the "of" phrase before the "to" of the trigger, after a noun that carries an infinitive or negates it */
function ofSubject(v: SentenceView, m: ActorMention, trigger: number, lex: Lexicon): boolean {
  if (m.prep !== 'of') return false;
  const noun = nounBeforeOfPhrase(v.toks, v.a, trigger);
  return !!noun && (lex.cues.infinitiveNouns.has(noun.lower) || lex.cues.negationVerbs.has(noun.lower));
}

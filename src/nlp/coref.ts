/**
 * Stage `coref`: links third-person pronouns and definite descriptions to earlier mentions.
 *   he/she/his/her      -> the last person of compatible gender in this or the previous paragraph, or a
 *                          compound naming one person ("Montenegro's prime minister")
 *   it/its/they/their   -> the last codable group actor (country, organisation, compound) in this or
 *                          the previous sentence
 *   "the president"     -> the last person whose title contains that noun
 * First-person pronouns inside quotes are linked to the speaker by the quotes stage.
 */
import type { Stage } from './pipeline.js';
import type { ActorMention, Doc } from '../model/document.js';
import { GROUP_KINDS, codable, isSubjectLike, quoteOpenBefore } from './coref-util.js';
import {
  actOwner,
  cataphoraSubject,
  obligedAddressee,
  participleReporter,
  relativeSayer,
  relativeSayers,
  sayerOf,
  subjectBefore,
  unknownGroupSayer,
  unknownSpeakerBefore,
  warnerOf,
} from './coref-clauses.js';

const GROUP_WORDS = /^(group|movement|militia)$/;
const GROUP_ROLES = /^(REB|INS|SEP|UAF|RAD|IGO)$/;

/**
 * pronouns that are only objects: never the subject of the verb right before them ("them" has its own search,
 * objectThemAntecedent: its antecedent is often a group the lexicon does not know, and skipping the subject for
 * the next known actor would reach an unrelated one)
 */
const OBJECT_PRONOUN = /^him$/;

/** c is the subject of the verb right before pronoun m ("fundamentalists continued their", "police said they") */
function ownSubject(doc: Doc, c: ActorMention, m: ActorMention): boolean {
  if (c.sentence !== m.sentence || m.tokenStart - c.tokenEnd > 3 || m.tokenStart <= c.tokenEnd) return false;
  for (let k = c.tokenEnd; k < m.tokenStart; k++) if (doc.tokens[k].pos === 'VERB') return true;
  return false;
}

/**
 * The antecedent of an object "them" whose own verb's subject is the nearest group ("If NATO sends troops, Russia will
 * strike them"): the nearest plural role noun of the sentence before that subject, or the actor that sends, deploys
 * or has them (the subject of the verb right before the noun: "NATO sends troops" -> NATO); null when the sentence has
 * no such noun (the pronoun stays unresolved rather than naming the subject or an actor further back). undefined
 * when the nearest group is no subject of the pronoun's verb (the ordinary search decides).
 */
function objectThemAntecedent(doc: Doc, ms: ActorMention[], i: number): number | null | undefined {
  const m = ms[i];
  let j = i - 1;
  while (j >= 0 && !(GROUP_KINDS.has(ms[j].kind) && codable(ms[j]))) j--;
  if (j < 0 || !ownSubject(doc, ms[j], m) || !isSubjectLike(doc, ms[j])) return undefined;
  for (let k = j - 1; k >= 0 && ms[k].sentence === m.sentence; k--) {
    const c = ms[k];
    if (c.kind !== 'role' || !/s$/.test(c.text)) continue;
    if (codable(c)) return c.id;
    let v = c.tokenStart - 1;
    while (v > 0 && /^(DET|NUM|ADJ)$/.test(doc.tokens[v].pos)) v--;
    if (doc.tokens[v]?.pos !== 'VERB') return c.id;
    const owner = ms.find(
      (o) => o.sentence === m.sentence && o.tokenEnd === v && codable(o) && GROUP_KINDS.has(o.kind),
    );
    return owner ? owner.id : c.id;
  }
  return null;
}

/** a group named by a plural noun ("Western countries", "Western allies"; not "the United States / Nations") */
const PLURAL_GROUP =
  /^(?!(the )?united )(.+ )?(allies|powers|countries|governments|partners|nations|states)$/i;

/** the ids of the coordinated list ending with ms[j] ("Mali, Niger and Burkina Faso"), in text order */
function coordinatedList(doc: Doc, ms: ActorMention[], j: number): number[] {
  const out = [ms[j].id];
  let k = j;
  while (k > 0) {
    const prev = ms[k - 1];
    const between = doc.tokens.slice(prev.tokenEnd, ms[k].tokenStart).map((t) => t.lower);
    const joined = between.length > 0 && between.every((w) => w === ',' || w === 'and' || w === 'or');
    // the last two members are joined by "and"/"or" ("Niger and Burkina Faso"); a bare comma there ends a clause
    const conj = between.includes('and') || between.includes('or');
    if (!joined || (k === j && !conj) || !GROUP_KINDS.has(prev.kind) || !codable(prev)) break;
    if (prev.sentence !== ms[k].sentence) break;
    out.unshift(prev.id);
    k--;
  }
  return out;
}

export const corefStage: Stage = {
  name: 'coref',
  requires: ['actors', 'sentences'],
  provides: ['coref'],
  run(doc: Doc) {
    const ms = doc.mentions;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      const para = doc.sentences[m.sentence].paragraph;
      if (m.kind === 'pronoun' && m.gender) {
        // "Volcker said he would step down": the speaker right before is a person the lexicons do not know
        if (unknownSpeakerBefore(doc, m)) continue;
        // "While he did not ask for aid, Beesley indicated ...": a fronted clause's pronoun names the main subject
        const forward = cataphoraSubject(doc, ms, i);
        if (forward !== null) {
          if (forward >= 0) m.antecedent = forward;
          continue;
        }
        // ("Tony Blair, who has said he could apologize": the relative clause's head)
        const relative = relativeSayer(doc, ms, i);
        if (relative !== null) {
          m.antecedent = relative;
          continue;
        }
        // the most recent compatible person, preferring subjects over objects in the nearest sentence (a quote's
        // speaker not among those it names)
        const quoteOpen = quoteOpenBefore(doc, m);
        let fallback: number | null = null;
        let sentenceOfFallback = -1;
        for (let j = i - 1; j >= 0; j--) {
          const c = ms[j];
          if (doc.sentences[c.sentence].paragraph < para - 1) break;
          if (c.tokenStart > quoteOpen && quoteOpen >= 0) continue;
          if (fallback !== null && c.sentence !== sentenceOfFallback) break;
          let cand: number | null = null;
          if (c.kind === 'person' && (c.gender == null || c.gender === m.gender)) cand = c.id;
          else if (c.kind === 'compound' && c.onePerson) cand = c.id;
          else if (c.kind === 'pronoun' && c.gender === m.gender && c.antecedent != null) cand = c.antecedent;
          if (cand === null) continue;
          // "the minister backed him": an object pronoun is never its own verb's subject
          if (OBJECT_PRONOUN.test(m.name) && ownSubject(doc, c, m) && isSubjectLike(doc, c)) continue;
          if (isSubjectLike(doc, c)) {
            fallback = cand;
            break;
          }
          if (fallback === null) {
            fallback = cand;
            sentenceOfFallback = c.sentence;
          }
        }
        if (fallback !== null) m.antecedent = fallback;
      } else if (m.kind === 'pronoun' && m.name === 'the-pair') {
        const picked: number[] = [];
        const seen = new Set<string>();
        for (let j = i - 1; j >= 0 && picked.length < 2; j--) {
          const c = ms[j];
          if (c.sentence < m.sentence - 3) break;
          if (
            (c.kind === 'country' || c.kind === 'metonym' || (c.kind === 'compound' && c.role !== 'MED')) &&
            c.country &&
            // a city named as a place ("monitored in London") is no party of the pair ("from Kenya" and a dateline's
            // city can be), nor
            // is a news outlet ("Ankara Radio"); persons are left out, their country being the likeliest guess
            !(c.locative && c.kind === 'metonym' && doc.tokens[c.tokenStart - 1]?.pos === 'ADP') &&
            !seen.has(c.country)
          ) {
            seen.add(c.country);
            picked.unshift(c.id);
          }
        }
        if (picked.length === 2) {
          m.antecedents = picked;
          m.antecedent = picked[0];
        }
      } else if (m.kind === 'pronoun' && m.name === 'the-org') {
        // "the group", "the movement", "the militia" name an armed or international body, never a company or region
        const narrow = GROUP_WORDS.test(doc.tokens[m.tokenEnd - 1].lower);
        for (let j = i - 1; j >= 0; j--) {
          const c = ms[j];
          if (c.sentence < m.sentence - 3) break;
          if (c.kind === 'org' && c.org && (!narrow || GROUP_ROLES.test(c.role ?? ''))) {
            m.antecedent = c.id;
            break;
          }
        }
      } else if (m.kind === 'pronoun' && /^(it|its|itself|they|their|them)$/.test(m.name)) {
        if (relativeSayers(doc, ms, i) || unknownGroupSayer(doc, ms, i)) continue;
        const obliged = obligedAddressee(doc, ms, i);
        if (obliged !== null) {
          m.antecedent = obliged;
          continue;
        }
        const warner = warnerOf(doc, ms, i) ?? participleReporter(doc, ms, i) ?? sayerOf(doc, ms, i);
        if (warner !== null) {
          if (warner >= 0) m.antecedent = warner;
          continue;
        }
        const plural = /^(they|their|them)$/.test(m.name);
        // "Russia will strike them": an object "them" is never its own verb's subject
        const them = m.name === 'them' ? objectThemAntecedent(doc, ms, i) : undefined;
        if (them !== undefined) {
          if (them !== null) m.antecedent = them;
          continue;
        }
        const quoteOpen = quoteOpenBefore(doc, m);
        // ('Russia warned Ukraine. "We will respond," it said': a quote's speaker is the subject before the quote)
        const speaker = quoteOpen >= 0 ? subjectBefore(doc, ms, i, quoteOpen) : null;
        if (speaker !== null) {
          m.antecedent = speaker;
          continue;
        }
        for (let j = i - 1; j >= 0; j--) {
          const c = ms[j];
          if (c.tokenStart > quoteOpen && quoteOpen >= 0) continue;
          if (c.sentence < m.sentence - 1) break;
          // "Islamic fundamentalists continued their hunger strike": a plural group named as a subject is "they",
          // known or not (an unknown one must not hand "their" to an actor of an earlier sentence)
          if (
            plural &&
            c.kind === 'role' &&
            c.agentive &&
            !c.locative &&
            !c.prep &&
            /s$/.test(c.text) &&
            ownSubject(doc, c, m)
          ) {
            m.antecedent = c.id;
            break;
          }
          if (
            GROUP_KINDS.has(c.kind) &&
            codable(c) &&
            c.agentive &&
            !c.locative &&
            // ("sanctions introduced by Western countries since its invasion": a group named in the plural is no "its")
            (plural || !PLURAL_GROUP.test(c.text)) &&
            (!c.prep || c.prep === 'by' || c.prep === 'of' || actOwner(doc, c))
          ) {
            m.antecedent = c.id;
            // "Mali, Niger and Burkina Faso said they were leaving": a plural pronoun takes the whole list
            if (plural) {
              const list = coordinatedList(doc, ms, j);
              if (list.length > 1) m.antecedents = list;
            }
            break;
          }
          // "The bloc imposed sanctions ..., and it threatened": through a resolved "the bloc" to its antecedent;
          // "the ministry said it would recall its envoy": through the clause's resolved "it"
          const chained =
            (c.name === 'the-org' && !c.prep) || (!plural && c.name === 'it' && c.sentence === m.sentence);
          if (c.kind === 'pronoun' && chained && c.antecedent != null) {
            m.antecedent = c.antecedent;
            break;
          }
        }
      } else if (m.kind === 'role' && !codable(m)) {
        const noun = m.name.toLowerCase();
        for (let j = i - 1; j >= 0; j--) {
          const c = ms[j];
          if (doc.sentences[c.sentence].paragraph < para - 2) break;
          if (c.kind === 'person' && c.title && c.title.toLowerCase().includes(noun)) {
            m.antecedent = c.id;
            break;
          }
        }
      }
    }
  },
};

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

const PASSIVE_AUX = /^(was|were|is|are|been|being|be|got|get|gets|'s)$/;
const IRREGULAR_PARTICIPLES = /^(hit|shot|struck|beaten|seized|taken|held|met|sent|given|shelled|slain|killed|caught|brought|fought|built|sought|bought|thrown|driven)$/;
const PREP_OK = /^(by|of)$/;

export function codable(m: ActorMention): boolean {
  return m.country !== null || m.org !== null;
}

export function isPassive(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t.pos !== 'VERB' || !(/ed$|en$/.test(t.lower) || IRREGULAR_PARTICIPLES.test(t.lower))) return false;
  for (let j = i - 1; j >= Math.max(v.a, i - 3); j--) {
    const w = v.toks[j];
    if (PASSIVE_AUX.test(w.lower) && (w.pos === 'AUX' || w.pos === 'VERB')) return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/** actor after "by" within a few tokens of a passive trigger */
export function passiveAgent(v: SentenceView, from: number): ActorMention[] | null {
  for (let j = from; j < Math.min(v.b, from + 6); j++) {
    if (v.toks[j].lower === 'by') {
      const np = actorPhraseAt(v, j + 1);
      return np ? np.mentions : null;
    }
    if (v.toks[j].text === ',' || v.toks[j].text === ';') break;
  }
  return null;
}

/** the token before a mention (skipping determiners/adjectives) is a preposition: it is not a subject */
function isPrepObject(v: SentenceView, m: ActorMention): boolean {
  let j = m.tokenStart - 1;
  while (j >= v.a && (v.toks[j].pos === 'DET' || v.toks[j].pos === 'ADJ' || v.toks[j].pos === 'NUM')) j--;
  if (j < v.a) return false;
  const t = v.toks[j];
  return (t.pos === 'ADP' || t.pos === 'SCONJ') && !PREP_OK.test(t.lower);
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
  const conds = s.clauses.conditions.map((c) => [c.a, c.b] as [number, number]);
  for (let j = s.trigger - 1; j >= s.lo; j--) {
    if (inRanges(j, s.clauses.parentheticals) && !inRanges(s.trigger, s.clauses.parentheticals)) continue;
    if (s.conditionRange) {
      if (j < s.conditionRange[0]) break;
    } else if (inRanges(j, conds)) continue;
    const m0 = mentionEndingAt(v, j);
    if (!m0) continue;
    const m = m0.kind === 'pronoun' ? doc.resolve(m0) : m0;
    if (m0.kind === 'pronoun' && m === m0) continue; // unresolved pronoun
    if (m0.locative || !m0.agentive) continue;
    // possessor of a noun trigger ("Russia's invasion") is its agent even after a preposition
    const possessive = /^['’]s?$/.test(v.toks[m0.tokenEnd]?.lower ?? '') && s.trigger - m0.tokenEnd <= 3;
    if (!possessive && isPrepObject(v, m0)) continue;
    if (!codable(m)) return null;
    // coordinated subjects: "Israel and the Palestinians agreed"
    const out = [m];
    let k = m0.tokenStart - 1;
    while (k > s.lo && /^(and|,)$/.test(v.toks[k].lower)) {
      let kk = k - 1;
      if (v.toks[kk]?.lower === ',') kk--;
      while (kk > s.lo && /^(the|a)$/.test(v.toks[kk].lower)) kk--;
      const prev = mentionEndingAt(v, kk);
      if (!prev || prev.locative || !codable(doc.resolve(prev))) break;
      out.unshift(doc.resolve(prev));
      k = prev.tokenStart - 1;
    }
    void lex;
    return out;
  }
  return null;
}

function mentionEndingAt(v: SentenceView, j: number): ActorMention | null {
  for (const m of v.mentionAt.values()) if (m.tokenEnd - 1 === j) return m;
  return null;
}

export interface TargetSearch {
  from: number;
  clauses: ClauseInfo;
  sources: ActorMention[];
  /** allow "in X" places as targets (material conflict) */
  allowPlaces: boolean;
  hi: number;
  conditionRange: [number, number] | null;
}

export function findTarget(doc: Doc, v: SentenceView, t: TargetSearch): ActorMention[] | null {
  const conds = t.clauses.conditions.map((c) => [c.a, c.b] as [number, number]);
  const srcIds = new Set(t.sources.map((m) => m.id));
  let place: ActorMention[] | null = null;
  for (let j = t.from; j < Math.min(t.hi, t.from + 15); j++) {
    if (t.clauses.boundaries.has(j) && j > t.from) break;
    if (!t.conditionRange && inRanges(j, conds)) break;
    if (inRanges(j, t.clauses.parentheticals)) continue;
    const np = v.mentionAt.has(j) ? actorPhraseAt(v, j) : null;
    if (!np) continue;
    const ms = np.mentions.map((m) => (m.kind === 'pronoun' ? doc.resolve(m) : m)).filter((m) => codable(m) && !srcIds.has(m.id));
    if (!ms.length) {
      j = np.end - 1;
      continue;
    }
    if (np.mentions[0].locative) {
      if (t.allowPlaces && !place) place = ms;
      j = np.end - 1;
      continue;
    }
    return ms;
  }
  return place;
}

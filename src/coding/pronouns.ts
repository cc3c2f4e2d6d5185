/** Pronoun-like mentions for the coreference stage: he/she/it/they/we, "the bloc", "both countries". */
import type { Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { push } from './actor-items.js';
import { STATE_NOUN } from '../model/document.js';

/** "both countries", "the two sides" */
const PAIR_NOUNS = /^(countries|sides|nations|neighbours|neighbors|parties|governments|capitals|rivals)$/;
const PAIR_WORDS = /^(both|two)$/;
const POSSESSIVE = /^(their|its|his|her|our|my)$/;

export function addPronouns(doc: Doc, lex: Lexicon, from: number, to: number, sentence: number) {
  const { cues } = lex;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    // "both countries", "the two sides": the last two countries named (resolved by coreference)
    if (PAIR_NOUNS.test(t.lower) && i > from && PAIR_WORDS.test(doc.tokens[i - 1].lower)) {
      const st = i - 2 >= from && doc.tokens[i - 2].lower === 'the' ? i - 2 : i - 1;
      push(doc, {
        start: doc.tokens[st].start,
        end: t.end,
        tokenStart: st,
        tokenEnd: i + 1,
        sentence,
        kind: 'pronoun',
        country: null,
        role: null,
        org: null,
        name: 'the-pair',
        gender: null,
        locative: false,
        agentive: true,
        antecedent: null,
      });
      continue;
    }
    // "the bloc", "the alliance": refers back to the last organisation (resolved by coreference)
    if (
      cues.orgAnaphors.has(t.lower) &&
      i > from &&
      doc.tokens[i - 1].lower === 'the' &&
      doc.tokens[i + 1]?.pos !== 'NOUN' &&
      // ("the group of seven", "the group of experts" are no anaphor; "accusing the bloc of failing" is)
      !(doc.tokens[i + 1]?.lower === 'of' && doc.tokens[i + 2]?.pos !== 'VERB') &&
      !coveredBySentenceMention(doc, sentence, i)
    ) {
      push(doc, {
        start: doc.tokens[i - 1].start,
        end: t.end,
        tokenStart: i - 1,
        tokenEnd: i + 1,
        sentence,
        kind: 'pronoun',
        country: null,
        role: null,
        org: null,
        name: 'the-org',
        gender: null,
        locative: false,
        agentive: true,
        antecedent: null,
      });
      continue;
    }
    if (t.pos !== 'PRON' && t.pos !== 'DET') continue;
    const g = cues.personPronouns.get(t.lower);
    const group = cues.groupPronouns.has(t.lower);
    const first = cues.firstPersonPronouns.has(t.lower);
    if (!g && !group && !first) continue;
    if (coveredBySentenceMention(doc, sentence, i)) continue;
    if (t.lower === 'it' && expletiveIt(doc, i, to)) continue;
    // "their countries have ratified", "his country will respond": the possessor's state, not the possessor
    const state = POSSESSIVE.test(t.lower) && STATE_NOUN.test(doc.tokens[i + 1]?.lower ?? '') && i + 1 < to;
    push(doc, {
      start: t.start,
      end: state ? doc.tokens[i + 1].end : t.end,
      tokenStart: i,
      tokenEnd: state ? i + 2 : i + 1,
      sentence,
      kind: 'pronoun',
      country: null,
      role: state ? 'GOV' : null,
      org: null,
      name: t.lower,
      gender: g ?? null,
      locative: false,
      agentive: true,
      antecedent: null,
    });
  }
}

/** is token i inside a mention of this sentence? The actor stage pushes mentions sentence by sentence, so
 * the current sentence's mentions are the tail of the list */
function coveredBySentenceMention(doc: Doc, sentence: number, i: number): boolean {
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.sentence !== sentence) return false;
    if (m.tokenStart <= i && i < m.tokenEnd) return true;
  }
  return false;
}

const BE_OR_SEEM =
  /^(is|was|'s|be|been|seems|seemed|appears|appeared|remains|remained|emerged|transpired|became|becomes)$/;
const CLAUSE_WORD = /^(that|whether|if|how|why|when|what)$/;
/** adjectives whose "to" clause an "it" stands for ("It is difficult to say"; "It was ready to" is the actor's) */
const TO_ADJECTIVE =
  /^(difficult|easy|hard|important|possible|impossible|necessary|essential|vital|crucial|clear|unclear|wrong|right|premature|too)$/;

/**
 * "It is unclear whether ...", "It is difficult to say", "It was Diaghilev who changed her name", "It emerged that
 * ...": an "it" that stands for the clause after it (or opens a cleft on a name) names no actor, so no antecedent is
 * looked for
 */
function expletiveIt(doc: Doc, i: number, to: number): boolean {
  const w = (j: number) => doc.tokens[j];
  let k = i + 1;
  while (k < to && /^(AUX|PART|ADV)$/.test(w(k).pos) && !BE_OR_SEEM.test(w(k).lower)) k++;
  if (k >= to || !BE_OR_SEEM.test(w(k).lower)) return false;
  if (/^(emerged|transpired)$/.test(w(k).lower)) return w(k + 1)?.lower === 'that';
  let j = k + 1;
  while (j < to && (w(j).pos === 'ADV' || w(j).lower === 'not')) j++;
  if (j >= to) return false;
  // a cleft on a name: "It was Diaghilev who", "It is Hungary that"
  if (w(j).pos === 'PROPN') {
    let e = j;
    while (e < to && w(e).pos === 'PROPN' && e < j + 3) e++;
    return /^(who|that)$/.test(w(e)?.lower ?? '');
  }
  // "is unclear whether", "was expected that", "is difficult to"
  const head = w(j);
  if (head.pos !== 'ADJ' && !(head.pos === 'VERB' && /(ed|en)$/.test(head.lower))) return false;
  const next = w(j + 1)?.lower ?? '';
  return CLAUSE_WORD.test(next) || (next === 'to' && TO_ADJECTIVE.test(head.lower));
}

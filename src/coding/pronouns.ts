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

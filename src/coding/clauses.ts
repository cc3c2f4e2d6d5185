/**
 * Shallow clause structure for one sentence, from tokens and POS only: parenthetical ranges to skip
 * when looking for a subject, clause boundaries for target search, and condition spans
 * ("if ...", "unless ...", inverted "should the US ...", "were NATO to ...").
 */
import type { Doc, Sentence, Span, Token } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { dashAside, participleAside, personOfficeApposition, yesNoQuestions } from './asides.js';

export interface ClauseInfo {
  /** token ranges [a, b) that are parenthetical (relative clauses, appositions, brackets) */
  parentheticals: Array<[number, number]>;
  /** token ranges [a, b) of condition clauses, with the marker token index */
  /** `subject`: a universal subject ("any attack on X would ...") that governs only its own clause's verb */
  /** `concessive`: "even if ...": its acts are not asserted, and it is no condition of the main clause */
  conditions: Array<{ a: number; b: number; marker: number; subject?: boolean; concessive?: boolean }>;
  /** token indices that end a clause for target search */
  boundaries: Set<number>;
  /**
   * token ranges [a, b) whose acts are not asserted: indirect questions ("asked whether X would ...") and
   * hearsay, the "that" clause of an allegation or report noun ("denied reports that Russian jets had bombed")
   */
  questions: Array<[number, number]>;
}

const REL = /^(which|who|whom|whose|where)$/;
const DENIED = /^(deny|denies|denied|denying)$/;
/** conjunctions that always open a clause, with or without a comma ("as", "after", "since" are also prepositions) */
const SUBORDINATORS = /^(while|whereas|although|though|because)$/;
const CLAUSE_OPENERS = /^(while|whereas|but|although|though|because|as|after|before|when|since)$/;
/** prepositions that open a comma-enclosed adjunct */
const ASIDE_PREP = /^(with|along|together|alongside|backed|aided|supported|helped)$/;
const verbIn = (toks: Token[], a: number, b: number) => {
  for (let k = a; k < b; k++) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return true;
  return false;
};

export function analyzeClauses(doc: Doc, s: Sentence, lex: Lexicon): ClauseInfo {
  const toks = doc.tokens;
  const a0 = s.tokenStart;
  const b0 = s.tokenEnd;
  const parentheticals: Array<[number, number]> = [];
  const boundaries = new Set<number>();
  const commas: number[] = [];
  for (let i = a0; i < b0; i++) {
    const t = toks[i];
    if (t.text === ',') commas.push(i);
    if (t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—') boundaries.add(i);
    // a subordinate clause opened without a comma ("... resume talks while China renewed a push")
    if (SUBORDINATORS.test(t.lower) && i > a0) boundaries.add(i);
    if (t.text === '(') {
      let j = i + 1;
      while (j < b0 && toks[j].text !== ')') j++;
      // a bracketed subject at the start ("“(The Russian defense ministry) is ...") is an editor's insertion, not an aside
      const atStart = i === a0 || (i === a0 + 1 && /^[“"]$/.test(toks[a0].text));
      if (!atStart) parentheticals.push([i, Math.min(j + 1, b0)]);
    }
  }
  // a pair of spaced dashes encloses an aside ("the four major exporters - Australia, Brazil and Cuba - to talk")
  const dashes: number[] = [];
  for (let i = a0 + 1; i < b0 - 1; i++) {
    const t = toks[i];
    if (/^[-–—]$/.test(t.text) && toks[i - 1].end < t.start && toks[i + 1].start > t.end) dashes.push(i);
  }
  // ... unless it names the sentence's opening noun phrase ("The six states - Bahrain, Kuwait ... - agreed")
  for (let k = 0; k + 1 < dashes.length; k += 2) {
    let j = a0;
    while (j < dashes[k] && /^(DET|ADJ|NUM|NOUN|PROPN|PUNCT)$/.test(toks[j].pos) && toks[j].text !== ',') j++;
    if (j < dashes[k]) parentheticals.push([dashes[k], dashes[k + 1] + 1]);
  }
  // ", which/who ... ," and appositions ", a/the NOUN ... ," directly after a mention
  for (let k = 0; k < commas.length; k++) {
    const c = commas[k];
    const next = toks[c + 1];
    if (!next) continue;
    const close = commas[k + 1] ?? b0;
    if (REL.test(next.lower)) parentheticals.push([c, close]);
    // ", he noted," / ", officials said," : a parenthetical attribution
    else if (close < b0 && close - c <= 5 && speechVerbIn(toks, c + 1, close, lex))
      parentheticals.push([c, close + 1]);
    // ", a former colony,", ", one of the founders of the ADB,": appositions; and a person's office after the
    // name, before the verb ("Tony Blair, the [former] prime minister, criticised")
    else if (
      ((/^(a|an)$/.test(next.lower) || (next.lower === 'one' && toks[c + 2]?.lower === 'of')) &&
        close < b0) ||
      (next.lower === 'the' && close < b0 && close - c <= 8 && personOfficeApposition(doc, c, close))
    )
      parentheticals.push([c, close]);
    // "Burundi's capital, Bujumbura, used": a name in apposition to the common noun before it, before the verb
    // (not to a person's office: "its chairman, Senator William Proxmire," is best named by the name)
    else if (
      close < b0 &&
      close - c <= 5 &&
      toks[c - 1]?.pos === 'NOUN' &&
      !lex.cues.personNouns.has(toks[c - 1].lower) &&
      /^(VERB|AUX)$/.test(toks[close + 1]?.pos ?? '') &&
      toks.slice(c + 1, close).every((t) => t.pos === 'PROPN')
    )
      parentheticals.push([c, close + 1]);
    // ", with the help of the Pentagon and CIA," / ", along with Britain,": an adjunct between commas, before the
    // verb it modifies, holds no subject of it
    else if (ASIDE_PREP.test(next.lower) && close < b0 && close - c <= 12 && !verbIn(toks, c + 2, close))
      parentheticals.push([c, close + 1]);
    // "President Yoon, attending a NATO summit in Lithuania, condemned": a participle clause between the subject and
    // its finite verb
    else if (participleAside(toks, c, close, b0)) parentheticals.push([c, close + 1]);
    // "..., the Russian defence ministry said": an attribution after a comma ends the clause
    if (speechVerbIn(toks, c + 1, Math.min(close, c + 11), lex)) boundaries.add(c);
    // a comma followed by a participle or a clause opener starts a new clause for target search
    if (
      (next.pos === 'VERB' && /ing$/.test(next.lower)) ||
      CLAUSE_OPENERS.test(next.lower) ||
      REL.test(next.lower)
    )
      boundaries.add(c);
  }
  const conditions: ClauseInfo['conditions'] = [];
  const questions: Array<[number, number]> = [];
  for (let i = a0; i < b0; i++) {
    const t = toks[i];
    let marker = false;
    let words = lex.cues.conditionMarkers.find((w) => matchSeq(toks, i, b0, w));
    // "for as long as it takes", "for as long as needed": a duration, no condition
    if (words && words[0] === 'as' && toks[i - 1]?.lower === 'for' && i - 1 >= a0) words = undefined;
    // "wondering if the war has started", "asked Moscow whether it would": an indirect question, asserting
    // nothing, up to the next comma or clause boundary
    if (
      t.lower === 'whether' ||
      (t.lower === 'if' && words && indirectQuestion(toks, i, a0, lex)) ||
      hearsayThat(toks, i, a0, b0, lex)
    ) {
      let b = commas.find((c) => c > i) ?? b0;
      for (const bd of boundaries) if (bd > i && bd < b) b = bd;
      // "denied reports that it planned to close the strait and warned the United States ...": a reporting verb
      // coordinated after it goes back to the main clause
      for (let k = i + 2; k < b - 1; k++)
        if (
          /^(and|but)$/.test(toks[k].lower) &&
          toks[k + 1].pos === 'VERB' &&
          lex.cues.speechVerbs.has(toks[k + 1].lemma)
        ) {
          b = k;
          break;
        }
      questions.push([i, b]);
      continue;
    }
    if (words) marker = true;
    else if (
      t.lower === 'should' &&
      i + 1 < b0 &&
      NP_START.test(toks[i + 1].pos) &&
      toks[i + 1].lower !== 'not' &&
      !startsClauseSubjectBefore(toks, i, a0)
    )
      marker = true; // inverted conditional: "should the US and NATO back ..." (not "as allies should,")
    else if (invertedPastCondition(toks, i, a0, b0)) marker = true;
    if (!marker) {
      // a universal subject is a condition too: "(warned that) any ground operation in Rafah would have
      // serious consequences", "any attack on our soil will be met with force"
      const modal = t.lower === 'any' ? anySubjectModal(toks, i, a0, b0) : -1;
      if (modal > 0) conditions.push({ a: i, b: modal, marker: i, subject: true });
      continue;
    }
    // the condition runs to the next comma (when it opens the sentence) or to the sentence end
    let b = b0;
    const opens =
      i === a0 || CLAUSE_PUNCT.test(toks[i - 1].text) || /^(but|and|that)$/.test(toks[i - 1].lower);
    const leading = i <= a0 + 1;
    let aside: [number, number] | null = null;
    if (leading || opens) {
      const nextComma = commas.find((c) => c > i);
      // "if Washington seizes the initiative -- such as mining Iran's harbors, blockading its shipping -- it could":
      // an aside between dashes is inside the condition, which ends at the closing dash
      aside = dashAside(toks, i, nextComma ?? b0, b0);
      if (aside) b = aside[1];
      // mid-sentence ("..., but if the regime attacks Iran again, our answer will be harsher"): the condition
      // ends at the comma only when a main clause follows it (else the comma is inside the condition)
      else if (nextComma !== undefined && (leading || mainClauseAt(toks, nextComma + 1, b0))) b = nextComma;
    }
    for (const bd of boundaries) if (bd > i && bd < b && !(aside && bd >= aside[0])) b = bd;
    b = mainClauseInside(toks, i, b);
    // "if necessary", "if so", "if possible": a hedge of a word or two and no verb, not a condition
    if (isHedge(toks, i + (words?.length ?? 1), b)) continue;
    // "sceptical ... even if major nations agree", "will respond even if NATO stays out": a concession, no condition
    // of the main clause
    if (t.lower === 'if' && toks[i - 1]?.lower === 'even' && i - 1 >= a0)
      conditions.push({ a: i, b, marker: i, concessive: true });
    else conditions.push({ a: i, b, marker: i });
  }
  questions.push(...yesNoQuestions(toks, a0, b0));
  return { parentheticals, conditions, boundaries, questions };
}

/**
 * "any" opening a clause (sentence start, after "that" or a quote mark) and heading a noun phrase that is
 * the subject of will/would/could: the index of that modal, else -1
 */
function anySubjectModal(toks: Token[], i: number, a0: number, b0: number): number {
  const p = toks[i - 1];
  if (i > a0 && !(p.lower === 'that' || /^["“‘']$/.test(p.text))) return -1;
  if (!toks[i + 1] || !/^(ADJ|NOUN|PROPN)$/.test(toks[i + 1].pos)) return -1;
  for (let k = i + 2; k < Math.min(b0, i + 12); k++) {
    const t = toks[k];
    if (/^(will|would|could|'ll)$/.test(t.lower)) return k;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** a clause starts at i: a noun phrase or pronoun, then a finite verb or auxiliary within a few words */
function mainClauseAt(toks: Token[], i: number, end: number): boolean {
  if (i >= end || !/^(PRON|DET|PROPN|NOUN|ADJ)$/.test(toks[i].pos)) return false;
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    const t = toks[k];
    if (t.text === ',' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

const SUBJECT_PRONOUNS = /^(it|they|he|she|we|i|you)$/;
const MAIN_MODALS = /^(will|would|could|may|might|shall|can|must|'ll|'d)$/;
const EMBEDDING = /^(where|which|that|who|whom|whose|when|because|so|as|than|if|whether|and|or|but|,)$/;

/**
 * "if it passed it would prompt a veto": with no comma, a subject pronoun and a modal after the condition's
 * own verb start the main clause; the condition ends before them
 */
function mainClauseInside(toks: Token[], i: number, b: number): number {
  let verb = false;
  for (let k = i + 1; k + 1 < b; k++) {
    if (
      verb &&
      k > i + 2 &&
      SUBJECT_PRONOUNS.test(toks[k].lower) &&
      MAIN_MODALS.test(toks[k + 1].lower) &&
      !EMBEDDING.test(toks[k - 1].lower) // "a position where it can ...": still inside the condition
    )
      return k;
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') verb = true;
  }
  return b;
}

/** punctuation after which a clause starts: a comma, or a wire dateline's dash ("MOSCOW (Reuters) - If …") */
const CLAUSE_PUNCT = /^[,–—-]$/;

/** the parts of speech a noun phrase (the subject of an inverted "should") can start with */
const NP_START = /^(DET|PROPN|NOUN|PRON|ADJ|NUM)$/;

/**
 * an inverted condition opening a clause: "Were Israel to attack its sites, …", "Had NATO sent troops, …" —
 * "were"/"had", a noun phrase, then before the next comma "to" (were) or a verb (had)
 */
function invertedPastCondition(toks: Token[], i: number, a0: number, b0: number): boolean {
  const t = toks[i];
  if ((t.lower !== 'were' && t.lower !== 'had') || !(i === a0 || CLAUSE_PUNCT.test(toks[i - 1].text)))
    return false;
  if (i + 1 >= b0 || !NP_START.test(toks[i + 1].pos) || toks[i + 1].lower === 'not') return false;
  for (let k = i + 2; k < Math.min(b0, i + 9) && toks[k].text !== ','; k++) {
    if (t.lower === 'were' ? toks[k].lower === 'to' : toks[k].pos === 'VERB') return true;
  }
  return false;
}

/**
 * at most two words in [a, b) and no verb or name among them (the tagger misses verbs in longer conditions, and in
 * "If NATO attacks," reads the verb as a plural noun)
 */
function isHedge(toks: Token[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || toks[k].pos === 'PROPN') return false;
    if (toks[k].pos !== 'PUNCT' && ++words > 2) return false;
  }
  return true;
}

/**
 * "reports that Russian jets had bombed", "denied allegations that he had collaborated": "that" right after a
 * hearsay noun (cues hearsayNouns) opening a complement clause (a subject follows, not a verb: "a report that
 * found" is a relative clause)
 */
function hearsayThat(toks: Token[], i: number, a0: number, b0: number, lex: Lexicon): boolean {
  if (toks[i].lower !== 'that' || i === a0 || i + 1 >= b0) return false;
  const noun = toks[i - 1];
  // ("denied that his government had supplied weapons": what is denied is not asserted either)
  if (DENIED.test(noun.lower) && toks[i + 1].pos !== 'VERB') return true;
  if (!lex.cues.hearsayNouns.has(noun.lower)) return false;
  // "the Tories also claim that": the word is the subject's verb, and what it says is reported speech like any
  // other; wink tags some nouns as verbs too, so a determiner or adjective before it ("an earlier report") wins
  const b1 = i - 2 >= a0 ? toks[i - 2] : undefined;
  const b2 = i - 3 >= a0 ? toks[i - 3] : undefined;
  const nounBefore = (t?: Token) => !!t && (/^(DET|ADJ)$/.test(t.pos) || /^['’]s?$/.test(t.lower));
  if (noun.pos === 'VERB' || noun.pos === 'AUX') {
    if (!nounBefore(b1) && !(b1?.pos === 'ADV' && nounBefore(b2))) return false;
  } else if (b1?.pos === 'PRON') return false;
  else {
    // "Georgia claims that": a name (or names) opening the clause is the subject of a verb; "an Egyptian report
    // that" and "denied reports that" have a determiner, a preposition or a verb before the noun
    let k = i - 2;
    while (k >= a0 && /^(PROPN|NOUN)$/.test(toks[k].pos)) k--;
    if (k < i - 2 && (k < a0 || /^(PUNCT|CCONJ|SCONJ)$/.test(toks[k].pos))) return false;
  }
  return !/^(VERB|AUX|ADV)$/.test(toks[i + 1].pos);
}

/** "if" within three words after a verb or adjective of asking or knowing ("asked the US if", "unclear if") */
function indirectQuestion(toks: Token[], i: number, a0: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= Math.max(a0, i - 3); k--) {
    const t = toks[k];
    if (lex.cues.indirectQuestionWords.has(t.lemma) || lex.cues.indirectQuestionWords.has(t.lower))
      return true;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** "Russia should withdraw": a subject right before "should" means it is the modal, not a condition */
function startsClauseSubjectBefore(toks: Token[], i: number, a0: number): boolean {
  const p = toks[i - 1];
  if (!p || i - 1 < a0) return false;
  return p.pos === 'PRON' || p.pos === 'PROPN';
}

/** a reporting verb among tokens [a, b) */
export function speechVerbIn(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  for (let k = a; k < b; k++)
    if (toks[k].pos === 'VERB' && lex.cues.speechVerbs.has(toks[k].lemma)) return true;
  return false;
}

function matchSeq(toks: Token[], i: number, end: number, words: readonly string[]): boolean {
  if (toks[i].lower !== words[0]) return false;
  if (i + words.length > end) return false;
  return words.every((w, k) => toks[i + k].lower === w);
}

export function inRanges(i: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([a, b]) => i >= a && i < b);
}

export function spanOfTokens(toks: Token[], a: number, b: number): Span {
  return { start: toks[a].start, end: toks[Math.max(a, b - 1)].end };
}

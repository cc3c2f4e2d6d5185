/**
 * Matches compiled patterns against the tokens of a sentence, starting at a trigger token.
 * Words match by lemma, lower-case form or a plural/inflection-stripped form; `*` is a short gap inside
 * the clause; `+`/`$` take an actor noun phrase (with coordinated actors: "both NATO and Russia").
 */
import type { ActorMention, Token } from '../model/document.js';
import type { CompiledPattern, PatternElement, WordAlt } from '../lexicon/patterns.js';
import { isMeasure, timeAdverbialEnd } from './time-words.js';
import { sentenceWords, type SentenceView } from './sentence-view.js';
import { SIBILANT_PLURAL } from './stem.js';
import { codable } from './mention-at.js';
import { IRREGULAR_PARTICIPLES } from './participle-words.js';
import { actorPhraseAt, possessorOfThing } from './actor-phrase.js';

export { sentenceView, sentenceWords, type SentenceView } from './sentence-view.js';
export { stem } from './stem.js';

const GAP_MAX = 5;
const APOSTROPHE_S = /^['’]s$/;

/** stem(w) === target, without building the stem (this runs for every word a pattern tries) */
function stemIs(w: string, target: string): boolean {
  const n = w.length;
  if (n > 4 && w.endsWith('ies'))
    return target.length === n - 2 && target.endsWith('y') && samePrefix(w, target, n - 3);
  if (n > 4 && SIBILANT_PLURAL.test(w)) return target.length === n - 2 && samePrefix(w, target, n - 2);
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss'))
    return target.length === n - 1 && samePrefix(w, target, n - 1);
  return w === target;
}

function samePrefix(a: string, b: string, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

export function wordMatches(t: Token, w: string): boolean {
  return t.lemma === w || t.lower === w || stemIs(t.lower, w);
}

/** the pieces of `alt` written as one word ("cease" "fire" = "ceasefire"), compared without joining them */
function isJoined(word: string, alt: WordAlt): boolean {
  let at = 0;
  for (const piece of alt) {
    if (!word.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === word.length;
}

/** a sum word in a pattern ("pledged $2 billion") is a sum only after a number ("offer hope to millions" is none) */
const SUM_WORDS = new Set(['million', 'billion', 'trillion', 'mln', 'bln']);

/** length in tokens of `alt` matched at token i, or 0 */
export function altAt(toks: Token[], i: number, end: number, alt: WordAlt): number {
  if (i >= end) return 0;
  if (alt.length === 1) {
    if (!wordMatches(toks[i], alt[0])) return 0;
    return SUM_WORDS.has(alt[0]) && !(i > 0 && /\d/.test(toks[i - 1].text)) ? 0 : 1;
  }
  if (isJoined(toks[i].lower, alt)) return 1;
  for (let k = 0; k < alt.length; k++) {
    if (i + k >= end) return 0;
    if (!wordMatches(toks[i + k], alt[k])) return 0;
  }
  return alt.length;
}

export interface MatchResult {
  pattern: CompiledPattern;
  trigger: number;
  end: number;
  /** tokens consumed by words of the pattern */
  consumed: number[];
  targets: ActorMention[] | null;
  sources: ActorMention[] | null;
  /** a passive reading's verb end, after which its "by" agent is looked for (-1: look after `end`) */
  agentFrom: number;
}

/** the pattern's own demands on its target slot: no forces ordered about, only coded actors warned */
export function targetFits(v: SentenceView, p: MatchResult['pattern'], ms: ActorMention[]): boolean {
  if (p.targetNotRoles && ms.every((m) => m.role !== null && p.targetNotRoles!.has(m.role))) return false;
  return !p.targetCoded || ms.some((m) => v.doc.expand(m).some(codable));
}

/** token i is a possessive marker ("'s", a bare apostrophe) with a noun after it */
function possessedNext(v: SentenceView, i: number): boolean {
  if (i + 1 >= v.b) return false;
  const t = v.toks[i];
  // (a bare apostrophe closes the word before it, "observers' report"; an opening quote mark sits on the next word)
  const mark =
    APOSTROPHE_S.test(t.lower) ||
    ((t.text === "'" || t.text === '’') && t.start === v.toks[i - 1].end && v.toks[i + 1].start > t.end);
  return mark && /^(NOUN|PROPN|ADJ)$/.test(v.toks[i + 1].pos);
}

/**
 * "curbing the record U.S. trade shortfall": a last word right before the head of a compound (MEASURE_HEAD) modifies
 * that head, which is what is acted on
 */
function modifierOfNext(v: SentenceView, i: number): boolean {
  if (i >= v.b || i === 0) return false;
  const t = v.toks[i];
  const last = v.toks[i - 1];
  return last.pos === 'NOUN' && MEASURE_HEAD.test(t.lower);
}
/** nouns that make the noun before them a modifier: a "trade deficit" is no trade, a "debt crisis" no debt, halting
 * "trade sanctions" no trade ban */
const MEASURE_HEAD =
  /^(deficit|deficits|surplus|surpluses|shortfall|shortfalls|gap|imbalance|imbalances|balance|figures|data|statistics|growth|volume|volumes|level|levels|burden|crisis|problem|problems|sanctions|restrictions|dispute|disputes|friction|frictions|tensions|talks|negotiations|minister|ministers|representative|officials)$/;

/**
 * token k is a finite verb right after a pronoun or a name (not a participle or gerund, and after a name no -s form:
 * wink reads the head of "Eta talks offer" as a verb)
 */
function finiteAfterSubject(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  if (t.pos !== 'VERB' || /(ing|ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.test(t.lower)) return false;
  // ("complies with what it regards as an unambiguous ruling": a free relative is still the object)
  if (v.toks[k - 2]?.lower === 'what') return false;
  const prev = v.toks[k - 1].pos;
  return prev === 'PRON' || (prev === 'PROPN' && !t.lower.endsWith('s'));
}

const CLAUSE_END = /^[.;:?!]$/;
/**
 * nouns of what a thing costs: a pattern's noun after their "of" is not what the verb acts on ("worth of" is an
 * amount and stays: "exported 500 mln dlrs worth of goods to")
 */
const VALUE_NOUN = /^(price|prices|cost|costs)$/;

/**
 * a pattern's "that" opens a clause, which has a verb: "Mr Blair directly denied that quote on Wednesday" names a
 * thing (wink's DET tag for "that" is no guide: "optimistic that progress is possible" has it too)
 */
function thatDeterminer(v: SentenceView, i: number): boolean {
  if (i + 1 >= v.b || v.toks[i].lower !== 'that' || v.toks[i + 1].pos !== 'NOUN') return false;
  for (let k = i + 2; k < v.b && !CLAUSE_END.test(v.toks[k].text); k++)
    if (v.toks[k].pos === 'VERB' || v.toks[k].pos === 'AUX') return false;
  return true;
}

/** the pattern elements `els` matched from token i on, into `acc` (a passive reading matches a pattern's tail) */
export function matchTail(v: SentenceView, els: PatternElement[], i: number, acc: MatchResult): boolean {
  return matchRest(v, els, 0, i, acc);
}

function matchRest(v: SentenceView, els: PatternElement[], k: number, i: number, acc: MatchResult): boolean {
  if (k === els.length) {
    // "rejected the election observers' report": a last word that possesses the next noun is not what is acted on
    if (k > 1 && els[k - 1].kind === 'word' && (possessedNext(v, i) || modifierOfNext(v, i))) return false;
    acc.end = i;
    return true;
  }
  const el = els[k];
  if (el.kind !== 'gap' && el.kind !== 'not') {
    const j = timeAdverbialEnd(v.toks, i, v.b);
    if (j > i && !v.hardStops.has(i) && matchAt(v, els, k, j, acc)) return true;
  }
  return matchAt(v, els, k, i, acc);
}

function matchAt(v: SentenceView, els: PatternElement[], k: number, i: number, acc: MatchResult): boolean {
  const el = els[k];
  switch (el.kind) {
    case 'gap': {
      // the gap counts words: hyphen pieces ("solid-fuel") count once
      let words = 0;
      for (let g = 0; words <= GAP_MAX && i + g <= v.b; g++) {
        if (g > 0) {
          const prev = v.toks[i + g - 1];
          if (v.hardStops.has(i + g - 1)) break;
          // a subject and its finite verb inside the gap open a clause of their own ("declares Hamas came out ahead
          // on ceasefire" declared no ceasefire)
          if (g >= 2 && finiteAfterSubject(v, i + g - 1)) break;
          // "killed by UK troops": a gap right after a verb trigger does not take in its passive agent; a measure
          // is no agent ("shortened by one hour the nightly curfew", "cut by half its troops")
          if (g === 1 && prev.lower === 'by' && v.toks[i - 1]?.pos === 'VERB' && !isMeasure(v.toks[i + 1]))
            break;
          // "sent the troops to aid Syrian forces": a gap right after an object slot ends before an infinitive (the
          // object is no recipient of the aid named after it; "declined to comment" keeps its gap)
          if (
            g === 1 &&
            prev.lower === 'to' &&
            els[k - 1]?.kind === 'target' &&
            v.toks[i + 1]?.pos === 'VERB' &&
            v.toks[i + 1].lower === v.toks[i + 1].lemma
          )
            break;
          // "cut the price of its oil exports": what is cut is the price; the gap does not reach past a value's "of"
          if (g >= 2 && prev.lower === 'of' && VALUE_NOUN.test(v.toks[i + g - 2].lower)) break;
          // hyphen pieces ("solid-fuel") and a possessive "'s" do not count as words of their own
          if (
            prev.text !== '-' &&
            !(i + g - 2 >= i && v.toks[i + g - 2].text === '-') &&
            !APOSTROPHE_S.test(prev.lower)
          )
            words++;
        }
        const consumed = acc.consumed.length;
        const targets = acc.targets;
        const sources = acc.sources;
        if (matchRest(v, els, k + 1, i + g, acc)) return true;
        acc.consumed.length = consumed;
        acc.targets = targets;
        acc.sources = sources;
      }
      return false;
    }
    case 'word': {
      if (v.nameInner.has(i)) return false;
      if (thatDeterminer(v, i)) return false;
      for (const alt of el.alts) {
        const n = altAt(v.toks, i, v.b, alt);
        if (!n) continue;
        const before = acc.consumed.length;
        for (let x = 0; x < n; x++) acc.consumed.push(i + x);
        if (matchRest(v, els, k + 1, i + n, acc)) return true;
        acc.consumed.length = before;
      }
      return false;
    }
    case 'not': {
      for (const alt of el.alts) if (altAt(v.toks, i, v.b, alt)) return false;
      return matchRest(v, els, k + 1, i, acc);
    }
    case 'target':
    case 'source': {
      const np = actorPhraseAt(v, i);
      if (!np) return false;
      if (el.kind === 'target' && acc.pattern.targetNotPossessor && possessorOfThing(v, np)) return false;
      if (el.kind === 'target' && !targetFits(v, acc.pattern, np.mentions)) return false;
      const prev = el.kind === 'target' ? acc.targets : acc.sources;
      if (el.kind === 'target') acc.targets = np.mentions;
      else acc.sources = np.mentions;
      if (matchRest(v, els, k + 1, np.end, acc)) return true;
      if (el.kind === 'target') acc.targets = prev;
      else acc.sources = prev;
      return false;
    }
  }
}

const POS_OK: Record<string, Set<string>> = {
  VERB: new Set(['VERB', 'AUX']),
  NOUN: new Set(['NOUN', 'PROPN']),
  ADJ: new Set(['ADJ', 'VERB']),
};

/** is any of the forms among the words? (a loop: \`forms.some(f => ...)\` made a closure per pattern tried) */
function hasAny(words: Set<string>, forms: readonly string[]): boolean {
  for (let k = 0; k < forms.length; k++) if (words.has(forms[k])) return true;
  return false;
}

export function matchPattern(v: SentenceView, p: CompiledPattern, i: number): MatchResult | null {
  return matchFrom(v, p, i, p.rest, true);
}

/** the pattern's trigger alone at i (its part of speech and the words before it checked), for a passive reading */
export function matchTrigger(v: SentenceView, p: CompiledPattern, i: number): MatchResult | null {
  return matchFrom(v, p, i, NO_ELEMENTS, false);
}

const NO_ELEMENTS: PatternElement[] = [];

function matchFrom(
  v: SentenceView,
  p: CompiledPattern,
  i: number,
  rest: PatternElement[],
  required: boolean,
): MatchResult | null {
  const t = v.toks[i];
  // a hyphenated compound ("test-fired") takes the POS of its last piece
  const h = v.toks[i + 1];
  const last = h && h.text === '-' && h.start === t.end && v.toks[i + 2]?.start === h.end ? v.toks[i + 2] : t;
  if (p.pos && !POS_OK[p.pos].has(t.pos) && !POS_OK[p.pos].has(last.pos)) return null;
  if (p.notAfter && i > v.a && p.notAfter.has(v.toks[i - 1].lemma)) return null;
  if (required && p.required.length) {
    const words = sentenceWords(v);
    for (const forms of p.required) if (!hasAny(words, forms)) return null;
  }
  for (const alt of p.trigger) {
    const n = altAt(v.toks, i, v.b, alt);
    if (!n) continue;
    const acc: MatchResult = {
      pattern: p,
      trigger: i,
      end: i + n,
      consumed: [],
      targets: null,
      sources: null,
      agentFrom: -1,
    };
    for (let x = 0; x < n; x++) acc.consumed.push(i + x);
    if (matchRest(v, rest, 0, i + n, acc)) return acc;
  }
  return null;
}

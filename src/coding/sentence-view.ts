/**
 * The view of one sentence that pattern matching (match.ts) and the role search read: its mentions by first token,
 * the tokens no gap may cross, the inner words of organisation names, and its word forms.
 */
import type { ActorMention, Doc, Sentence, Token } from '../model/document.js';
import { stem } from './stem.js';

export interface SentenceView {
  doc: Doc;
  toks: Token[];
  a: number;
  b: number;
  /** the sentence is a title line: the article's first paragraph with no final punctuation (with a body after it
   * or, as a feed's or a link post's title, alone) */
  headline: boolean;
  /** mention starting at token index */
  mentionAt: Map<number, ActorMention>;
  /** token indices that gaps may not cross */
  hardStops: Set<number>;
  /** tokens inside an organisation's name or a role phrase, before its last word: no pattern word ("Collective
   * Security Treaty Organization" holds no "treaty" of a "suspended participation in * treaty", "the trade unions"
   * no "trade" of a "curb * trade") */
  nameInner: Set<number>;
  /** lemma, lower-case and stemmed form of every token of the sentence (built on first use) */
  words?: Set<string>;
}

export function sentenceWords(v: SentenceView): Set<string> {
  if (v.words) return v.words;
  const w = new Set<string>();
  for (let i = v.a; i < v.b; i++) {
    const t = v.toks[i];
    w.add(t.lemma);
    w.add(t.lower);
    w.add(stem(t.lower));
  }
  return (v.words = w);
}

const QUOTE_MARK = /^[“”"]$/;

/**
 * the closing mark of a short quote of words opening at `i` (at most 5 tokens, no punctuation and no verb inside:
 * "all necessary measures", not a "firing frenzy"), or -1
 */
function scareQuoteEnd(toks: Token[], i: number, end: number): number {
  if (toks[i].text === '”') return -1;
  for (let k = i + 1; k < Math.min(end, i + 7); k++) {
    const t = toks[k].text;
    if (t === '”' || t === '"') return k > i + 1 ? k : -1;
    if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') return -1;
  }
  return -1;
}

/** the shared empty token set of a sentence with no multi-word organisation name (never written to) */
const NO_TOKENS: Set<number> = new Set();

const CONTRAST = /^(but|while|whereas|although|though)$/;
const FINAL_MARK = /^[.!?”"’']$/;
const CLAUSE_AND = /^(and|or)$/;
const CLAUSE_START_POS = /^(DET|PRON)$/;
/** a preposition of time or concession: after a noun it opens an adverbial, not more of a pattern's object */
const ADVERBIAL_PREP = /^(during|amid|amidst|after|before|until|since|despite)$/;
/** a subordinator that opens a clause of its own: no gap crosses it ("did not make such an offer when they held grain
 * talks") */
const CLAUSE_OPENER = /^(when|because|unless|whereas|although|though)$/;

/** a role phrase named as a category ("designated the network as a terrorist group"), not people who act */
function categoryNamed(doc: Doc, m: ActorMention): boolean {
  const k = m.tokenStart - (doc.tokens[m.tokenStart - 1]?.pos === 'DET' ? 2 : 1);
  return doc.tokens[k]?.lower === 'as';
}

/** the view of one sentence that pattern matching and the role search read: its mentions by first token, and
 * the tokens no gap may cross */
export function sentenceView(doc: Doc, s: Sentence, mentions: ActorMention[]): SentenceView {
  const mentionAt = new Map<number, ActorMention>();
  let nameInner: Set<number> = NO_TOKENS;
  for (const m of mentions) {
    mentionAt.set(m.tokenStart, m);
    // (a military role phrase keeps its words: "air defences" are weapons a pattern may name)
    if (m.tokenEnd - m.tokenStart < 2) continue;
    if (m.kind !== 'org' && (m.kind !== 'role' || m.role === 'MIL' || categoryNamed(doc, m))) continue;
    if (nameInner === NO_TOKENS) nameInner = new Set();
    for (let k = m.tokenStart; k < m.tokenEnd - 1; k++) nameInner.add(k);
  }
  const hardStops = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = doc.tokens[i].text;
    if (QUOTE_MARK.test(w)) {
      // a gap may enter a scare quote of a few words ('would take "all necessary measures" if'), not leave one
      // ('launched a "firing frenzy" aimed at')
      const close = scareQuoteEnd(doc.tokens, i, s.tokenEnd);
      if (close > 0) {
        hardStops.add(close);
        i = close;
        continue;
      }
    }
    if (w === ';' || w === ':' || QUOTE_MARK.test(w)) hardStops.add(i);
    // a participle clause starts a new predication ("reached into Damascus, dealing a blow"): no gap crosses it
    const n = doc.tokens[i + 1];
    if (w === ',' && i + 1 < s.tokenEnd && n.pos === 'VERB' && n.lower.endsWith('ing')) hardStops.add(i);
    if (CLAUSE_OPENER.test(doc.tokens[i].lower) && i > s.tokenStart) hardStops.add(i);
    // so does a contrasting clause ("86 members agree, but the U.S. does not recognize"), and a clause joined by
    // a comma and "and"/"or" that opens with a determiner or pronoun ("the kerb close, and the dollar equivalent
    // traded": no "curb ... trade")
    if (w === ',' && i + 1 < s.tokenEnd && CONTRAST.test(n.lower)) hardStops.add(i);
    if (
      w === ',' &&
      i + 2 < s.tokenEnd &&
      CLAUSE_AND.test(n.lower) &&
      CLAUSE_START_POS.test(doc.tokens[i + 2].pos)
    )
      hardStops.add(i);
    // "seek its approval during GATT negotiations": the noun before such a preposition ended the object
    if (i > s.tokenStart && ADVERBIAL_PREP.test(doc.tokens[i].lower)) {
      const p = doc.tokens[i - 1].pos;
      if (p === 'NOUN' || p === 'PROPN') hardStops.add(i);
    }
  }
  return {
    doc,
    toks: doc.tokens,
    a: s.tokenStart,
    b: s.tokenEnd,
    headline: s.headline || (s.paragraph === 0 && !FINAL_MARK.test(doc.tokens[s.tokenEnd - 1]?.text ?? '.')),
    mentionAt,
    hardStops,
    nameInner,
  };
}

/**
 * Stage `tokenize`: text -> sentences -> tokens with POS and lemma (wink-nlp), all as character offsets into
 * the original text. A line (paragraph) never shares a sentence with another, so a headline line is its own
 * sentence; wink's sentence breaks are then repaired after abbreviations it does not know.
 */
import type { Stage } from './pipeline.js';
import type { Doc, Token } from '../model/document.js';
import { getNlp } from './wink.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { splitPossessives } from './possessives.js';
import { repairPos } from './pos-repair.js';
import { ScratchArray } from '../util/scratch-array.js';
/** character offset of each wink token in the text (-1: not found), reused across texts */
const STARTS = new ScratchArray(Int32Array);

interface RawSentence {
  start: number;
  end: number;
  /** `i` and `sentence` are set when the sentence joins the document */
  tokens: Token[];
}

/** an initialism without its last period ("F.N", "U.K") */
const OPEN_INITIALISM = /^(?:\p{L}\.){1,4}\p{L}$/u;
/** capitalised words that open a sentence after an initialism's period ("... sold to Y.Z. The company said") */
const SENTENCE_OPENER =
  /^(The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|In|On|At|Its|Their|His|Her|There|However|Meanwhile|Earlier|Later)$/;
const NON_LATIN1 = /[\u0100-\uffff]/;
const NON_BLANK = /\S/;

/**
 * Tokens of a whole text, read from wink's bulk arrays (one call per property, much faster than walking token
 * items) and aligned to character offsets: each token is found at the first occurrence of its text after the
 * previous token (within 40 characters; a token wink normalised may not be found, and is skipped). One readDoc per text,
 * not per paragraph: wink's per-document work made paragraph-by-paragraph reading ~12% slower on news. wink breaks
 * sentences at line breaks itself; a sentence that still spans one is cut there, so a paragraph's sentences are
 * its own (`paragraph`: the index of the line the sentence is on, counting non-blank lines).
 */
/** what Redline asks of wink-nlp for a text, read with its bulk API: tokens, POS, lemmas, sentence spans */
export interface WinkArrays {
  texts: string[];
  pos: string[];
  lemmas: string[];
  /** first and last token index of each sentence */
  spans: Array<[number, number]>;
}

/** wink's work for one text and nothing else (the benchmark's bare-library figure times exactly this) */
export function winkArrays(text: string): WinkArrays {
  const nlp = getNlp();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const all = wdoc.tokens();
  return {
    texts: all.out() as string[],
    pos: all.out(its.pos) as unknown as string[],
    lemmas: all.out(its.lemma as unknown as typeof its.value) as unknown as string[],
    spans: wdoc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}

/**
 * "F.N" + "." as one initialism, "F.N.": wink splits the period off only after some earlier text (what its
 * instance read before decides it), and then ends the sentence there. Read such a split as wink reads an initialism
 * it has not split (one token; the sentence goes on unless a sentence opener follows), so a text's sentences do not
 * depend on what was coded before it: 1-3 of 10,000 news articles got one sentence more or less depending on the
 * coding worker. `k` is the token, `b` the last token of wink's sentence; null when token k is no such initialism.
 */
export function initialismPeriod(
  texts: readonly string[],
  starts: ArrayLike<number>,
  k: number,
  b: number,
): { text: string; goesOn: boolean } | null {
  const tx = texts[k];
  if (texts[k + 1] !== '.' || starts[k + 1] !== starts[k] + tx.length || !OPEN_INITIALISM.test(tx))
    return null;
  const next = texts[k + 2];
  const goesOn = k + 1 === b && next !== undefined && /^\p{Lu}/u.test(next) && !SENTENCE_OPENER.test(next);
  return { text: `${tx}.`, goesOn };
}

function tokenizeText(text: string): Array<RawSentence & { paragraph: number }> {
  const { texts, pos, lemmas, spans } = winkArrays(splitPossessives(text));
  const starts = STARTS.take(texts.length, -1);
  let cursor = 0;
  for (let k = 0; k < texts.length; k++) {
    const tx = texts[k];
    if (pos[k] === 'SPACE') continue; // the line breaks between paragraphs
    // the next occurrence: only whitespace lies between tokens, and a token never starts with whitespace, so
    // this is the token's own place unless wink normalised it (wink's preceding-spaces output, which located
    // it directly, cost ~50 ms per 10,000 articles for the same offsets)
    let at = text.startsWith(tx, cursor)
      ? cursor
      : text.startsWith(tx, cursor + 1)
        ? cursor + 1
        : text.indexOf(tx, cursor);
    if (at >= 0 && at - cursor > 40) at = -1;
    if (at < 0) continue; // wink normalised the token (rare): skip it
    starts[k] = at;
    cursor = at + tx.length;
  }
  const mergeNeeded = NON_LATIN1.test(text);
  // where each non-blank line (paragraph) ends
  const lineEnd: number[] = [];
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (NON_BLANK.test(text.slice(from, to))) lineEnd.push(to);
    from = to + 1;
  }
  const out: Array<RawSentence & { paragraph: number }> = [];
  let para = 0;
  let toks: RawSentence['tokens'] = [];
  const flush = () => {
    if (mergeNeeded) toks = mergeSplitWords(toks);
    repairPos(toks);
    if (toks.length)
      out.push({ start: toks[0].start, end: toks[toks.length - 1].end, tokens: toks, paragraph: para });
    toks = [];
  };
  let skip = -1;
  for (const [a, b] of spans) {
    let goesOn = false;
    for (let k = a; k <= b; k++) {
      if (starts[k] < 0 || k === skip) continue;
      const start = starts[k];
      if (start >= lineEnd[para]) {
        flush(); // a sentence of wink's that runs on over a line break ends at it
        while (para < lineEnd.length - 1 && start >= lineEnd[para]) para++;
      }
      let tx = texts[k];
      const joined = initialismPeriod(texts, starts, k, b);
      if (joined) {
        tx = joined.text;
        skip = k + 1;
        goesOn = joined.goesOn;
      }
      const lower = tx.toLowerCase();
      const lemma = lemmas[k];
      toks.push({
        i: 0,
        sentence: 0,
        start,
        end: start + tx.length,
        text: tx,
        lower,
        lemma: lemma === undefined || lemma === tx || skip === k + 1 ? lower : lemma.toLowerCase(),
        pos: pos[k],
      });
    }
    if (!goesOn) flush();
  }
  return out;
}

const LETTERS = /^\p{L}+$/u;

/**
 * wink's tokenizer splits words at letters outside Latin-1 ("Erdoğan" -> "Erdo" "ğ" "an"); glue
 * touching letter-only pieces back into one word.
 */
function mergeSplitWords(toks: RawSentence['tokens']): RawSentence['tokens'] {
  const out: RawSentence['tokens'] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    const piece = LETTERS.test(t.text) || /^\p{L}+\.$/u.test(t.text);
    if (
      prev &&
      prev.end === t.start &&
      LETTERS.test(prev.text) &&
      piece &&
      /[^\p{Script=Latin}\p{Script=Common}]|[\u0100-\uffff]/u.test(prev.text + t.text)
    ) {
      prev.text += t.text;
      prev.end = t.end;
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      prev.pos = /^\p{Lu}/u.test(prev.text) ? 'PROPN' : 'NOUN';
      continue;
    }
    out.push(t);
  }
  return out;
}

const OPENERS = /^[a-z0-9(“"‘'–—-]/;
/** initialisms of countries and bodies that end sentences as often as they modify a noun */
const COUNTRY_INITIALISM = /^(u\.s|u\.k|u\.n|e\.u)\.$/;
/**
 * words that seldom open a sentence: after "U.S." they go on it, capitalised as some wire copy does ("the U.S. Is
 * pressing for", "Japan and the U.S. Would", "the U.S. And Japan": wink ended the sentence at the initialism)
 */
const NO_OPENER =
  /^(and|or|nor|is|are|was|were|would|will|shall|to|of|should|could|did|does|do|has|have|had|may|might|must|can|not|which|who|with|over|than|into|for|from|by|as|under|about)$/;

/** wink breaks after "Sept." / "Gen." / "Dr." in some contexts: merge such splits back. */
function repairAbbreviationBreaks(sents: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of sents) {
    const prev = out[out.length - 1];
    if (prev) {
      const last = prev.tokens[prev.tokens.length - 1];
      const first = s.tokens[0];
      const word =
        last.text === '.' && prev.tokens.length > 1
          ? prev.tokens[prev.tokens.length - 2].lower + '.'
          : last.lower;
      const abbrev = ABBREVIATIONS.has(word);
      const capital = /^[A-Z]/.test(first.text);
      if (
        abbrev &&
        (OPENERS.test(first.text) ||
          (capital && isTitleAbbrev(last.lower)) ||
          (capital && COUNTRY_INITIALISM.test(word) && NO_OPENER.test(first.lower)))
      ) {
        prev.tokens.push(...s.tokens);
        prev.end = s.end;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

function isTitleAbbrev(w: string): boolean {
  return /^(mr|mrs|ms|dr|gen|lt|col|maj|sgt|capt|adm|gov|sen|rep|st|prof|rev|sept|sep|oct|nov|dec|jan|feb|aug|mt)\.$/.test(
    w,
  );
}

export const tokenizeStage: Stage = {
  name: 'tokenize',
  requires: [],
  provides: ['sentences', 'tokens', 'pos'],
  run(doc: Doc) {
    const text = doc.text;
    const raw = tokenizeText(text);
    // abbreviation repairs stay inside a paragraph
    for (let from = 0; from < raw.length;) {
      const para = raw[from].paragraph;
      let to = from + 1;
      while (to < raw.length && raw[to].paragraph === para) to++;
      const sents = repairAbbreviationBreaks(raw.slice(from, to));
      const line = lineOf(text, sents[0].start);
      for (const s of sents) {
        const tokenStart = doc.tokens.length;
        const index = doc.sentences.length;
        for (const tok of s.tokens) {
          tok.i = doc.tokens.length;
          tok.sentence = index;
          doc.tokens.push(tok);
        }
        // a headline: the text's first paragraph, one sentence with no closing punctuation, before a body (a text
        // that is only a headline, as a feed's or a link post's title, is its own story: nothing repeats it)
        const headline = para === 0 && sents.length === 1 && !/[.!?”"]$/.test(line) && to < raw.length;
        doc.sentences.push({
          start: s.start,
          end: s.end,
          index,
          paragraph: para,
          tokenStart,
          tokenEnd: doc.tokens.length,
          headline,
        });
      }
      from = to;
    }
  },
};

/** the trimmed line of text around offset `at` */
function lineOf(text: string, at: number): string {
  const a = text.lastIndexOf('\n', at) + 1;
  const b = text.indexOf('\n', at);
  return text.slice(a, b < 0 ? text.length : b).trim();
}

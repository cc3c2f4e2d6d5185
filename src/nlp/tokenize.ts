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
import { ScratchArray } from '../util/scratch-array.js';
/** character offset of each wink token in the text (-1: not found), reused across texts */
const STARTS = new ScratchArray(Int32Array);

interface RawSentence {
  start: number;
  end: number;
  /** `i` and `sentence` are set when the sentence joins the document */
  tokens: Token[];
}

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
  for (const [a, b] of spans) {
    for (let k = a; k <= b; k++) {
      if (starts[k] < 0) continue;
      const start = starts[k];
      if (start >= lineEnd[para]) {
        flush(); // a sentence of wink's that runs on over a line break ends at it
        while (para < lineEnd.length - 1 && start >= lineEnd[para]) para++;
      }
      const tx = texts[k];
      const lower = tx.toLowerCase();
      const lemma = lemmas[k];
      toks.push({
        i: 0,
        sentence: 0,
        start,
        end: start + tx.length,
        text: tx,
        lower,
        lemma: lemma === undefined || lemma === tx ? lower : lemma.toLowerCase(),
        pos: pos[k],
      });
    }
    flush();
  }
  return out;
}

const LETTERS = /^\p{L}+$/u;
const MODALS = /^(may|might|will|would|could|should|must|can|shall)$/;
const POSSESSIVE_PRONOUN = /^(his|her|its|their|our|my|your)$/;
const OBJECT_PRONOUN = /^(him|her|them|it|us|me|one|two|three|several|some)$/;

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

const HEAD_FOLLOWERS = new Set(['ADP', 'PUNCT', 'CCONJ']);
/** words opening a subordinate clause, whose subject comes right after them */
const SUBORDINATORS = new Set([
  'when',
  'while',
  'as',
  'because',
  'although',
  'though',
  'since',
  'unless',
  'whereas',
  'once',
  'until',
]);
/** adjectives whose "to" is a preposition, not an infinitive marker ("similar to", "comparable to"; not "due to rise") */
const TO_ADJECTIVES = new Set([
  'similar',
  'comparable',
  'identical',
  'equal',
  'close',
  'contrary',
  'relative',
  'akin',
  'prior',
  'next',
  'opposite',
  'parallel',
  'proportional',
  'analogous',
  'superior',
  'inferior',
]);
const isFiniteVerb = (t: { pos: string }) => t.pos === 'VERB' || t.pos === 'AUX';
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'PROPN', 'NUM']);
const ARTICLE = /^(a|an|the)$/;
const INDEFINITE = /^(a|an)$/;
const PLAIN_WORD = /^[a-z]+$/;
const PLAIN_S_FORM = /^[a-z]{3,}s$/;
const SINGLE_S_END = /[^s]s$/;
const OBJECT_START_PRONOUN = /^(its|their|his|her|our|the|them|him|it)$/;
const SHOT_PARTICLES = /^(down|dead|at|up)$/;
const OBJECT_START = /^(the|a|an|its|their|his|her|this|these|those)$|^[A-Z]/;

/** POS repairs for wink's commonest noun/verb confusions in news text (regexes hoisted: this runs on every token) */
function repairPos(out: RawSentence['tokens']): void {
  // a "verb" right after a determiner, an adjective, a possessive or a hyphenated modifier is a noun
  // ("the possible long-range strikes", "Russia's strikes")
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('s')) continue;
    const p = out[i - 1];
    const hyphenCompound = i >= 3 && out[i - 2].text === '-' && out[i - 2].start === out[i - 3].end;
    // "resisted calls for", "said talks would resume": an -s form right after a past verb is its object or the
    // subject of what is said, not a second finite verb
    const afterPast =
      p.pos === 'VERB' && (p.lower.endsWith('ed') || p.lower === 'said' || p.lower === 'told');
    if (
      p.pos === 'DET' ||
      p.pos === 'ADJ' ||
      p.lower === "'s" ||
      p.lower === '’s' ||
      hyphenCompound ||
      afterPast
    )
      t.pos = 'NOUN';
  }
  // a base-form "verb" closing a noun phrase that has no head yet, after an article and a modifier, before a
  // preposition or punctuation, is that head, and "adverbs" right before it are nouns too ("a Philippine resupply
  // boat near", "an unprecedented attack on"); not after a name or noun ("the Kremlin warns of")
  for (let i = 2; i < out.length - 1; i++) {
    const t = out[i];
    const p = out[i - 1];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || (p.pos !== 'ADJ' && p.pos !== 'ADV')) continue;
    if (!HEAD_FOLLOWERS.has(out[i + 1].pos)) continue;
    let k = i - 1;
    while (k > 0 && MODIFIER_POS.has(out[k].pos)) k--;
    if (k === i - 1 || out[k].pos !== 'DET' || !ARTICLE.test(out[k].lower)) continue;
    t.pos = 'NOUN';
    // (an adverb before an adjective modifies it: "a very large attack")
    for (let x = i - 1; x > k && out[x].pos === 'ADV'; x--) out[x].pos = 'NOUN';
  }
  // a sentence with no verb at all ("Ukraine fires new missiles into Russia."): the first -s "noun" right after a
  // name at its start, before the start of an object, is the verb ("Palestinian villagers demand" is no object)
  if (!out.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
    for (let i = 1; i < Math.min(out.length - 1, 4); i++) {
      const t = out[i];
      const next = out[i + 1].pos;
      const objectStart = next === 'DET' || next === 'ADJ' || next === 'NUM' || next === 'PROPN';
      if (t.pos === 'NOUN' && PLAIN_S_FORM.test(t.text) && out[i - 1].pos === 'PROPN' && objectStart) {
        t.pos = 'VERB';
        break;
      }
    }
  }
  // the word after a modal, before an object, is its verb ("Russia may close its gas lines", "will shell the
  // city"): wink tags some such verbs ADJ or NOUN
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || out[i - 1].pos !== 'AUX') continue;
    if (!PLAIN_WORD.test(t.text) || !MODALS.test(out[i - 1].lower)) continue;
    const n = out[i + 1];
    if (n.pos === 'DET' || n.pos === 'PROPN' || (n.pos === 'PRON' && OBJECT_START_PRONOUN.test(n.lower)))
      t.pos = 'VERB';
  }
  // a base-form "verb" right after a subordinator, before a preposition, is the clause's subject noun ("when
  // demand for petroleum products tapers off", "as supply of crude grows"): a finite verb there needs a subject;
  // and one after a to-taking adjective's "to" is that preposition's object ("similar to demand on the first days")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || out[i + 1].pos !== 'ADP') continue;
    const p = out[i - 1];
    const afterSubordinator = SUBORDINATORS.has(p.lower) && out.slice(i + 2).some(isFiniteVerb);
    const prepositionalTo = p.lower === 'to' && i >= 2 && TO_ADJECTIVES.has(out[i - 2].lower);
    if (afterSubordinator || prepositionalTo) t.pos = 'NOUN';
  }
  // "shot": wink tags it a noun after a plural or name subject ("Police shot dead a man", "Russia shot down a
  // drone", "Guards shot at the crowd") and keeps "shot" as the verb's lemma; after a determiner or a
  // possessive it stays a noun ("took a shot at", "his shot at goal", "a warning shot at")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.lower !== 'shot') continue;
    const p = out[i - 1];
    const n = out[i + 1];
    const subject =
      p.pos === 'PROPN' ||
      (p.pos === 'NOUN' && !(i >= 2 && INDEFINITE.test(out[i - 2].lower))) ||
      (p.pos === 'PRON' && !POSSESSIVE_PRONOUN.test(p.lower));
    const object =
      SHOT_PARTICLES.test(n.lower) ||
      n.pos === 'DET' ||
      n.pos === 'NUM' ||
      n.pos === 'PROPN' ||
      (n.pos === 'PRON' && OBJECT_PRONOUN.test(n.lower));
    if (t.pos === 'NOUN' && subject && object) t.pos = 'VERB';
    if (t.pos === 'VERB') t.lemma = 'shoot';
  }
  // and the reverse: a "noun" between a noun phrase and a determiner or name is the verb
  // ("the prospect ... tests the alliance's commitment", "armed groups attack KFOR")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    const p = out[i - 1];
    const n = out[i + 1];
    const nounBefore = p.pos === 'NOUN' || p.pos === 'PROPN';
    if (t.pos !== 'NOUN' || !nounBefore || !PLAIN_WORD.test(t.text)) continue;
    // "armed groups attack KFOR"; a singular name then an -s form then a name: "if Israel attacks Iran"
    const after =
      n.pos === 'DET' ||
      (n.pos === 'PROPN' &&
        ((p.lower.endsWith('s') && p.pos === 'NOUN') || (p.pos === 'PROPN' && SINGLE_S_END.test(t.lower))));
    if (after && OBJECT_START.test(n.text)) t.pos = 'VERB';
  }
}

const OPENERS = /^[a-z0-9(“"‘'–—-]/;

/** wink breaks after "Sept." / "Gen." / "Dr." in some contexts: merge such splits back. */
function repairAbbreviationBreaks(sents: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of sents) {
    const prev = out[out.length - 1];
    if (prev) {
      const last = prev.tokens[prev.tokens.length - 1];
      const first = s.tokens[0];
      const abbrev =
        ABBREVIATIONS.has(last.lower) ||
        (last.text === '.' &&
          prev.tokens.length > 1 &&
          ABBREVIATIONS.has(prev.tokens[prev.tokens.length - 2].lower + '.'));
      if (abbrev && (OPENERS.test(first.text) || (/^[A-Z]/.test(first.text) && isTitleAbbrev(last.lower)))) {
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
        // a headline: the text's first paragraph, one sentence with no closing punctuation
        const headline = para === 0 && sents.length === 1 && !/[.!?”"]$/.test(line);
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

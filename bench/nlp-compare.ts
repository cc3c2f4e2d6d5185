/**
 * wink-nlp vs compromise: throughput and POS quality, for docs/decisions.md.
 *
 *   npx tsx bench/nlp-compare.ts [--n 2000] [--runs 3] [--corpus PATH] [--gold PATH] [--errors]
 *
 * Speed: the first N records of the corpus (default ../shared/corpora/world-news.jsonl.gz, streamed with
 * zlib + readline; field `text`). If the corpus is absent, the pos-gold sentences are repeated instead and
 * the report says so. Each library gets one warm-up pass, then `--runs` timed passes (median reported):
 *   - wink-nlp: readDoc + sentences().each + tokens().each reading its.pos and its.lemma (the same
 *     instance and settings as src/nlp/wink.ts);
 *   - compromise: nlp(text).json() and a walk over every term's tags; a second row adds
 *     compute('root'), compromise's nearest thing to a lemma.
 * Sentences and tokens are counted once, with wink's splitter and tokenizer, and that count is the unit
 * for both libraries (compromise's own term count is shown for reference).
 *
 * POS quality: bench/pos-gold.tsv (token<TAB>UPOS, blank line between sentences). The sentence text is
 * rebuilt from the gold tokens (detokenize below), each library tags that text, and library tokens are
 * aligned to gold tokens by character offsets:
 *   - a gold token takes the tag of the first library token that overlaps it;
 *   - a gold token that is only punctuation/symbols and that the library did not tokenize on its own
 *     (compromise keeps punctuation in pre/post and glues "$1.2", "3%") is scored by its character
 *     class: PUNCT for \p{P}, SYM for \p{S};
 *   - a possessive "'s" glued to its word ("China's") is PART if the library marked the word Possessive;
 *   - anything else not covered by a library token counts as wrong.
 * Accuracy is reported over all gold tokens and over words (gold tag not PUNCT), the fairer number
 * because compromise never tags punctuation itself. It is measured in a fresh process and again after
 * the speed passes: wink-nlp's tags for the same sentence can change once the process has read a few
 * thousand documents (seen with wink-nlp 2.4.0: "Japan's" -> 's PART becomes PROPN).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import type { ItemSentence, ItemToken, ItsFunction } from 'wink-nlp';
import { getNlp } from '../src/nlp/wink.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}
const N = Number(arg('n', '2000'));
const RUNS = Math.max(1, Number(arg('runs', '3')));
const CORPUS = path.resolve(ROOT, arg('corpus', '../shared/corpora/world-news.jsonl.gz'));
const GOLD = path.resolve(ROOT, arg('gold', 'bench/pos-gold.tsv'));
const SHOW_ERRORS = process.argv.includes('--errors');

const wink = getNlp();
const its = wink.its;
// its.lemma's declared signature does not match ItsFunction in wink-nlp's typings; it works at run time
const LEMMA = its.lemma as unknown as ItsFunction<string>;

// ---------------------------------------------------------------- gold

interface GoldToken {
  text: string;
  tag: string;
  start: number;
  end: number;
}
interface GoldSentence {
  text: string;
  tokens: GoldToken[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', "'s", "'", "n't"]);
const NO_SPACE_AFTER = new Set(['(', '[', '$']);

/** Rebuild the sentence text from gold tokens; straight double quotes alternate open/close. */
function detokenize(tokens: { text: string; tag: string }[]): GoldSentence {
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  const out: GoldToken[] = [];
  for (const t of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.has(t.text);
    glueNext = NO_SPACE_AFTER.has(t.text);
    if (t.text === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) text += ' ';
    out.push({ ...t, start: text.length, end: text.length + t.text.length });
    text += t.text;
  }
  return { text, tokens: out };
}

function readGold(file: string): GoldSentence[] {
  const sents: GoldSentence[] = [];
  let cur: { text: string; tag: string }[] = [];
  for (const line of [...readFileSync(file, 'utf8').split('\n'), '']) {
    if (!line.trim()) {
      if (cur.length) sents.push(detokenize(cur));
      cur = [];
      continue;
    }
    const [text, tag] = line.split('\t');
    if (!text || !tag) throw new Error(`bad gold line: ${JSON.stringify(line)}`);
    cur.push({ text, tag: tag.trim() });
  }
  return sents;
}

// ---------------------------------------------------------------- library taggers (offsets + UPOS)

interface LibToken {
  start: number;
  end: number;
  upos: string;
  possessive: boolean;
}

function winkTag(text: string): LibToken[] {
  const out: LibToken[] = [];
  let cursor = 0;
  wink
    .readDoc(text)
    .tokens()
    .each((t: ItemToken) => {
      const tx = t.out() as string;
      const at = text.indexOf(tx, cursor);
      if (at < 0 || at - cursor > 40) return; // normalised token: skip, as src/nlp/tokenize.ts does
      cursor = at + tx.length;
      out.push({ start: at, end: cursor, upos: String(t.out(its.pos)), possessive: false });
    });
  return out;
}

/**
 * compromise tag -> UPOS. compromise gives each term a set of tags from its own hierarchy; the FIRST
 * row below that the term carries decides. Order matters: Pronoun before Noun (compromise tags "he" as
 * Noun+Pronoun), Auxiliary/Copula/Modal before Verb, Particle before Verb ("set up": up = Verb+Particle),
 * Ordinal before Value, WeekDay/Month/ProperNoun before Noun (UD tags "Monday", "March" PROPN).
 * compromise has one Conjunction tag: coordinators (and, or, but, nor, yet, so, plus) -> CCONJ, "to"
 * (which compromise tags Conjunction before infinitives and often before nouns) -> PART, others -> SCONJ.
 * A term tagged only Noun+Possessive (compromise's "its") -> PRON.
 */
const COMPROMISE_TO_UPOS: [string, string][] = [
  ['Negative', 'PART'],
  ['Pronoun', 'PRON'],
  ['Determiner', 'DET'],
  ['Preposition', 'ADP'],
  ['Conjunction', 'CONJ*'],
  ['Auxiliary', 'AUX'],
  ['Modal', 'AUX'],
  ['Copula', 'AUX'],
  ['Particle', 'ADP'],
  ['Ordinal', 'ADJ'],
  ['Value', 'NUM'],
  ['WeekDay', 'PROPN'],
  ['Month', 'PROPN'],
  ['ProperNoun', 'PROPN'],
  ['Verb', 'VERB'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['QuestionWord', 'ADV'],
  ['Noun', 'NOUN'],
  ['Expression', 'INTJ'],
  ['Currency', 'SYM'],
];
const CCONJ_WORDS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'plus']);

function compromiseUpos(tags: string[], normal: string): string {
  const set = new Set(tags);
  // compromise tags "its" Noun+Possessive with no Pronoun tag; a bare possessive noun is a pronoun
  if (set.has('Possessive') && !set.has('Pronoun') && tags.every((t) => t === 'Noun' || t === 'Possessive'))
    return 'PRON';
  for (const [tag, upos] of COMPROMISE_TO_UPOS) {
    if (!set.has(tag)) continue;
    if (upos !== 'CONJ*') return upos;
    if (normal === 'to') return 'PART';
    return CCONJ_WORDS.has(normal) ? 'CCONJ' : 'SCONJ';
  }
  return 'X';
}

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  offset?: { start: number; length: number };
}

function compromiseTag(text: string): LibToken[] {
  const out: LibToken[] = [];
  const json = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  for (const s of json)
    for (const t of s.terms) {
      if (!t.offset || t.offset.length === 0) continue; // implicit terms of contractions ("n't" -> not)
      out.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        upos: compromiseUpos(t.tags, t.normal),
        possessive: t.tags.includes('Possessive'),
      });
    }
  return out;
}

/** UD: % $ € # & + etc. are SYM even where Unicode files them under punctuation (% is \p{Po}). */
function charClass(s: string): string | null {
  if (/^[\p{S}%#&@*§]+$/u.test(s)) return 'SYM';
  if (/^\p{P}+$/u.test(s)) return 'PUNCT';
  return null;
}

function predict(g: GoldToken, lib: LibToken[]): string {
  const over = lib.filter((t) => t.start < g.end && t.end > g.start);
  const own = over.find((t) => t.start === g.start && t.end === g.end);
  if (own) return own.upos;
  const cls = charClass(g.text);
  if (over.length === 0) return cls ?? '-';
  const first = over[0];
  if (cls && first.end - first.start > g.end - g.start) return cls; // glued punctuation/symbol
  if (/^'s$/i.test(g.text) && first.start < g.start && first.possessive) return 'PART';
  return first.upos;
}

interface Score {
  all: number;
  allOk: number;
  words: number;
  wordsOk: number;
  confusions: Map<string, number>;
  errors: string[];
}

function score(name: string, gold: GoldSentence[], tagger: (t: string) => LibToken[]): Score {
  const s: Score = { all: 0, allOk: 0, words: 0, wordsOk: 0, confusions: new Map(), errors: [] };
  for (const sent of gold) {
    const lib = tagger(sent.text);
    for (const g of sent.tokens) {
      const p = predict(g, lib);
      const ok = p === g.tag;
      s.all++;
      if (ok) s.allOk++;
      if (g.tag !== 'PUNCT') {
        s.words++;
        if (ok) s.wordsOk++;
      }
      if (!ok) {
        const k = `${g.tag}->${p}`;
        s.confusions.set(k, (s.confusions.get(k) ?? 0) + 1);
        s.errors.push(`${name}: ${g.text} gold=${g.tag} got=${p}  | ${sent.text}`);
      }
    }
  }
  return s;
}

// ---------------------------------------------------------------- corpus

async function readCorpus(file: string, n: number): Promise<string[]> {
  const texts: string[] = [];
  const input = createReadStream(file).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { text?: string; title?: string };
    const t = rec.text ?? rec.title ?? '';
    if (t) texts.push(t);
    if (texts.length >= n) break;
  }
  rl.close();
  input.destroy();
  return texts;
}

// ---------------------------------------------------------------- speed

let sink = 0; // keeps the JIT from dropping work

function winkPass(texts: string[]): void {
  for (const text of texts) {
    wink
      .readDoc(text)
      .sentences()
      .each((s: ItemSentence) => {
        s.tokens().each((t: ItemToken) => {
          sink += String(t.out(its.pos)).length + String(t.out(LEMMA)).length;
        });
      });
  }
}

function compromisePass(texts: string[], root: boolean): void {
  for (const text of texts) {
    const doc = nlp(text);
    if (root) doc.compute('root');
    for (const s of doc.json() as { terms: (CompromiseTerm & { root?: string })[] }[])
      for (const t of s.terms) sink += t.tags.length + (root ? (t.root ?? t.normal).length : 0);
  }
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function version(pkg: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const gold = readGold(GOLD);
  // POS is scored twice: first here, in a fresh process, and again after the speed passes, because
  // wink's tags for the same text can change once the process has read many documents
  const freshW = score('wink', gold, winkTag);
  const freshC = score('compromise', gold, compromiseTag);
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? '?'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  console.log(
    `libraries: wink-nlp ${version('wink-nlp')} + wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}, compromise ${version('compromise')}`,
  );

  let texts: string[];
  let source: string;
  if (existsSync(CORPUS)) {
    texts = await readCorpus(CORPUS, N);
    source = `${path.relative(ROOT, CORPUS)}, first ${texts.length} records (field text)`;
  } else {
    const article = gold.map((s) => s.text).join(' ');
    texts = Array.from({ length: N }, () => article);
    source = `FALLBACK: ${CORPUS} not found; ${N} copies of the ${gold.length} pos-gold sentences`;
    console.log(`!! corpus not found at ${CORPUS}; timing repeated pos-gold sentences instead`);
  }

  let sentences = 0;
  let tokens = 0;
  let chars = 0;
  for (const t of texts) {
    chars += t.length;
    const d = wink.readDoc(t);
    sentences += d.sentences().length();
    tokens += d.tokens().length();
  }
  let compromiseTerms = 0;
  for (const t of texts) compromiseTerms += nlp(t).terms().length;
  console.log(
    `corpus: ${source}; ${(chars / 1e6).toFixed(2)} M chars, ${sentences} sentences, ${tokens} tokens (wink); compromise terms ${compromiseTerms}`,
  );

  // warm-up (one full pass each), then timed runs, alternating the order
  winkPass(texts);
  compromisePass(texts, false);
  const tw: number[] = [];
  const tc: number[] = [];
  const tr: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    if (r % 2 === 0) {
      tw.push(time(() => winkPass(texts)));
      tc.push(time(() => compromisePass(texts, false)));
      tr.push(time(() => compromisePass(texts, true)));
    } else {
      tr.push(time(() => compromisePass(texts, true)));
      tc.push(time(() => compromisePass(texts, false)));
      tw.push(time(() => winkPass(texts)));
    }
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => Math.round(x).toLocaleString('en-US').padStart(11);
  console.log(
    `\nspeed: median of ${RUNS} timed runs after one warm-up pass; sentences and tokens counted by wink for both`,
  );
  console.log(
    `${pad('library', 34)} ${'seconds'.padStart(8)} ${'sentences/s'.padStart(11)} ${'tokens/s'.padStart(11)}`,
  );
  for (const [name, ts] of [
    ['wink-nlp readDoc + pos + lemma', tw],
    ['compromise nlp().json() tags', tc],
    ['compromise + compute(root)', tr],
  ] as [string, number[]][]) {
    const m = median(ts);
    console.log(`${pad(name, 34)} ${m.toFixed(2).padStart(8)} ${num(sentences / m)} ${num(tokens / m)}`);
  }
  const ratio = median(tc) / median(tw);
  console.log(`wink is ${ratio.toFixed(1)}x faster than compromise (tags only)`);

  const afterW = score('wink', gold, winkTag);
  const afterC = score('compromise', gold, compromiseTag);
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `\nPOS accuracy vs ${path.relative(ROOT, GOLD)}: ${gold.length} sentences, ${freshW.all} tokens, ${freshW.words} non-PUNCT`,
  );
  console.log(
    `${pad('library', 30)} ${'all tokens'.padStart(18)} ${'words (no PUNCT)'.padStart(18)}  top confusions gold->got`,
  );
  for (const [name, s] of [
    ['wink-nlp (fresh process)', freshW],
    [`wink-nlp (after ${texts.length} docs)`, afterW],
    ['compromise (fresh process)', freshC],
    [`compromise (after ${texts.length} docs)`, afterC],
  ] as [string, Score][]) {
    const top = [...s.confusions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `${pad(name, 30)} ${`${pct(s.allOk, s.all)} (${s.allOk}/${s.all})`.padStart(18)} ${`${pct(s.wordsOk, s.words)} (${s.wordsOk}/${s.words})`.padStart(18)}  ${top}`,
    );
  }
  const changed = afterW.errors.filter((e) => !freshW.errors.includes(e));
  const fixed = freshW.errors.filter((e) => !afterW.errors.includes(e));
  if (changed.length || fixed.length)
    console.log(
      `note: wink's tags for the same gold text changed after the corpus passes (${changed.length} new errors, ${fixed.length} fixed): its output depends on what the process read before`,
    );
  if (SHOW_ERRORS)
    for (const e of [...freshW.errors, ...freshC.errors, ...changed.map((e) => `after: ${e}`)])
      console.log(e);
  if (sink === -1) console.log(sink);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

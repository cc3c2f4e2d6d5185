/** Finding triggers in a sentence: the memoised pattern index lookup, and triggers that name a topic, not an act. */
import type { Lexicon } from '../lexicon/load.js';
import type { CompiledPattern } from '../lexicon/patterns.js';
import { matchPattern, sentenceWords, stem, type MatchResult, type SentenceView } from './match.js';
import { inTitle, isTopic } from './topics.js';
import { passiveMatch } from './passive-slot.js';
import { isPassive } from './passives.js';

/**
 * Candidate patterns per (lower-case form, lemma), memoised per lexicon. A form nearly always has one
 * lemma, so the entries of a form are a short chain, not a Map each; the many forms that trigger nothing
 * share one empty list. (A Map and a fresh array per form held ~15 MB per coding thread after 5,000
 * articles.)
 */
interface CandidateEntry {
  lemma: string;
  list: readonly CompiledPattern[];
  /** built on first use for long lists: see gated() */
  gate: Gate | null;
  next: CandidateEntry | null;
}
/**
 * A long candidate list by the first word each pattern requires after its trigger: most patterns of "offer",
 * "call" or "agree" need a word the sentence lacks ("agree * to", "call * for"), and were tried one by one only to be
 * rejected (805,000 tries per 10,000 articles, 655,000 of them failing that test).
 */
interface Gate {
  /** positions (in the list) of the patterns that require no word */
  free: number[];
  /** a form of a pattern's first required word -> the positions of the patterns requiring it */
  byWord: Map<string, number[]>;
}
interface CandidateCache {
  byLower: Map<string, CandidateEntry>;
  size: number;
}
const candidateCache = new WeakMap<Lexicon, CandidateCache>();
const NONE: readonly CompiledPattern[] = Object.freeze([]);
const MAX_CACHED = 200_000;
/** shorter lists are tried pattern by pattern */
const GATE_FROM = 8;

/**
 * The candidate patterns for the token at i that can match in this sentence, in the order they are tried (most
 * specific first). Patterns left out are exactly those whose first required word the sentence lacks, which
 * matchPattern would reject anyway, so the first pattern that matches is the same.
 */
export function candidates(lex: Lexicon, v: SentenceView, i: number): readonly CompiledPattern[] {
  const e = candidateEntry(lex, v, i);
  if (!e || e.list.length < GATE_FROM) return e ? e.list : NONE;
  return gated(e.list, (e.gate ??= gateOf(e.list)), sentenceWords(v));
}

function gateOf(list: readonly CompiledPattern[]): Gate {
  const gate: Gate = { free: [], byWord: new Map() };
  list.forEach((p, k) => {
    if (!p.required.length) return gate.free.push(k);
    for (const w of p.required[0]) {
      const at = gate.byWord.get(w);
      if (!at) gate.byWord.set(w, [k]);
      else if (at[at.length - 1] !== k) at.push(k);
    }
  });
  return gate;
}

function gated(list: readonly CompiledPattern[], gate: Gate, words: ReadonlySet<string>): CompiledPattern[] {
  const at = gate.free.slice();
  if (gate.byWord.size <= words.size) {
    for (const [w, ks] of gate.byWord) if (words.has(w)) for (const k of ks) at.push(k);
  } else
    for (const w of words) {
      const ks = gate.byWord.get(w);
      if (ks) for (const k of ks) at.push(k);
    }
  at.sort((a, b) => a - b);
  const out: CompiledPattern[] = [];
  for (let k = 0; k < at.length; k++) if (k === 0 || at[k] !== at[k - 1]) out.push(list[at[k]]);
  return out;
}

/** every candidate pattern of the token at i, whatever the sentence (the list `candidates` narrows) */
export function allCandidates(lex: Lexicon, v: SentenceView, i: number): readonly CompiledPattern[] {
  return candidateEntry(lex, v, i)?.list ?? NONE;
}

/** the memoised entry of the token's (lower-case form, lemma), or null when the token triggers nothing */
function candidateEntry(lex: Lexicon, v: SentenceView, i: number): CandidateEntry | null {
  const t = v.toks[i];
  // most words trigger nothing: two lookups in the small trigger index (a few thousand words, cache-resident)
  // answer that faster than the memo, which holds every word seen; the stem differs only after an -s
  const tr = lex.triggers;
  if (!tr.has(t.lemma) && !tr.has(t.lower) && !(t.lower.endsWith('s') && tr.has(stem(t.lower)))) return null;
  let cache = candidateCache.get(lex);
  if (!cache) candidateCache.set(lex, (cache = { byLower: new Map(), size: 0 }));
  // keyed by lower-case form, then lemma: no key string is built on this per-token path
  const first = cache.byLower.get(t.lower);
  for (let e: CandidateEntry | null | undefined = first; e; e = e.next) if (e.lemma === t.lemma) return e;
  const out: CompiledPattern[] = [];
  for (const k of new Set([t.lemma, t.lower, stem(t.lower)]))
    for (const p of lex.triggers.get(k) ?? []) if (!out.includes(p)) out.push(p);
  out.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  const entry: CandidateEntry = {
    lemma: t.lemma,
    list: out.length ? out : NONE,
    gate: null,
    next: first ?? null,
  };
  if (cache.size < MAX_CACHED) {
    cache.byLower.set(t.lower, entry);
    cache.size++;
  }
  return entry;
}

/**
 * the trigger is used as a noun: not tagged a verb, or a bare form the tagger read as one inside a noun phrase
 * ("UN torture investigator")
 */
function nounUse(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t.pos !== 'VERB') return true;
  const prev = v.toks[i - 1];
  return t.lower === t.lemma && prev !== undefined && /^(PROPN|DET|ADJ)$/.test(prev.pos);
}

/** a proceeding's noun and "of"/"into"/"on"/"over" (and an article) right before token i */
function proceedingBefore(v: SentenceView, i: number, lex: Lexicon): boolean {
  let k = i - 1;
  if (k > v.a && /^(the|a|an)$/.test(v.toks[k].lower)) k--;
  return (
    k > v.a &&
    /^(of|into|on|over)$/.test(v.toks[k].lower) &&
    lex.cues.proceedingNouns.has(v.toks[k - 1].lower)
  );
}

const CHARGING = /^(charge|accuse|convict|indict|suspect|conspiracy|conspire|allege|allegedly)$/;

/** "charged eight suspects with conspiracy to commit murder": a force noun committed in a charge is its content */
function chargedCrime(v: SentenceView, i: number): boolean {
  if (v.toks[i].pos === 'VERB' && v.toks[i].lower !== v.toks[i].lemma) return false;
  if (v.toks[i - 1]?.lemma !== 'commit') return false;
  for (let k = i - 2; k >= Math.max(v.a, i - 10); k--) if (CHARGING.test(v.toks[k].lemma)) return true;
  return false;
}

/** closed word classes no trigger belongs to: skipped before the (hash) lookup of candidate patterns */
const NEVER_TRIGGER = new Set([
  'PUNCT',
  'DET',
  'ADP',
  'CCONJ',
  'SCONJ',
  'PRON',
  'NUM',
  'SYM',
  'PART',
  'SPACE',
]);

/**
 * the "that" opening the complement clause of a matched appeal/pledge/threat, at its end or after a short
 * adverbial ("agreed on Thursday that neither would ...", "demanded again that"); none past a verb or a comma
 */
function complementThat(v: SentenceView, end: number): number | undefined {
  for (let x = end - 1; x < Math.min(v.b, end + 4); x++) {
    const t = v.toks[x];
    if (!t) return undefined;
    if (t.lower === 'that') return x;
    if (x >= end && (t.pos === 'VERB' || t.text === ',' || t.text === ';')) return undefined;
  }
  return undefined;
}

const PROTESTER_ROLES = /^(CVL|EDU|LAB|OPP)$/;

/** is token i the head of a civilian group's mention ("protesters", "Belarusian demonstrators")? */
function protesterAt(v: SentenceView, i: number): boolean {
  for (const m of v.mentionAt.values())
    if (m.tokenStart <= i && i < m.tokenEnd)
      return m.tokenEnd - 1 === i && PROTESTER_ROLES.test(m.role ?? '');
  return false;
}

const POSSESSIVE = /^(['’]s?|his|her|its|their|our|my|your)$/;

/**
 * an -ing verb between a determiner or possessor and the noun it modifies ("China's visiting military chief", "the
 * invading forces"): an adjective naming no act of its own
 */
function attributiveGerund(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || i - 1 < v.a) return false;
  const before = v.toks[i - 1];
  return (
    (before.pos === 'DET' || POSSESSIVE.test(before.lower)) &&
    /^(NOUN|PROPN|ADJ)$/.test(v.toks[i + 1]?.pos ?? '')
  );
}

/** verbs that take a clause without "that" ("agreed the ceasefire was fragile") as well as an object */
const CLAUSE_TAKING = /^(agree|accept|acknowledge|admit|concede|recognise|recognize)$/;

/**
 * "Russia agreed the ceasefire was fragile", "admitted the sanctions had failed": the matched noun is the subject of
 * a clause the verb takes without "that" (an auxiliary follows it), no object agreed or accepted
 */
function thatlessComplement(v: SentenceView, trigger: number, end: number): boolean {
  if (!CLAUSE_TAKING.test(v.toks[trigger].lemma) || end >= v.b) return false;
  // (a form of "be" or "have" only: "The UN vote to recognise Palestine legitimises", "recognizes Palestine based
  // on" go on with another clause's verb or a participle; a modal's clause may be what was agreed: "agreed the
  // meetings should continue")
  return /^(is|was|are|were|has|had|have)$/.test(v.toks[end].lower) && v.toks[end - 1].pos === 'NOUN';
}

/** words that open another clause inside a match's gap */
const SPAN_BREAK = /^(when|while|after|before|because|if|as|since|which|who|that|but|and|,)$/;

/** "and", "or" or a comma joining two actors ("urged Israel and the Palestinians to resume talks") opens no clause */
function betweenActors(v: SentenceView, inMention: Set<number>, x: number): boolean {
  if (!/^(and|or|&|,)$/.test(v.toks[x].lower) || !inMention.has(x - 1)) return false;
  return inMention.has(x + 1) || (v.toks[x + 1]?.pos === 'DET' && inMention.has(x + 2));
}

/** the head noun of a "by" phrase right after the trigger ("killed by Russian shelling") joins the consumed tokens */
function consumeAgentNoun(v: SentenceView, trigger: number, consumed: Set<number>): void {
  if (v.toks[trigger + 1]?.lower !== 'by') return;
  let k = trigger + 2;
  let actor = false; // (only when an actor modifies it, "Russian shelling": that actor is then the verb's agent)
  for (; k < v.b && /^(DET|ADJ|PROPN|NUM)$/.test(v.toks[k].pos); k++) actor ||= v.mentionAt.has(k);
  if (actor && k < v.b && v.toks[k].pos === 'NOUN') consumed.add(k);
}

/** words of a noun phrase that a threat verb takes as its content */
const CONTENT_WORD = /^(DET|ADJ|NOUN|NUM)$/;

export function findMatches(lex: Lexicon, v: SentenceView): MatchResult[] {
  const inMention = new Set<number>();
  for (const m of v.mentionAt.values()) for (let k = m.tokenStart; k < m.tokenEnd; k++) inMention.add(k);
  const consumed = new Set<number>();
  const out: MatchResult[] = [];
  // "to hold nuclear talks with": a noun's pattern starting inside a match's span with the same code (or a more
  // general one) names that act again ("launched a drone strike" keeps the more specific drone strike; a verb there
  // has its own clause: "ordered the FBI to open a probe")
  const sameActInSpan = (i: number, code: string) =>
    !/^(VERB|AUX)$/.test(v.toks[i].pos) &&
    out.some((r) => r.pattern.code.startsWith(code) && r.trigger < i && i < r.end);
  for (let i = v.a; i < v.b; i++) {
    if (NEVER_TRIGGER.has(v.toks[i].pos) || consumed.has(i)) continue;
    // a token inside an actor mention triggers only protests by that group ("protesters * gathered")
    const inside = inMention.has(i);
    if (inside && !protesterAt(v, i)) continue;
    let cands = candidates(lex, v, i);
    if (inside) cands = cands.filter((p) => p.root === '14');
    // ("Sri Lanka's protesting monks" do protest: a participle of protest still tells the act)
    if (attributiveGerund(v, i)) cands = cands.filter((p) => p.root === '14');
    if (!cands.length || isTopic(v, i) || inTitle(v, i)) continue;
    let passive: boolean | null = null;
    for (const p of cands) {
      if (sameActInSpan(i, p.code)) continue;
      // (at a passive participle, a pattern's object may be the passive's subject: "Iran was urged by France to")
      const r =
        matchPattern(v, p, i) ??
        (p.rest.length && (passive ??= isPassive(v, i)) ? passiveMatch(v, p, i, consumed) : null);
      if (!r) continue;
      // "Obama killed the debt commission plan", "the senator attacked the proposal", "vowed to fight corruption",
      // "to arrest a rapid appreciation of the yen": force and coercion verbs and threats whose object is a plan, a
      // bill, a social ill or a trend are figures of speech
      // (not after words the pattern matched past its actor slot: "warned Japan that the measures" opens a clause)
      if (/^(13|17|18|19|20)$/.test(p.root) && !pastSlot(r) && abstractObject(lex, v, r.end)) continue;
      if (thatlessComplement(v, i, r.end)) continue;
      if (p.foreignTarget && ownForcesOrdered(v, i, r.end)) continue;
      // "sexual assault cases", "a murder trial", "kidnapping charges": a noun of force before a proceeding's noun
      // is its topic
      if (/^(17|18|19|20)$/.test(p.root) && nounUse(v, i) && r.end < v.b) {
        const after = v.toks[r.end];
        if (after.pos !== 'VERB' && lex.cues.proceedingNouns.has(after.lower)) continue;
      }
      // ... and after one with "of"/"into"/"on" ("UN chief investigator of torture", "allegations of torture")
      if (/^(17|18|19|20)$/.test(p.root) && (proceedingBefore(v, i, lex) || chargedCrime(v, i))) continue;
      out.push(r);
      for (const c of r.consumed) consumed.add(c);
      // "were killed by Russian shelling": the force noun heading a force verb's passive agent is its means, no act
      if (/^(18|19|20)$/.test(p.root)) consumeAgentNoun(v, r.trigger, consumed);
      // the verb an appeal, demand, pledge, refusal or threat governs is its content, not an act of its own:
      // "urged Iran to release", "refused to withdraw", "threatened to strike"
      // (a refusal leaves the refused verb to match: "declined to resign" is coded from "resign", refusal.ts)
      if (
        /^(02|03|10|12|13)$/.test(p.root) &&
        !p.freeContent &&
        !lex.cues.refusalVerbs.has(v.toks[i].lemma)
      ) {
        // and so is every word of the matched span ("ready to resume peace talks": no separate "peace talks"), up
        // to a clause opener inside its gap ("did not make such an offer when they held grain talks")
        for (let x = r.trigger; x < r.end; x++) {
          if (x > r.trigger && SPAN_BREAK.test(v.toks[x].lower) && !betweenActors(v, inMention, x)) break;
          consumed.add(x);
        }
        // "threatens South Korea with nuclear strike": what one is threatened with is the threat's content
        if (v.toks[r.end - 1]?.lower === 'with')
          for (let x = r.end; x < Math.min(v.b, r.end + 4); x++) {
            if (v.toks[x].pos === 'PUNCT' || v.toks[x].pos === 'ADP' || SPAN_BREAK.test(v.toks[x].lower))
              break;
            consumed.add(x);
          }
        // "demanded that China return ...": the complement clause's verb is the demand's content
        const thatAt = complementThat(v, r.end);
        if (thatAt !== undefined)
          for (let x = thatAt + 1; x < Math.min(v.b, thatAt + 7); x++)
            if (v.toks[x].pos === 'VERB') {
              consumed.add(x);
              break;
            }
        // "threatened retaliatory action": a bare threat verb's object noun phrase is its content, no act of its own
        if (p.root === '13' && r.end === r.trigger + 1 && v.toks[r.trigger].pos === 'VERB')
          for (let x = r.end; x < Math.min(v.b, r.end + 4) && CONTENT_WORD.test(v.toks[x].pos); x++) {
            if (inMention.has(x)) break;
            consumed.add(x);
          }
        let k = r.end;
        if (v.toks[k] && v.toks[k].lower !== 'to' && v.toks[k - 1]?.lower !== 'to') k = -1;
        if (k >= 0) {
          if (v.toks[k]?.lower === 'to') k++;
          if (v.toks[k]?.pos === 'ADV') k++;
          if (k < v.b && v.toks[k].pos === 'VERB') consumed.add(k);
        }
      }
      break;
    }
  }
  return out;
}

/**
 * "Putin ordered Russian troops to withdraw from Ukraine": the country named inside the match is the one of the
 * subject right before the trigger, so the pattern that needs another state's forces gives way, and the ordered act
 * stays free to code as the forces' own (an expulsion dropped later for its own-forces target had hidden it)
 */
function ownForcesOrdered(v: SentenceView, trigger: number, end: number): boolean {
  let k = trigger - 1;
  while (k > v.a && v.toks[k].pos === 'ADV') k--;
  let subject: string | null = null;
  let inside: string | null = null;
  let bare = false; // ("ordered troops to withdraw": forces of no named country are the subject's own)
  for (const m of v.mentionAt.values()) {
    const c = v.doc.resolve(m).country;
    if (m.tokenEnd - 1 === k) subject = c;
    else if (m.tokenStart > trigger && m.tokenEnd <= end) {
      if (c) inside ??= c;
      else bare ||= m.kind === 'role' && m.org === null;
    }
  }
  return subject !== null && (subject === inside || (inside === null && bare));
}

/** the match went on with words after its filled actor slot ("warn + that") */
function pastSlot(r: MatchResult): boolean {
  return r.targets !== null && r.targets.every((m) => m.tokenEnd < r.end);
}

/**
 * the head noun of the object starting at `from` (up to 5 words, before a preposition or punctuation) is abstract;
 * a noun trigger's object comes after on/against ("launched an attack on Conservative spending plans")
 */
function abstractObject(lex: Lexicon, v: SentenceView, from: number): boolean {
  // "attacked what he called biased press reports": the named thing follows the free relative
  if (
    v.toks[from]?.lower === 'what' &&
    v.toks[from + 1]?.pos === 'PRON' &&
    /^(call|term|describe|dub|label)$/.test(v.toks[from + 2]?.lemma ?? '')
  )
    from += v.toks[from + 3]?.lower === 'as' ? 4 : 3;
  let head = -1;
  if (
    from < v.b &&
    /^(on|upon|against)$/.test(v.toks[from].lower) &&
    from > 0 &&
    v.toks[from - 1].pos === 'NOUN'
  )
    from++;
  // up to 8 tokens: a possessive "'s" and quote marks take some of them
  for (let j = from; j < v.b && j < from + 8; j++) {
    const t = v.toks[j];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = j;
    else if (/^['’]s?$/.test(t.lower))
      continue; // a possessor: the head comes after ("Uganda's spending plans")
    else if (/^["“”‘’']$/.test(t.text))
      continue; // scare quotes (the government's "failure")
    else if (t.pos === 'CCONJ' && v.toks[j + 1]?.pos === 'ADJ')
      continue; // coordinated modifiers ("Labour's unfair and over-complicated taxes")
    else if (head >= 0 || !/^(DET|ADJ|NUM|PRON)$/.test(t.pos)) break;
  }
  return head >= 0 && lex.cues.abstractObjects.has(v.toks[head].lower);
}

/** Raw lexicon matches in a sentence and the small helpers the actor stages share. */
import type { ActorMention, Doc, Token } from '../model/document.js';
import type { ActorEntry, Lexicon } from '../lexicon/load.js';

export interface RawItem {
  ts: number; // token start index
  te: number; // token end index (exclusive)
  start: number;
  end: number;
  entries: ActorEntry[];
}

export function caseOk(e: ActorEntry, original: string): boolean {
  if (e.caseMode === 'any') return true;
  if (e.caseMode === 'exact') return original.replace(/\s+/g, ' ') === e.surface;
  // every capital in the entry must be a capital in the text
  let j = 0;
  for (let i = 0; i < e.surface.length && j < original.length; i++, j++) {
    while (original[j] === ' ' && e.surface[i] !== ' ' && j < original.length) j++;
    const c = e.surface[i];
    if (c >= 'A' && c <= 'Z' && original[j] !== c) return false;
  }
  return true;
}

/** the item's entry of kind k (plain loops: these run for every item of every sentence, a callback is a closure per call) */
export function get(it: RawItem, k: ActorEntry['kind']): ActorEntry | undefined {
  for (const e of it.entries) if (e.kind === k) return e;
  return undefined;
}
export const has = (it: RawItem, k: ActorEntry['kind']): boolean => get(it, k) !== undefined;
export const NAMEABLE: ActorEntry['kind'][] = [
  'country',
  'countryAdj',
  'org',
  'orgAdj',
  'metonym',
  'capital',
  'place',
];

export const adjKind = (e: ActorEntry) => e.kind === 'countryAdj' || e.kind === 'orgAdj';

export function firstNameable(it: RawItem): ActorEntry | undefined {
  for (const k of NAMEABLE) for (const e of it.entries) if (e.kind === k) return e;
  return undefined;
}

/**
 * Add a mention to the document. Every mention is built here with all of its fields, optional ones included
 * (undefined when not given), in one order: V8 then gives all mentions one hidden class, and the rules that read
 * mentions see one shape instead of sixteen (the callers' literals each name a different subset of the optional
 * fields, and later stages set `prep`, `antecedent`, … on some). A read of `m.kind` that met sixteen shapes was a
 * megamorphic lookup, and each shape new to an optimised rule threw its code away ("wrong map" deopts).
 */
export function push(doc: Doc, m: Omit<ActorMention, 'id' | 'text'>): ActorMention {
  const full: ActorMention = {
    id: doc.mentions.length,
    start: m.start,
    end: m.end,
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    sentence: m.sentence,
    text: doc.text.slice(m.start, m.end),
    kind: m.kind,
    country: m.country,
    role: m.role,
    org: m.org,
    name: m.name,
    gender: m.gender,
    title: m.title,
    onePerson: m.onePerson,
    locative: m.locative,
    antecedent: m.antecedent,
    antecedents: m.antecedents,
    modifier: m.modifier,
    capital: m.capital,
    place: m.place,
    prep: m.prep,
    agentive: m.agentive,
  };
  doc.mentions.push(full);
  return full;
}

/** bodies an actor leads and so acts as ("NATO-led forces", "the Hamas-led government"); acts
 * ("Saudi-led airstrikes", "the US-led invasion") are left to noun agents, and a war is no agent */
const LED_BODIES = /^(coalition|alliance|force|forces|troops|government|administration|bloc)$/;

/**
 * "the Saudi-led coalition", "the US-led alliance": a coalition led by the country or organisation whose item ends
 * at te acts as its leader; the mention it makes (the leader's code, no role), else null
 */
export function ledCoalition(
  doc: Doc,
  items: RawItem[],
  k: number,
  e: ActorEntry,
  sentence: number,
  sentEnd: number,
  used: Set<number>,
): ActorMention | null {
  const it = items[k];
  const dash = doc.tokens[it.te];
  if (dash?.text !== '-' || dash.start !== it.end || doc.tokens[it.te + 1]?.lower !== 'led') return null;
  // (an adjective may come between: "the Saudi-led military coalition", "a US-led international force")
  let b = it.te + 2;
  if (doc.tokens[b]?.pos === 'ADJ' && LED_BODIES.test(doc.tokens[b + 1]?.lower ?? '')) b++;
  const bloc = doc.tokens[b];
  if (!bloc || b >= sentEnd || !LED_BODIES.test(bloc.lower)) return null;
  // a role noun led ("NATO-led forces", "the Hamas-led government") keeps its role and is taken in
  const r = items.findIndex((x, i) => i > k && x.ts === b && x.te === b + 1);
  const role = r >= 0 ? (roleEntry(items[r])?.role ?? null) : null;
  if (r >= 0) used.add(r);
  return push(doc, {
    start: it.start,
    end: bloc.end,
    tokenStart: it.ts,
    tokenEnd: b + 1,
    sentence,
    kind: 'compound',
    country: e.country,
    role,
    org: e.org,
    name: doc.text.slice(it.start, bloc.end),
    locative: false,
    agentive: true,
  });
}

/** the span fields of a mention covering the raw items `from` through `to` (one item by default) */
export function spanOf(from: RawItem, sentence: number, to: RawItem = from) {
  return { start: from.start, end: to.end, tokenStart: from.ts, tokenEnd: to.te, sentence };
}
type Span = ReturnType<typeof spanOf>;

/**
 * `push` of a mention at a span: the fields are added to the span object. (A literal that spreads the span first,
 * `{ ...spanOf(...), kind, country, ... }`, cost ~9 µs a mention on Node 20: V8 defines every property after a
 * spread that the spread object lacks through the runtime; 80,000 mentions per 10,000 articles.)
 */
export function pushAt(
  doc: Doc,
  span: Span,
  m: Omit<ActorMention, 'id' | 'text' | keyof Span>,
): ActorMention {
  return push(doc, Object.assign(span, m));
}

export function isLocative(doc: Doc, lex: Lexicon, ts: number, sentStart: number): boolean {
  let j = ts - 1;
  while (
    j >= sentStart &&
    /^(the|a|an|northern|southern|eastern|western|central|occupied)$/.test(doc.tokens[j].lower)
  )
    j--;
  return j >= sentStart && lex.cues.locativePrepositions.has(doc.tokens[j].lower);
}

/** skip up to 2 lower-case modifiers ("top", "senior", "state") between a nameable item and a role noun */
export const RANK = /^(vice|deputy|acting|interim|first|senior|chief|top)$/;

/** the role-noun entry of an item, else its title entry */
export function roleEntry(it: RawItem): ActorEntry | undefined {
  return get(it, 'roleNoun') ?? get(it, 'title');
}

/** lower-case weapon and strike nouns that a capitalised model name may modify ("US Apache helicopters") */
export const WEAPON_NOUN =
  /^(attacks?|strikes?|airstrikes?|raids?|missiles?|rockets?|jets?|planes?|aircraft|helicopters?|gunships?|tanks?|drones?|fighters?|bombers?|warships?|frigates?|destroyers?|submarines?|launchers?|shells?|bombs?)$/;

export function roleNounAfter(doc: Doc, items: RawItem[], k: number, sentEnd: number): RawItem | null {
  const cur = items[k];
  const next = items[k + 1];
  // a capitalised title names an office too ("Iran's Deputy Foreign Minister"); a title followed by a name
  // is a person, which the caller checks
  if (!next || !(has(next, 'roleNoun') || has(next, 'title'))) return null;
  let gap = next.ts - cur.te;
  // a one-word title alone ("General", "President") after a name is usually part of another name
  // ("Michigan General"): only a role noun or a multi-word title ("Deputy Foreign Minister") qualifies
  if (!has(next, 'roleNoun') && next.te - next.ts < 2) return null;
  // "Russia's defence ministry": possessive between
  if (gap >= 1 && doc.tokens[cur.te]?.lower.match(/^['’]s$|^'$/)) gap--;
  if (gap > 2 || next.ts >= sentEnd) return null;
  for (let j = cur.te; j < next.ts; j++) {
    const t: Token = doc.tokens[j];
    // "Taiwan's Vice Foreign Minister", "Iran's Deputy Foreign Minister": a rank word may come between
    if (!(
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      // (a possessive only: "Japan to force Tokyo" is no role of Japan's)
      /^['’]s?$/.test(t.lower) ||
      RANK.test(t.lower) ||
      // a model's name: "Israeli Apache helicopters"
      (t.pos === 'PROPN' && WEAPON_NOUN.test(doc.tokens[next.ts].text))
    ))
      return null;
  }
  return next;
}

/** index of the noun an adjective modifies (skipping one more adjective), or -1 */
export function headNounAfter(doc: Doc, from: number, sentEnd: number): number {
  for (let j = from; j < sentEnd && j < from + 3; j++) {
    const t = doc.tokens[j];
    // (a model's name heads nothing: "Russian Iskander missiles")
    if (t.pos === 'PROPN' && j === from && WEAPON_NOUN.test(doc.tokens[j + 1]?.text ?? '')) return j + 1;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && j === from)) return j;
    if (t.pos !== 'ADJ' && t.pos !== 'VERB') return -1;
  }
  return -1;
}

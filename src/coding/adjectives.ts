/**
 * A country or bloc adjective that names no role ("Russian", "Western") makes a mention by the noun it modifies: a
 * place ("Russian territory", target only for force), the country an act concerns ("an Israeli withdrawal", "Russian
 * oil imports", target only), whose a munition is ("Russian missiles": only an attack's agent), a people named by its
 * demonym ("the Palestinians": civilians), or the bloc ("Western forces").
 */
import type { ActorEntry, Lexicon } from '../lexicon/load.js';
import type { Doc } from '../model/document.js';
import {
  type RawItem,
  headNounAfter,
  isLocative,
  ledCoalition,
  push,
  pushAt,
  spanOf,
} from './actor-items.js';

/** capitalised heads of the names of seas and oceans */
const WATER_NAME = /^(Ocean|Sea|Gulf|Bay|Channel|Strait|Straits)$/;

/** roles of armed groups: their positions and targets are the group's */
const ARMED_GROUP = /^(REB|INS|SEP|UAF)$/;

export function assembleAdjective(
  doc: Doc,
  lex: Lexicon,
  items: RawItem[],
  k: number,
  used: Set<number>,
  nameable: ActorEntry,
  sentence: number,
  sentStart: number,
  sentEnd: number,
): void {
  const it = items[k];
  const nextTok = doc.tokens[it.te];
  // "the Indian Ocean", "the Arabian Sea": an adjective before a capitalised water's noun is part of its name
  if (nextTok && it.end === nextTok.start - 1 && WATER_NAME.test(nextTok.text)) return;
  // the adjective's own country or bloc, no role, not acting
  const bare = (kind: 'country' | 'org', modifier?: true) =>
    pushAt(doc, spanOf(it, sentence), {
      kind,
      country: nameable.country,
      role: null,
      org: nameable.org,
      name: nameable.name,
      locative: false,
      agentive: false,
      modifier,
    });
  // "Saudi-led coalition air strikes": the leader, a modifier (an agent of the noun act it leads, nounAgent)
  if (nextTok?.text === '-' && nextTok.start === it.end && doc.tokens[it.te + 1]?.lower === 'led') {
    // "the Saudi-led coalition bombed Sanaa": a coalition acts as its leader
    if (!ledCoalition(doc, items, k, nameable, sentence, sentEnd, used)) bare('country', true);
    return;
  }
  // a demonym used as a noun ("Ukrainians", "the Palestinians") or ADJ + place noun ("Russian territory")
  // (the last of a run of nouns heads it: "Russian missile strikes", "Russian oil imports"); a plural demonym
  // modifies nothing ("Albanians demanded autonomy": no adjective of "autonomy" across the verb)
  const people = pluralDemonym(lex, nameable, it.entries[0].surface);
  if (!people) nounAfterAdjective(doc, it.ts, it.te, nameable);
  let headIdx = people ? (nextTok?.pos === 'NOUN' ? it.te : -1) : headNounAfter(doc, it.te, sentEnd);
  if (headIdx >= 0 && doc.tokens[headIdx].pos === 'NOUN')
    while (headIdx + 1 < sentEnd && doc.tokens[headIdx + 1].pos === 'NOUN') headIdx++;
  const head = headIdx >= 0 ? doc.tokens[headIdx] : null;
  if (head && lex.cues.placeNouns.has(head.lower)) {
    // "Russian territory": a place of the country (a target only for force); "Houthi targets": an armed group's
    push(doc, {
      start: it.start,
      end: head.end,
      tokenStart: it.ts,
      tokenEnd: headIdx + 1,
      sentence,
      kind: 'country',
      country: nameable.country,
      role: nameable.role && ARMED_GROUP.test(nameable.role) ? nameable.role : null,
      org: nameable.org,
      name: nameable.name,
      locative: true,
      agentive: false,
    });
  } else if (
    head &&
    (!lex.cues.nonActorNouns.has(head.lower) || lex.cues.attackNouns.has(head.lower)) &&
    nameable.kind === 'countryAdj' &&
    head.pos === 'NOUN'
  ) {
    // "an Israeli withdrawal", "the Russian invasion": the country as the one the act concerns (target only);
    // "Palestinian homes": its civilians; "Russian missiles": only an attack's agent (a weapon is no target)
    const weapon = lex.cues.nonActorNouns.has(head.lower);
    pushAt(doc, spanOf(it, sentence), {
      modifier: weapon || undefined,
      kind: 'country',
      country: nameable.country,
      role: lex.cues.civilianPlaceNouns.has(head.lower) ? 'CVL' : null,
      org: nameable.org,
      name: nameable.name,
      locative: false,
      agentive: false,
    });
  } else if (
    !head &&
    (/s$/.test(it.entries[0].surface) || oneOfAPeople(doc, it.ts, it.te, nameable)) &&
    (!nextTok || nextTok.pos !== 'NOUN')
  ) {
    pushAt(doc, spanOf(it, sentence), {
      kind: 'country',
      country: nameable.country,
      // a people named by its demonym ("Palestinians", "Liberians", "a Palestinian"): civilians, as CAMEO codes them;
      // armed ones are not ("killed five armed Palestinians": unidentified armed forces, as "gunmen" are)
      role: nameable.kind !== 'countryAdj' ? null : doc.tokens[it.ts - 1]?.lower === 'armed' ? 'UAF' : 'CVL',
      org: nameable.org,
      name: nameable.name,
      locative: isLocative(doc, lex, it.ts, sentStart),
      // one person of a people ("a Palestinian") is a victim or addressee here, never the subject: in news it is
      // mostly an apposition or a passive's patient ("professors, three American and one Indian, said")
      agentive: /s$/.test(it.entries[0].surface),
      onePerson: /s$/.test(it.entries[0].surface) ? undefined : true,
    });
  } else if (head && !lex.cues.nonActorNouns.has(head.lower) && nameable.kind === 'orgAdj') {
    // "Western forces" without a role noun entry still names the West
    bare('org');
  }
}

/** "Albanians", "Afghans": the plural of another of the country's adjectives ("Swiss" is no plural of "Swis") */
function pluralDemonym(lex: Lexicon, e: ActorEntry, surface: string): boolean {
  if (e.kind !== 'countryAdj' || !e.country || !/s$/i.test(surface)) return false;
  const adjectives = lex.countries.get(e.country)?.adjectives ?? [];
  const singular = surface.slice(0, -1).toLowerCase();
  return adjectives.some((a) => a.toLowerCase() === singular);
}

/**
 * "a Palestinian", "one Israeli": a singular demonym after an article or "one" and before no adjective or noun is a
 * person of that people ("an Iranian offshore oil platform" is no person)
 */
function oneOfAPeople(doc: Doc, ts: number, te: number, e: ActorEntry): boolean {
  const next = doc.tokens[te];
  return (
    e.kind === 'countryAdj' &&
    /^(a|an|one)$/.test(doc.tokens[ts - 1]?.lower ?? '') &&
    !(next && /^(ADJ|NOUN|PROPN|ADV)$/.test(next.pos))
  );
}

/**
 * "Japanese promises to switch", "Chinese demands for": an -s "verb" right after a singular country adjective
 * (no people's plural, no "a"/"one" before it) and before "to", a preposition or an auxiliary is the noun it modifies
 * (a lexicon-aware POS repair: wink reads the capitalised adjective as a subject)
 */
function nounAfterAdjective(doc: Doc, ts: number, te: number, e: ActorEntry): void {
  const t = doc.tokens[te];
  if (e.kind !== 'countryAdj' || t?.pos !== 'VERB' || !/[^s]s$/.test(t.lower) || t.lower === t.lemma) return;
  if (/^(a|an|one)$/.test(doc.tokens[ts - 1]?.lower ?? '')) return;
  const after = doc.tokens[te + 1];
  if (after && (after.lower === 'to' || after.pos === 'ADP' || after.pos === 'AUX')) t.pos = 'NOUN';
}

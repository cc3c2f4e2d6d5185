/**
 * A people of one country named by an adjective and a group noun: "Iraqi Kurds", "Egyptian Christians",
 * "Bosnian Serbs", "Israeli Arabs". The group lives in the adjective's country, so the mention is that
 * country's civilians (CAMEO codes ethnic and religious groups abroad by the state they live in), not the
 * country the second word names ("Serbs" alone is Serbia's people).
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { type RawItem, firstNameable, push } from './actor-items.js';

/** pushes the mention and returns true when item k (a country adjective) opens such a phrase */
export function assemblePeople(
  doc: Doc,
  lex: Lexicon,
  items: RawItem[],
  k: number,
  used: Set<number>,
  sentence: number,
  sentEnd: number,
): boolean {
  const it = items[k];
  const adj = firstNameable(it);
  if (!adj || adj.kind !== 'countryAdj' || !adj.country || it.te >= sentEnd) return false;
  const head = doc.tokens[it.te];
  // "Bosnian Serbs": a plural demonym of another country right after the adjective
  const next = items[k + 1];
  const demonym = next && next.ts === it.te ? firstNameable(next) : undefined;
  const plural = (s: string) => /s$/.test(s) && s.length > 3;
  let end = -1;
  if (demonym && demonym.kind === 'countryAdj' && demonym.country !== adj.country && plural(head.lower)) {
    end = next.te;
    used.add(k + 1);
  } else if (lex.cues.peopleNouns.has(head.lower) && !items.some((x) => x.ts === it.te)) {
    end = it.te + 1;
  }
  if (end < 0) return false;
  push(doc, {
    start: it.start,
    end: doc.tokens[end - 1].end,
    tokenStart: it.ts,
    tokenEnd: end,
    sentence,
    kind: 'compound',
    country: adj.country,
    role: 'CVL',
    org: null,
    name: doc.text.slice(it.start, doc.tokens[end - 1].end),
    locative: false,
    agentive: true,
  });
  return true;
}

/**
 * a people named as living among another: "the Albanian population of Kosovo", "the Turkish community in
 * Germany" ("minority" is no role noun: "Norway's minority government", "South Africa's white minority
 * government")
 */
const MINORITY = /^(population|community|communities|diaspora)$/;

/**
 * "ethnic Albanians demonstrated in Serbia", "the Turkish community in Germany": an ethnic group named by its
 * demonym lives where the sentence places it, so it is that country's civilians (Serbia's, Germany's) — when
 * the sentence names exactly one other country or place, or its own "of" phrase names one ("the Albanians of
 * southern Serbia"). Without one, the demonym's country stays.
 */
export function placeEthnicGroups(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.role !== 'CVL') continue;
    const ethnic = m.kind === 'country' && doc.tokens[m.tokenStart - 1]?.lower === 'ethnic';
    if (m.kind === 'country' && doc.tokens[m.tokenEnd]?.lower === 'of') {
      // "the Albanians of southern Serbia", "the Hungarians of Romania": the people living there
      const home = doc.mentions.find(
        (c) => c.sentence === m.sentence && c.tokenStart > m.tokenEnd && c.tokenStart <= m.tokenEnd + 3,
      );
      if (home && isStateOrPlace(home) && home.country !== m.country) {
        m.country = home.country;
        m.name = m.text;
        continue;
      }
    }
    if (!ethnic && !(m.kind === 'compound' && MINORITY.test(doc.tokens[m.tokenEnd - 1].lower))) continue;
    const others = new Set<string>();
    for (const c of doc.mentions)
      if (c !== m && c.sentence === m.sentence && isStateOrPlace(c) && c.country !== m.country)
        others.add(c.country!);
    if (others.size !== 1) continue;
    m.country = [...others][0];
    m.name = m.text;
  }
}

function isStateOrPlace(c: ActorMention): boolean {
  return (
    c.country !== null && (c.kind === 'country' || c.kind === 'metonym') && !c.modifier && c.role !== 'CVL'
  );
}

/**
 * A party name several countries use ("Labour Party", "the Labor Party") codes as its home country's party
 * (parties.yaml gives each name one home). In a story that never names that home but names one other country, which
 * has a party of that name written with its own country word ("Israeli Labor Party", "New Zealand Labour Party"),
 * and one of whose people it names, the name is that country's party: "Israeli Prime Minister Ariel Sharon invited the opposition Labour Party" is
 * Israel's Labor, not Britain's. The namesakes are read off the lexicon itself, so a new "<Country> Labour Party"
 * entry is all it takes.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';

interface Namesake {
  country: string;
  code: string;
}

const INDEX = new WeakMap<Lexicon, Map<string, Namesake[]>>();
const lower = (name: string) => name.toLowerCase().replace(/^the /, '');

/** party code -> the parties of other countries named "<country word> <one of its names>" */
function namesakeIndex(lex: Lexicon): Map<string, Namesake[]> {
  const hit = INDEX.get(lex);
  if (hit) return hit;
  // "labour party" -> [ISR ILABR, NZL ...]: the generic rest of each party name after its country's own word
  const byGeneric = new Map<string, Namesake[]>();
  for (const o of lex.orgs.values()) {
    if (o.kind !== 'party' || !o.country) continue;
    const c = lex.countries.get(o.country);
    if (!c) continue;
    const words = [c.name, ...c.aliases, ...c.adjectives].map(lower);
    for (const n of o.names.map(lower))
      for (const w of words)
        if (n.startsWith(`${w} `)) {
          const rest = n.slice(w.length + 1);
          byGeneric.set(rest, [...(byGeneric.get(rest) ?? []), { country: o.country, code: o.code }]);
        }
  }
  const index = new Map<string, Namesake[]>();
  for (const o of lex.orgs.values()) {
    if (o.kind !== 'party' || !o.country) continue;
    const others: Namesake[] = [];
    for (const n of o.names.map(lower))
      for (const s of byGeneric.get(n) ?? [])
        if (s.country !== o.country && !others.some((x) => x.code === s.code)) others.push(s);
    if (others.length) index.set(o.code, others);
  }
  INDEX.set(lex, index);
  return index;
}

/** re-homes shared party names in a story about another country that has a party of that name */
export function placeSharedParties(doc: Doc, lex: Lexicon): void {
  const index = namesakeIndex(lex);
  const shared: ActorMention[] = [];
  for (const m of doc.mentions)
    if (m.role === 'PTY' && m.org && index.has(m.org) && m.country === lex.orgs.get(m.org)?.country)
      shared.push(m);
  if (!shared.length) return;
  // the countries the rest of the story names
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (m.country && !shared.includes(m)) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  if (counts.size !== 1) return;
  const [only] = counts.keys();
  // ... and names one of its people: a story about its politics ("Labour accused the Israeli government of lying"
  // names Israel only as the accused, and stays Britain's Labour)
  if (!doc.mentions.some((m) => m.kind === 'person' && m.country === only)) return;
  for (const m of shared) {
    const namesake = index.get(m.org!)!.find((x) => x.country === only);
    if (!namesake) continue;
    m.country = namesake.country;
    m.org = namesake.code;
  }
}

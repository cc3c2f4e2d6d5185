/**
 * A party's name shared across countries ("Labour", "Social Democrats", "Democratic Party") is the party of the
 * country named right before it: "Israel's opposition Labour party" is Israel's, "the Dutch Labour Party" the
 * Netherlands', "Norway's minority Labour government" Norway's. The lexicon gives each such name one home
 * country (parties.yaml); a country's possessive or adjective before it, a few lower-case words between
 * ("opposition", "ruling", "centre-left"), wins.
 */
import type { Doc } from '../model/document.js';
import type { ActorEntry } from '../lexicon/load.js';
import { type RawItem, firstNameable } from './actor-items.js';

/** the country owning the party item items[k], else null */
export function partyOwner(doc: Doc, items: RawItem[], k: number, e: ActorEntry): string | null {
  if (e.role !== 'PTY' || !e.country) return null;
  const it = items[k];
  let j = it.ts - 1;
  // lower-case words between ("opposition", "ruling", "centre-left", "main")
  for (let n = 0; n < 3 && j >= 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.tokens[j].text); n++) j--;
  if (j >= 0 && /^['’]s$/.test(doc.tokens[j].lower)) j--;
  if (j < 0 || doc.tokens[j].sentence !== doc.tokens[it.ts].sentence) return null;
  const prev = items.find((x, i) => i < k && x.te === j + 1);
  if (!prev) return null;
  const owner = firstNameable(prev);
  if (!owner || !owner.country || owner.org) return null;
  if (owner.kind !== 'country' && owner.kind !== 'countryAdj') return null;
  return owner.country;
}

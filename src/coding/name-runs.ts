/**
 * A one-word metonym closing a longer name the lexicon does not know: "the Trade Unions Congress" is not the US
 * Congress, nor "National Westminster Bank" the British parliament. The word before it is capitalised and names no
 * country, organisation, person or party (a role noun read inside the name, "Trade Unions", belongs to it too);
 * "the US Congress", "the Brazilian Congress" stay the country's.
 */
import type { Doc } from '../model/document.js';
import type { RawItem } from './actor-items.js';

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** whether the metonym item items[k] ends a longer unknown name; role-noun items inside that name go in `inside` */
export function endsUnknownName(
  doc: Doc,
  items: RawItem[],
  k: number,
  sentStart: number,
  inside: number[],
): boolean {
  const it = items[k];
  if (it.te - it.ts !== 1) return false;
  const p = it.ts - 1;
  if (p < sentStart) return false;
  const t = doc.tokens[p];
  if (!TITLE_WORD.test(t.text) || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ')) return false;
  for (let i = k - 1; i >= 0 && items[i].te > p - 3; i--) {
    const x = items[i];
    if (x.te <= p) continue;
    // the word before belongs to a known actor's name: "US Congress", "Philippine Congress"
    if (x.entries.some((e) => e.kind !== 'roleNoun')) return false;
    inside.push(i);
  }
  return true;
}

/** removes the mention pushed for an item */
export function dropMentionOf(doc: Doc, x: RawItem): void {
  doc.mentions = doc.mentions.filter((m) => !(m.start === x.start && m.end === x.end));
}

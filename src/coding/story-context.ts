/** Lexicon entries that hold only in some stories ("the North" is North Korea in a story naming a Korea). */
import type { Doc } from '../model/document.js';
import type { RawItem } from './actor-items.js';

/**
 * entries that hold only in a story naming certain countries ("the North" for North Korea) go when no other entry of
 * the story names one of them, or when a capitalised word of the same sentence goes on the name ("the South China
 * Sea"); an item left with no entry goes
 */
export function dropOutOfContext(doc: Doc, itemsBySentence: RawItem[][]): void {
  let named: Set<string> | null = null;
  for (const items of itemsBySentence)
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k];
      if (!hasContextualEntry(it)) continue;
      named ??= storyCountries(itemsBySentence);
      const next = doc.tokens[it.te];
      const longer = next?.sentence === doc.tokens[it.ts].sentence && /^\p{Lu}/u.test(next.text);
      it.entries = it.entries.filter(
        (e) => !e.whenStoryNames || (!longer && e.whenStoryNames.some((c) => named!.has(c))),
      );
      if (!it.entries.length) items.splice(k, 1);
    }
}

/** (a loop: this runs for every raw item of every story, and `some` would make a closure each time) */
function hasContextualEntry(it: RawItem): boolean {
  for (const e of it.entries) if (e.whenStoryNames) return true;
  return false;
}

function storyCountries(itemsBySentence: RawItem[][]): Set<string> {
  const out = new Set<string>();
  for (const items of itemsBySentence)
    for (const it of items)
      for (const e of it.entries) if (e.country && !e.whenStoryNames) out.add(e.country);
  return out;
}

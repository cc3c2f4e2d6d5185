/**
 * Lists of actor names in the raw lexicon items of a sentence: "British, French and German diplomats" (every
 * adjective shares the last role noun), "the foreign ministers of France, Germany and Italy" (every country takes
 * the role). A list needs its closing "and"/"or": "of Iran, Javad Zarif, said" is an apposition.
 */
import type { Doc } from '../model/document.js';
import { type RawItem, has, firstNameable, roleNounAfter } from './actor-items.js';

const LIST_WORD = /^(,|and|or|the)$/;

/**
 * the last item of a list of actor names that starts at item k and closes with "and"/"or", the items directly
 * adjacent ("US and British", "British, French and German"), or -1
 */
export function lastConjunct(doc: Doc, items: RawItem[], k: number): number {
  let x = k;
  for (;;) {
    const next = items[x + 1];
    if (!next || !firstNameable(next)) return -1;
    const gap = doc.tokens.slice(items[x].te, next.ts);
    const words = gap.map((t) => t.lower).join(' ');
    if (words === 'and' || words === 'or' || words === ', and' || words === ', or') return x + 1;
    if (words !== ',') return -1;
    x++;
  }
}

/**
 * the items that continue a coordinated list of countries (or organisations) after item `first` ("of France,
 * Germany and Italy"), when the list closes with "and"/"or"; none for "of Iran, Javad Zarif, said" (a person)
 * or "of Iran, Iraq said"
 */
export function coordinatedCountries(doc: Doc, items: RawItem[], first: number, sentEnd: number): number[] {
  const out: number[] = [];
  let closed = false;
  for (let x = first + 1; x < items.length && !closed; x++) {
    const gap = doc.tokens.slice(items[x - 1].te, items[x].ts);
    if (!gap.length || !gap.every((t) => LIST_WORD.test(t.lower))) break;
    const e = firstNameable(items[x]);
    if (!e || (e.kind !== 'country' && e.kind !== 'org') || has(items[x], 'person')) break;
    // "of France, Germany's foreign ministry and ...", "and the U.S. Federal Reserve Board": not a bare country
    const after = doc.tokens[items[x].te];
    if (
      roleNounAfter(doc, items, x, sentEnd) ||
      (after && /^[A-Z]/.test(after.text) && after.pos !== 'PUNCT')
    )
      break;
    closed = gap.some((t) => t.lower === 'and' || t.lower === 'or');
    out.push(x);
  }
  return closed ? out : [];
}

/**
 * The date of an event: the date expression nearest its trigger in the same sentence (outside a
 * condition clause); for an event inside a quote, a date in the quote's attribution ("Putin stated on
 * Sept. 12"); else the publication date, and `dateOrigin` says which. A wire dateline's date is skipped.
 */
import type { Doc, Quote, Sentence } from '../model/document.js';
import { datelineSpan } from './dateline.js';

export function dateForEvent(
  doc: Doc,
  s: Sentence,
  trigger: number,
  quote: Quote | null,
  condition: [number, number] | null,
): { value: string; origin: 'text' | 'published' } {
  const pos = doc.tokens[trigger].start;
  const inCond = (a: number) => condition !== null && a >= condition[0] && a < condition[1];
  let best: { value: string; d: number } | null = null;
  // the dateline's date ("JERUSALEM, Oct. 2 (Reuters) -") is when the story was filed, not when it happened
  const dateline = s.index < 3 ? datelineSpan(doc) : null;
  for (const d of doc.datesIn(s.index)) {
    if (inCond(d.start)) continue;
    if (dateline && d.start >= dateline.start && d.end <= dateline.end) continue;
    if (quote && d.start >= quote.contentStart && d.end <= quote.contentEnd) {
      // a date inside the quote dates what the quote talks about only if it is near the trigger
      if (Math.abs(d.start - pos) > 80) continue;
    }
    const dist = Math.abs(d.start - pos);
    if (!best || dist < best.d) best = { value: d.value, d: dist };
  }
  if (!best && quote?.attribution) {
    const a = quote.attribution;
    const d = doc.datesIn(doc.sentenceAt(a.start)).find((x) => x.start >= a.start && x.end <= a.end + 40);
    if (d) best = { value: d.value, d: 0 };
  }
  if (best) return { value: best.value, origin: 'text' };
  return { value: doc.referenceDate, origin: 'published' };
}

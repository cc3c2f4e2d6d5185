/**
 * The date of an event: the date expression nearest its trigger in the same sentence (outside a
 * condition clause); for an event inside a quote, a date in the quote's attribution ("Putin stated on
 * Sept. 12"); else the publication date, and `dateOrigin` says which. In a wire lead the dateline's date
 * wins over all but a nearby named day.
 */
import type { Doc, Quote, Sentence, Token } from '../model/document.js';
import { datelineSpan } from './dateline.js';

/** a day named relative to the filing date: the only kind of date that overrides a wire dateline's */
const RELATIVE_DAY =
  /\b(yesterday|today|tonight|overnight|last night|this (morning|afternoon|evening)|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days? ago)\b/i;

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
  // the dateline's date ("JERUSALEM, Oct. 2 (Reuters) -") is when the story was filed: in wire copy it dates
  // the lead sentence's events unless a day named near the trigger says otherwise ("... on Tuesday evening",
  // "yesterday"); other dates in a lead are mostly deadlines and earlier accords
  const dateline = s.index < 3 ? datelineSpan(doc) : null;
  let filed: string | null = null;
  for (const d of doc.datesIn(s.index)) {
    if (inCond(d.start)) continue;
    if (dateline && d.start >= dateline.start && d.end <= dateline.end) {
      filed = d.value;
      continue;
    }
    const lead = dateline !== null && s.start === dateline.start;
    if (lead && !(RELATIVE_DAY.test(doc.text.slice(d.start, d.end)) && Math.abs(d.start - pos) <= 80))
      continue;
    if (quote && d.start >= quote.contentStart && d.end <= quote.contentEnd) {
      // a date inside the quote dates what the quote talks about only if it is near the trigger
      if (Math.abs(d.start - pos) > 80) continue;
    }
    const dist = Math.abs(d.start - pos);
    if (!best || dist < best.d) best = { value: d.value, d: dist };
  }
  if (!best && filed) best = { value: filed, d: 0 };
  if (!best && quote?.attribution) {
    const a = quote.attribution;
    const d = doc.datesIn(doc.sentenceAt(a.start)).find((x) => x.start >= a.start && x.end <= a.end + 40);
    if (d) best = { value: d.value, d: 0 };
  }
  if (best) return { value: best.value, origin: 'text' };
  return { value: doc.referenceDate, origin: 'published' };
}

/**
 * a verb in the third-person present ("visits", "meets") dated, from the text, after the story's own date
 * (compared at the precision of the date: "in 1988" in a 1987 story is later, "in March" in a March story is
 * not). Only that unambiguous finite form: the nearest date of a sentence often dates something else ("imposed
 * an embargo on Monday", "authority to negotiate ... through October 1989"), and past forms, infinitives and
 * act nouns were read as plans when it did.
 */
export function laterThanStory(doc: Doc, date: { value: string; origin: string }, trig: Token): boolean {
  if (date.origin !== 'text' || date.value <= doc.referenceDate.slice(0, date.value.length)) return false;
  return (
    trig.pos === 'VERB' &&
    trig.lower !== trig.lemma &&
    (trig.lower === `${trig.lemma}s` || trig.lower === `${trig.lemma}es`)
  );
}

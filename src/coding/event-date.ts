/**
 * The date of an event: the date expression nearest its trigger in the same sentence (outside a
 * condition clause, and not after the start of another act: "expelled two diplomats in retaliation for a move by
 * Tallinn last month"); for an event inside a quote, a date in the quote's attribution ("Putin stated on
 * Sept. 12"); else the publication date, and `dateOrigin` says which. In a wire lead the dateline's date
 * wins over all but a nearby named day.
 */
import type { Doc, Quote, Sentence, Token } from '../model/document.js';
import { datelineSpan } from './dateline.js';
import { previousSentenceDate, relativeDate } from './relative-dates.js';

/** a day named relative to the filing date: the only kind of date that overrides a wire dateline's */
const RELATIVE_DAY =
  /\b(yesterday|today|tonight|overnight|last night|this (morning|afternoon|evening)|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days? ago)\b/i;

/** the words that tell a date after the act dates another act: cues otherActMarkers, speechVerbs, witnessVerbs */
export interface DateCues {
  otherActMarkers: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  witnessVerbs: ReadonlySet<string>;
}

/** a verb form that modifies the noun after it or joins a word ("suspected terrorist hideouts", "rebel-held") */
function modifierVerb(toks: Token[], k: number, to: number): boolean {
  const prev = toks[k - 1];
  if (prev?.text === '-') return true;
  // right before the date ("said Tuesday") only a plural noun read as a verb: "by British prosecutors Tuesday"
  if (k + 1 >= to) return toks[k].lower.endsWith('s') && /^(NOUN|PROPN|ADJ)$/.test(prev?.pos ?? '');
  return /^(NOUN|PROPN|ADJ)$/.test(toks[k + 1].pos);
}

/**
 * Whether tokens [from, to) hold the start of another act, so that a date after them is that act's: a marker
 * ("after", "in retaliation for", "that") or a verb ("to be reviewed in December"). Not a closing attribution
 * (", officials said on Tuesday", ", the BBC reported Saturday": the report's date is the best evidence of when
 * the act was), the verb a noun or participle act is the subject of ("air strikes killed two militants on
 * Thursday", "people protesting job losses formed a line on Wednesday"), -ing forms and verbs that modify a noun
 * ("capable of carrying", "suspected terrorist hideouts", "journalists held hostage").
 */
function anotherActBetween(
  toks: Token[],
  from: number,
  to: number,
  nounAct: boolean,
  cues: DateCues,
): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (toks[k].pos !== 'VERB') continue;
    if (cues.speechVerbs.has(toks[k].lemma) || cues.witnessVerbs.has(toks[k].lemma)) return false;
    if (!modifierVerb(toks, k, to)) break;
  }
  let ownVerb = nounAct;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (cues.otherActMarkers.has(t.lower)) return true;
    if (t.pos !== 'VERB' || t.lower.endsWith('ing') || modifierVerb(toks, k, to)) continue;
    // a purpose or complement infinitive shares the act's time ("used tear gas to break up a demonstration
    // Wednesday"); a deadline after it is caught by its marker ("before the election") or is a date of its own
    if (toks[k - 1]?.lower === 'to') continue;
    if (ownVerb) ownVerb = false;
    else return true;
  }
  return false;
}

export function dateForEvent(
  doc: Doc,
  s: Sentence,
  at: { trigger: number; end: number },
  quote: Quote | null,
  condition: [number, number] | null,
  cues: DateCues,
): { value: string; origin: 'text' | 'published' } {
  const { trigger } = at;
  const pos = doc.tokens[trigger].start;
  const inCond = (a: number) => condition !== null && a >= condition[0] && a < condition[1];
  const afterAct = at.end < s.tokenEnd ? doc.tokens[at.end].start : Infinity;
  // a noun or participle act has a verb of its own to come ("air strikes killed", "people protesting … formed")
  const trig = doc.tokens[trigger];
  const nounAct = trig.pos === 'NOUN' || (trig.pos === 'VERB' && trig.lower.endsWith('ing'));
  /** the chosen date, its distance to the trigger and where it stands (-1: not in this sentence) */
  let best: { value: string; d: number; at: number } | null = null;
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
    if (
      d.start >= afterAct &&
      anotherActBetween(doc.tokens, at.end, doc.tokenIndexAt(d.start), nounAct, cues)
    )
      continue;
    const dist = Math.abs(d.start - pos);
    if (!best || dist < best.d) best = { value: d.value, d: dist, at: d.start };
  }
  if (!best && filed) best = { value: filed, d: 0, at: -1 };
  if (!best && quote?.attribution) {
    const a = quote.attribution;
    const d = doc.datesIn(doc.sentenceAt(a.start)).find((x) => x.start >= a.start && x.end <= a.end + 40);
    if (d) best = { value: d.value, d: 0, at: -1 };
    else {
      const prev = previousSentenceDate(doc, quote);
      if (prev) best = { value: prev, d: 0, at: -1 };
    }
  }
  // "…, a day after the army suspended talks": counted from the date the phrase refers to, unless a date of its
  // own follows the phrase
  const relative = relativeDate(doc, s, pos);
  if (relative && !(best && best.at > relative.at)) best = { value: relative.value, d: 0, at: relative.at };
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

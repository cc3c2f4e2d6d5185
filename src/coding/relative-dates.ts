/**
 * Dates that news gives relative to another act rather than to the calendar:
 * - "Israel struck Gaza on Sunday, a day after rockets were fired": the act after "a day after" is a day before
 *   the sentence's own date; "The move came two days after the army suspended talks" counts from the last day
 *   the story named before it ("The United States imposed sanctions on Thursday").
 * - a quote whose attribution names no date ("…,” she said) was said when the previous sentence of the paragraph,
 *   about the same speaker, says ("On Monday, Kim Yo Jong accused …").
 * Only day-precise anchors are shifted; a month or a year stays unshifted (no false precision).
 */
import type { DateMention, Doc, Quote, Sentence } from '../model/document.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "a day after", "two weeks before", "hours after", "the day after" */
const RELATIVE =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)|(hours|the day))\s+(after|before)\b/gi;

/** verbs of "X came a day after Y": X is the act of the sentence before */
const FOLLOW_VERB = /\b(came|comes|come|followed|follows|was|is)\s*$/i;

/** YYYY-MM-DD shifted by `days` */
function shift(value: string, days: number): string {
  const t = Date.parse(`${value}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const dayPrecise = (d: DateMention) => /^\d{4}-\d{2}-\d{2}$/.test(d.value);

/**
 * The date of an act at character `pos` that follows "N days after" in its sentence, from the anchor the phrase
 * counts from, with the phrase's offset; null when there is no such phrase before the act or no day-precise anchor.
 */
export function relativeDate(doc: Doc, s: Sentence, pos: number): { value: string; at: number } | null {
  const text = doc.text.slice(s.start, pos);
  let m: RegExpExecArray | null = null;
  for (let x = RELATIVE.exec(text); x; x = RELATIVE.exec(text)) m = x;
  RELATIVE.lastIndex = 0;
  if (!m) return null;
  const at = s.start + m.index;
  const n = m[1]
    ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]))
    : m[3]?.toLowerCase() === 'hours'
      ? 0
      : 1;
  const unit = m[2] && /^week/i.test(m[2]) ? 7 : 1;
  const days = n * unit * (m[4].toLowerCase() === 'after' ? -1 : 1);
  // a date of the sentence before the phrase ("on Sunday, a day after"), else — "The move came a day after", "The
  // leader's comments came two days after" — the last day the story named before it
  const own = doc
    .datesIn(s.index)
    .filter((d) => d.end <= at && dayPrecise(d))
    .pop();
  let anchor = own ?? null;
  if (!anchor && FOLLOW_VERB.test(doc.text.slice(s.start, at))) {
    for (let k = s.index - 1; k >= 0 && !anchor; k--)
      anchor = doc.datesIn(k).filter(dayPrecise).pop() ?? null;
  }
  return anchor ? { value: shift(anchor.value, days), at } : null;
}

/**
 * A quote attributed without a date, in a paragraph whose previous sentence names its speaker and a day: that day
 * ("On Monday, Kim Yo Jong accused the U.S. … “If the American spy plane crosses our line …,” she said").
 */
export function previousSentenceDate(doc: Doc, quote: Quote): string | null {
  if (!quote.attribution || quote.speaker === null) return null;
  const si = doc.sentenceAt(quote.start);
  const prev = doc.sentences[si - 1];
  if (!prev || prev.paragraph !== doc.sentences[si].paragraph) return null;
  // the mention that names the speaker (a pronoun's antecedent), which must stand in the sentence before
  let who = doc.mention(quote.speaker);
  for (let i = 0; i < 5 && who && who.antecedent !== undefined && who.antecedent !== null; i++)
    who = doc.mention(who.antecedent);
  if (!who || who.start < prev.start || who.end > prev.end) return null;
  // (words are said by the story's date: a later day of that sentence is a plan it reports)
  const d = doc
    .datesIn(prev.index)
    .filter((x) => dayPrecise(x) && x.value <= doc.referenceDate)
    .sort((x, y) => Math.abs(x.start - who.start) - Math.abs(y.start - who.start))[0];
  return d?.value ?? null;
}

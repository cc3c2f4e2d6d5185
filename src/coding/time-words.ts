/**
 * Time adverbials inside a clause ("on Tuesday", "late Sunday night", "last week", "on Sept. 12"): word tables
 * and a token-level reader. Patterns and subject scans step over them; resolving them to dates is the dates
 * stage's work (chrono).
 */
import type { Token } from '../model/document.js';

export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
export const DAY_PART = /^(?:morning|afternoon|evening|night)$/;
export const MONTH =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/;
const RELATIVE = /^(?:yesterday|today|tonight|overnight)$/;
const STARTERS = new Set([
  ...'yesterday today tonight overnight last this next on early late'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...'jan feb mar apr may jun jul aug sep sept oct nov dec'.split(' ').flatMap((m) => [m, `${m}.`]),
  ...'january february march april june july august september october november december'.split(' '),
]);
const PERIOD = /^(?:week|weekend|month|year|morning|afternoon|evening|night)$/;

/**
 * The end of a time adverbial starting at token i ("on Tuesday", "late Sunday night", "yesterday",
 * "on Sept. 12", "last week"), or i when there is none: a pattern's next word or actor may follow it
 * ("demonstrated on Tuesday in Serbia", "met on Monday with", "accused late Sunday the army of").
 */
export function timeAdverbialEnd(toks: Token[], i: number, end: number): number {
  // most tokens start no time adverbial: one set lookup before any pattern
  if (i >= end || !STARTERS.has(toks[i].lower)) return i;
  let j = i;
  const at = (k: number) => (k < end ? toks[k].lower : '');
  if (RELATIVE.test(at(j))) {
    j++;
    return DAY_PART.test(at(j)) ? j + 1 : j;
  }
  if (/^(?:last|this|next)$/.test(at(j)) && (PERIOD.test(at(j + 1)) || WEEKDAY.test(at(j + 1)))) return j + 2;
  if (at(j) === 'on') j++;
  if (/^(?:early|late)$/.test(at(j)) && (WEEKDAY.test(at(j + 1)) || MONTH.test(at(j + 1)))) j++;
  if (WEEKDAY.test(at(j))) {
    j++;
    return DAY_PART.test(at(j)) ? j + 1 : j;
  }
  if (MONTH.test(at(j)) && /^\d{1,2}$/.test(at(j + 1))) return j + 2;
  return i;
}

/** the start of a time adverbial that ends right before token `end` (not before `lo`), or `end` */
export function timeAdverbialStartBefore(toks: Token[], end: number, lo: number): number {
  for (let k = Math.max(lo, end - 4); k < end; k++) if (timeAdverbialEnd(toks, k, end) === end) return k;
  return end;
}

/**
 * the token where a verb's subject should end: left of `trigger`, past auxiliaries, adverbs, particles and time
 * adverbials ("Holderbank *has* agreed", "Interfax *on Monday* reported"); below `lo` when there is none
 */
export function subjectEndBefore(toks: Token[], trigger: number, lo: number): number {
  let j = trigger - 1;
  for (;;) {
    while (j >= lo && /^(AUX|ADV|PART)$/.test(toks[j].pos)) j--;
    const k = timeAdverbialStartBefore(toks, j + 1, lo);
    if (k > j) return j;
    j = k - 1;
  }
}

/** a number or "half" after "by": an amount ("shortened by one hour", "cut by half"), not an agent */
export const isMeasure = (t: Token | undefined): boolean => !!t && (t.pos === 'NUM' || t.lower === 'half');

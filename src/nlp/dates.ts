/**
 * Stage `dates`: every date expression resolved against the publication date with chrono-node, plus
 * Redline's own parser for bare years ("in early 2022", "since 2014") and refiners for news usage:
 *   - a weekday or a month without a year refers to the past unless the clause is future ("will", "next")
 *   - "last November" is the November before the reference month
 *   - times without a date ("at 5 pm") are dropped
 */
import * as chrono from 'chrono-node';
import type { Stage } from './pipeline.js';
import type { DateMention, Doc, Sentence } from '../model/document.js';
import { refDate } from '../util/dates.js';

/**
 * cheap pre-filter: only sentences with one of these go through chrono. Month names are matched with their
 * capital ("May", "March" are also a modal and a verb), and durations ("for a year", "within six months")
 * are left out on purpose: they are not dates.
 */
const DATE_HINT = new RegExp(
  [
    String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b`,
    String.raw`\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b`,
    String.raw`\b(?:[Jj]anuary|[Ff]ebruary|[Aa]pril|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)\b`,
    String.raw`\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b`,
    String.raw`\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago|weekend|overnight)\b`,
    String.raw`\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious|[Ee]arlier|[Ll]ater|same|that)\s+(?:week|month|year|decade|summer|winter|spring|autumn|fall|morning|afternoon|evening|night)`,
    String.raw`\b(?:a|one|the)\s+(?:week|month|year)\s+(?:earlier|before|ago)`,
    String.raw`\b(?:19|20)\d\d\b`,
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b`,
  ].join('|'),
);
/** a month name in any case before a day number ("march 11", "FEb 26") */
const MONTH_DAY_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}\b/i;

/**
 * chrono's casual English parsers without the two duration ones: "within a year" and "five days later"
 * are spans of time, not dates (resolved against the publication date they give a wrong day). The
 * clock-time parsers stay: they absorb "12-1/2" and "at 5 pm" that would otherwise be read as dates.
 */
const SKIPPED_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
const casual = chrono.en.configuration.createCasualConfiguration(false);
/**
 * "last May", "since early May", "until mid-May": chrono leaves a bare "May" alone (the modal), so the month after a
 * word that only a month follows is read here; the year is settled like any month's below
 */
const monthMay: chrono.Parser = {
  pattern: () => /\b(?:last|next|early|late|mid-|since|until|through|during|this)\s*May\b(?!\s*\d)/,
  extract: (ctx) =>
    ctx.createParsingComponents({ month: 5 }).imply('year', ctx.reference.instant.getFullYear()),
};
const dateParser = new chrono.Chrono({
  parsers: [...casual.parsers.filter((p) => !SKIPPED_PARSERS.has(p.constructor.name)), monthMay],
  refiners: casual.refiners,
});
const FUTURE_CUE = /\b(?:will|'ll|next|upcoming|coming|scheduled|due to|plans? to|set to)\b/i;
const YEAR_RE =
  /\b(?:(in|since|during|by|until|from|before|after|of|throughout)\s+)?(?:(early|mid|late|the end of|the start of|the beginning of|the spring of|the summer of|the autumn of|the fall of|the winter of)[\s-]+)?((?:19[5-9]|20[0-4])\d)\b(?![\s,]*(?:\d|percent|%|million|billion|troops|people|km|tonnes|tons))/gi;

const WEEKDAY_ABBREV = /^(?:on\s+)?(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const BARE_MONTH =
  /^(?:in\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** a capitalised word right before: "Theresa May", "spokesman Sun" (not "In May", "on Sunday") */
const NAME_BEFORE =
  /(?:^|[^\p{L}])(?!(?:In|On|By|Since|Until|Last|Next|Early|Late|Mid|This|That|Of)\s)\p{Lu}[\p{L}'’-]+\s+$/u;

/**
 * chrono reads some names as dates: a weekday abbreviation on its own ("spokesman Sun Li-fang") and a bare month
 * name right after a capitalised word ("Theresa May said").
 */
function isNameNotDate(sentence: string, index: number, text: string): boolean {
  const t = text.trim();
  if (WEEKDAY_ABBREV.test(t)) return true;
  return BARE_MONTH.test(t) && NAME_BEFORE.test(sentence.slice(Math.max(0, index - 40), index));
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function valueOf(c: Ymd, granularity: DateMention['granularity']): string {
  if (granularity === 'year') return String(c.y);
  if (granularity === 'month') return `${c.y}-${pad(c.m)}`;
  return `${c.y}-${pad(c.m)}-${pad(c.d)}`;
}

function shiftDays(c: Ymd, by: number): Ymd {
  const d = new Date(Date.UTC(c.y, c.m - 1, c.d + by));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

const msOf = (c: Ymd) => Date.UTC(c.y, c.m - 1, c.d, 12);

/**
 * is the clause of a date at `at` future? A quote's future is its own: "'We will not send soldiers,' Scholz said on
 * Tuesday" is last Tuesday, "'We will meet on Tuesday,' he said" the coming one. (`text` is the sentence from
 * `from`.)
 */
function futureAround(doc: Doc, text: string, from: number, at: number): boolean {
  // (quotes are read when the quotes stage ran first, as in the coding pipeline; else the sentence decides)
  const q = doc.quoteAt(at);
  if (q) return FUTURE_CUE.test(doc.text.slice(Math.max(from, q.contentStart), q.contentEnd));
  let rest = text;
  for (const o of doc.quotes) {
    const a = Math.max(o.contentStart, from) - from;
    const b = Math.min(o.contentEnd, from + text.length) - from;
    if (a < b) rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
  }
  return FUTURE_CUE.test(rest);
}

/** the date mentions of one sentence, resolved against `ref` (the reference date at local noon) */
function sentenceDates(doc: Doc, s: Sentence, ref: Date): DateMention[] {
  const refMs = Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate(), 12);
  const out: DateMention[] = [];
  const text = doc.slice(s);
  if (!DATE_HINT.test(text) && !MONTH_DAY_HINT.test(text)) return out;
  const taken: Array<[number, number]> = [];
  let results: chrono.ParsedResult[] = [];
  try {
    results = dateParser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  const sentenceFuture = FUTURE_CUE.test(text);
  for (const r of results) {
    const k = r.start;
    const future = sentenceFuture && futureAround(doc, text, s.start, s.start + r.index);
    const known = (x: chrono.Component) => k.isCertain(x);
    if (!known('day') && !known('weekday') && !known('month') && !known('year')) continue; // a bare time
    if (isNameNotDate(text, r.index, r.text)) continue;
    let granularity: DateMention['granularity'] = 'day';
    if (/\bweek/i.test(r.text)) granularity = 'week';
    else if (!known('day') && !known('weekday') && known('month')) granularity = 'month';
    else if (
      !known('day') &&
      !known('weekday') &&
      !known('month') &&
      known('year') &&
      !/\b(?:year|ago)\b/i.test(r.text)
    )
      granularity = 'year';
    if (/\bmonth\b/i.test(r.text) && !known('day')) granularity = 'month';
    // "this year", "last year", "next year" name a year, not the day chrono anchors them to
    if (/\b(?:this|last|next|past|coming)\s+year\b/i.test(r.text)) granularity = 'year';
    let ymd: Ymd = { y: k.get('year')!, m: k.get('month')!, d: k.get('day')! };
    if (
      /\blast\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
        text.slice(Math.max(0, r.index - 6), r.index + r.text.length),
      )
    ) {
      // "last November": the one before the reference month
      ymd = { ...ymd, y: ref.getFullYear() - (ymd.m >= ref.getMonth() + 1 ? 1 : 0) };
    } else if (future && known('weekday') && !known('day') && msOf(ymd) < refMs - 43_200_000) {
      ymd = shiftDays(ymd, 7); // "will meet on Sunday": the coming one
    } else if (!known('year') && !future) {
      // news usage: an undated day or month is in the past (chrono may pick the coming one)
      const slack = known('weekday') && !known('day') ? 0 : 45 * 86_400_000;
      if (msOf(ymd) - refMs > slack)
        ymd = known('weekday') && !known('day') ? shiftDays(ymd, -7) : { ...ymd, y: ymd.y - 1 };
    }
    const start = s.start + r.index;
    const lead = r.text.match(/^\s*(?:on|in|at)\s+/i)?.[0].length ?? 0;
    const trimmed = r.text.trim().replace(/[,.;:]$/, '');
    const mention: DateMention = {
      start: start + lead,
      end: start + r.text.trimEnd().replace(/[,;:]$/, '').length,
      text: trimmed,
      sentence: s.index,
      value: valueOf(ymd, granularity),
      granularity,
    };
    taken.push([mention.start, mention.end]);
    out.push(mention);
  }
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(text))) {
    const yStart = s.start + m.index + m[0].lastIndexOf(m[3]);
    if (taken.some(([a, b]) => yStart >= a && yStart < b)) continue;
    if (!m[1] && !m[2]) continue; // a bare number: only with a preposition or "early/late"
    const at = s.start + m.index + (m[1] ? m[1].length + 1 : 0);
    out.push({
      start: at,
      end: yStart + 4,
      text: doc.text.slice(at, yStart + 4),
      sentence: s.index,
      value: m[3],
      granularity: 'year',
    });
  }
  return out;
}

export interface DateStageOptions {
  /**
   * 'all' (default) resolves every sentence; 'on-demand' resolves a sentence only when a later stage asks
   * (`doc.datesIn`): the event stage asks for the few sentences that hold an event, which is what ingest
   * needs, and skips chrono on the rest.
   */
  mode?: 'all' | 'on-demand';
}

export function createDateStage(opts: DateStageOptions = {}): Stage {
  const mode = opts.mode ?? 'all';
  return {
    name: 'dates',
    requires: ['sentences'],
    provides: ['dates'],
    run(doc: Doc) {
      const ref = refDate(doc.referenceDate);
      doc.dateResolver = (s) => sentenceDates(doc, s, ref);
      if (mode === 'all') for (const s of doc.sentences) doc.datesIn(s.index);
    },
  };
}

export const dateStage: Stage = createDateStage();

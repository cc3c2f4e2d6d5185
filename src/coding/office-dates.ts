/**
 * A reference date for an undated article from the offices of the people it names with a title: "Prime
 * Minister Tony Blair" and "Foreign Secretary Jack Straw" in the same text put it between 2001-06-08 and
 * 2006-05-05, when both held those offices. Without it, an undated 2005 story read against the day of coding
 * makes every leader a former official. Only titled mentions count (a bare "Mr Straw" may be after his term;
 * "former President Clinton" is not in office); a tenure whose title has the words of the text's title wins
 * over one that only shares its role. The day chosen is the middle of the latest common period (the best single
 * guess), or today if that period reaches today.
 */
import type { Doc } from '../model/document.js';
import type { Tenure } from '../lexicon/schema.js';
import { type RawItem, firstNameable, get, has } from './actor-items.js';
import { latestMonthDay } from '../util/dates.js';

type Period = [string, string]; // [start, end) as ISO days; end '9999-12-31' when open

const OPEN = '9999-12-31';
/** "Mr Blair" names a surname, not the person in full */
const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;
const PAST = /^(former|ex|late|then|outgoing|onetime|one-time|ousted|deposed|toppled|overthrown)$/;

/** words for an office no longer held ("then-President" and "outgoing" still hold theirs) */
const NO_LONGER = /^(former|ex|late|onetime|one-time|ousted|deposed|toppled|overthrown)$/;

/** an office no longer held is named right before token ts ("former", "ousted", "ex-") */
export function pastBefore(doc: Doc, ts: number): boolean {
  const t = doc.tokens[ts - 1];
  if (!t || t.sentence !== doc.tokens[ts].sentence) return false;
  return NO_LONGER.test(t.lower) || (t.text === '-' && NO_LONGER.test(doc.tokens[ts - 2]?.lower ?? ''));
}

/**
 * the title item right before the person item k ("opposition leader X" too with `roleNouns`), unless it names a
 * past office ("former President")
 */
export function presentTitleItem(doc: Doc, items: RawItem[], k: number, roleNouns = false): RawItem | null {
  const it = items[k];
  const prev = items[k - 1];
  if (!prev || prev.te !== it.ts || !(has(prev, 'title') || (roleNouns && has(prev, 'roleNoun'))))
    return null;
  // "former President", "ex-Prime Minister", and with a country between: "former South African president",
  // "toppled Iraqi leader"
  const sentence = doc.tokens[prev.ts].sentence;
  for (let j = prev.ts - 1; j >= 0 && j >= prev.ts - 4 && doc.tokens[j].sentence === sentence; j--) {
    const t = doc.tokens[j];
    if (PAST.test(t.lower)) return null;
    const countryWord = items.some((x) => x.ts <= j && j < x.te && firstNameable(x));
    if (!(t.text === '-' || countryWord)) break;
  }
  return prev;
}

/**
 * The tenures of the person of item k that its title names: those whose title has the words of the text's
 * title (`byTitle`), else those of the title's role; null when the mention has no title or a past one
 * ("former President", "ex-Prime Minister", "then-Chancellor").
 */
export function titledTenures(
  doc: Doc,
  items: RawItem[],
  k: number,
): { tenures: Tenure[]; byTitle: boolean } | null {
  const it = items[k];
  const prev = presentTitleItem(doc, items, k);
  if (!prev) return null;
  const role = get(prev, 'title')!.role;
  const words = titleWords(doc.text.slice(prev.start, prev.end));
  const byTitle: Tenure[] = [];
  const byRole: Tenure[] = [];
  for (const e of it.entries)
    for (const t of (e.kind === 'person' && e.person?.tenures) || ([] as Tenure[])) {
      // "Chancellor Gordon Brown" is his Chancellor years, not his premiership (both GOV)
      const tw = new Set(titleWords(t.title ?? ''));
      if (words.length && words.every((w) => tw.has(w))) byTitle.push(t);
      else if (t.role === role) byRole.push(t);
    }
  if (byTitle.length) return { tenures: byTitle, byTitle: true };
  return byRole.length ? { tenures: byRole, byTitle: false } : null;
}

/** the periods in which the person of item k held an office of the title's role, or null if none are titled */
function titledPeriods(doc: Doc, items: RawItem[], k: number): Period[] | null {
  const titled = titledTenures(doc, items, k);
  return titled && titled.tenures.map((t): Period => [t.start, t.end ?? OPEN]);
}

function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && w !== 'the' && w !== 'of');
}

function intersect(a: Period[], b: Period[]): Period[] {
  const out: Period[] = [];
  for (const [s1, e1] of a)
    for (const [s2, e2] of b) {
      const s = s1 > s2 ? s1 : s2;
      const e = e1 < e2 ? e1 : e2;
      if (s < e) out.push([s, e]);
    }
  return out;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The periods in which the person of item k, named in full with no title ("Tony Blair said"), held any office of
 * theirs, or null: a lone surname may be a namesake, and a name after a title or before "the former ..." is
 * dated by the title or not in office.
 */
function fullNamePeriods(doc: Doc, items: RawItem[], k: number): Period[] | null {
  const it = items[k];
  const prev = items[k - 1];
  if (prev && prev.te === it.ts && (has(prev, 'title') || has(prev, 'roleNoun'))) return null;
  const words = doc.text.slice(it.start, it.end).split(/\s+/);
  if (pastBefore(doc, it.ts) || words.length < 2 || HONORIFIC.test(words[0])) return null;
  const people = it.entries.filter((e) => e.kind === 'person');
  if (people.length !== 1 || !people[0].person?.tenures?.length) return null;
  const sentence = doc.tokens[it.ts].sentence;
  for (let j = it.te; j < it.te + 4 && doc.tokens[j]?.sentence === sentence; j++)
    if (NO_LONGER.test(doc.tokens[j].lower)) return null;
  return people[0].person.tenures.map((t): Period => [t.start, t.end ?? OPEN]);
}

/**
 * The reference day the titled people of the article imply, or null (none titled, or their offices never
 * overlap; `keepMonthDay`: `today` is a dateline's day whose year was guessed, and a day of the period with its
 * month and day is chosen before the period's middle). With no titled person, people named in full with no title
 * date it the same way (an undated 2005 story naming "Tony Blair" and "Michael Howard" is of their common years):
 * weaker evidence, used only then.
 */
export function officeDate(
  doc: Doc,
  itemsBySentence: RawItem[][],
  today: string,
  keepMonthDay = false,
): string | null {
  let common: Period[] | null = null;
  let untitled: Period[] | null = null;
  let untitledClash = false;
  for (const items of itemsBySentence)
    for (let k = 0; k < items.length; k++) {
      if (!has(items[k], 'person')) continue;
      const p = k > 0 ? titledPeriods(doc, items, k) : null;
      if (!p) {
        const f = common || untitledClash ? null : fullNamePeriods(doc, items, k);
        if (f) untitled = untitled ? intersect(untitled, f) : f;
        if (untitled && !untitled.length) untitledClash = true;
        continue;
      }
      common = common ? intersect(common, p) : p;
      if (!common.length) return null;
    }
  if (!common && !untitledClash) common = untitled;
  if (!common) return null;
  const latest = common.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (latest[0] <= today && today < latest[1]) return today;
  if (latest[0] > today) return null;
  const last = dayBefore(latest[1]);
  // a dateline's day and month ("BAGHDAD, Aug. 17 -") stay: only its year was a guess
  const filed = keepMonthDay
    ? latestMonthDay(Number(today.slice(5, 7)), Number(today.slice(8, 10)), last, latest[0])
    : null;
  return filed ?? midpoint(latest[0], last);
}

/** the middle day of [a, b]: the best single guess for an article known only to fall in that period */
function midpoint(a: string, b: string): string {
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  const day = 86_400_000;
  return new Date(ta + Math.floor((tb - ta) / day / 2) * day).toISOString().slice(0, 10);
}

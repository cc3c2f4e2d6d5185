/**
 * A reference date for an article that has no publication date: the first complete date (day, month and year)
 * written in its lead ("WASHINGTON, Sept. 30, 2004 -- ...", "BANGKOK, 29 October 2004 - ..."). Wire copy dates
 * its lead this way, and without it every relative date ("today", "on Sunday") and every office held ("Foreign
 * Secretary Jack Straw") would be read against the day the article was ingested. Only the first 300 characters
 * are read: further in, full dates are mostly of other things (an earlier accord, a deadline). A dateline with a
 * day and no year ("CHISINAU, March 3 (Wire) -") gives the day (`datelineDay`); its year is a guess.
 */
import * as chrono from 'chrono-node';
import { datelineAt, MONTH_NAME } from './dateline-pattern.js';
import { latestMonthDay, monthNumber } from '../util/dates.js';

const LEAD_CHARS = 300;
/** a year in the lead: the cheap test that lets most undated texts skip chrono */
const YEAR = /\b(?:19|20)\d\d\b/;

export function leadDate(text: string, today: Date = new Date()): string | null {
  const lead = text.slice(0, LEAD_CHARS);
  if (!YEAR.test(lead)) return null;
  for (const r of chrono.en.strict.parse(lead, today)) {
    const s = r.start;
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    const d = s.date();
    if (d.getTime() > today.getTime()) continue; // a date after today is no publication date
    const y = s.get('year')!;
    const m = s.get('month')!;
    const day = s.get('day')!;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

const MONTH_DAY = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${MONTH_NAME})`);

/**
 * The day of a dateline that has a month and a day but no year ("CHISINAU, March 3 (Wire) - ", "BAGHDAD, Iraq,
 * Aug. 17 - "), on one of the first three lines of the lead: the latest such day not after `today` (ISO), or null.
 * A wire story is filed on its dateline's day; the year is the likeliest one, and the offices of the people the
 * story names may move it (src/coding/office-dates.ts).
 */
export function datelineDay(text: string, today: string): string | null {
  const lines = text.slice(0, LEAD_CHARS).split('\n');
  let seen = 0;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    if (++seen > 3) break;
    const dl = datelineAt(t);
    const m = dl ? MONTH_DAY.exec(dl) : null;
    if (!m) continue;
    const month = monthNumber(m[1] ?? m[4]);
    const day = Number(m[2] ?? m[3]);
    if (month > 0 && day >= 1 && day <= 31) return latestMonthDay(month, day, today);
  }
  return null;
}

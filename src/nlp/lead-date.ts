/**
 * A reference date for an article that has no publication date: the first complete date (day, month and year)
 * written in its lead ("WASHINGTON, Sept. 30, 2004 -- ...", "BANGKOK, 29 October 2004 - ..."). Wire copy dates
 * its lead this way, and without it every relative date ("today", "on Sunday") and every office held ("Foreign
 * Secretary Jack Straw") would be read against the day the article was ingested. Only the first 300 characters
 * are read: further in, full dates are mostly of other things (an earlier accord, a deadline).
 */
import * as chrono from 'chrono-node';

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

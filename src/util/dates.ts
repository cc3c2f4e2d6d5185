/** Small date helpers shared by ingest, coding and analysis (ISO strings, UTC). */

const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** 1-12 for a month's English name or abbreviation in any case ("Sept.", "MARCH", "oct"), else 0 */
export function monthNumber(name: string): number {
  return MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD from an ISO date/datetime, YYYYMMDD, or a Date-parsable string; null if invalid */
export function normalizeDate(s: string): string | null {
  const t = s.trim();
  let m = ISO_DAY.exec(t);
  if (!m) {
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    if (compact) m = compact;
  }
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3])
      return isoDay(d);
    return null;
  }
  if (/^\d{4}(-\d{2})?$/.test(t)) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : isoDay(d);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function todayIso(): string {
  return isoDay(new Date());
}

/** Date at UTC noon for a YYYY-MM-DD (noon avoids DST edge effects in chrono) */
export function refDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** whole days from a to b (ISO dates, coarse dates use their first day) */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(padDate(b)) - Date.parse(padDate(a))) / 86_400_000);
}

/** "2024" -> "2024-01-01", "2024-09" -> "2024-09-01" */
export function padDate(s: string): string {
  if (/^\d{4}$/.test(s)) return `${s}-01-01`;
  if (/^\d{4}-\d{2}$/.test(s)) return `${s}-01`;
  return s.slice(0, 10);
}

/**
 * The latest day with month `m` and day `d` that is not after `notAfter` nor before `notBefore` (ISO days), or null:
 * a date written without its year ("Aug. 17") at its likeliest. (29 February looks back to a leap year.)
 */
export function latestMonthDay(
  m: number,
  d: number,
  notAfter: string,
  notBefore = '0001-01-01',
): string | null {
  for (let y = Number(notAfter.slice(0, 4)); y >= Number(notBefore.slice(0, 4)); y--) {
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCMonth() !== m - 1) continue; // no such day that year
    const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (iso > notAfter) continue;
    return iso < notBefore ? null : iso;
  }
  return null;
}

import { monthNumber } from '../util/dates.js';
import { RedlineError } from '../util/errors.js';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` when y/m/d form a real calendar date, else null. */
export function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** True when `s` is exactly a valid `YYYY-MM-DD` date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && ymd(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/**
 * Normalise a date as found in sources to `YYYY-MM-DD`, keeping the date part as written (no time-zone
 * shifting). Accepts `YYYY-MM-DD`, ISO datetimes (`2024-03-05T10:00:00Z`), `YYYYMMDD`, `YYYY/MM/DD`
 * and RFC 822 dates (`Tue, 05 Mar 2024 10:00:00 GMT`, as in RSS). Returns null for anything else.
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T?\d{2,6}(?:Z|[+-]\d{2,4})?$)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // RFC 822 / 2822: "Tue, 05 Mar 2024 10:00:00 GMT", also "5 March 2024"
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? ymd(Number(m[3]), month, Number(m[1])) : null;
  }
  // "March 5, 2024"
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? ymd(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/**
 * The publication date of a record as `YYYY-MM-DD` (normaliseDate), or null; a value that was given but is no usable
 * date ("31/02/2026", "yesterday") adds an R109 warning to `warnings`, as the article is then read as undated.
 */
export function publishedDate(raw: unknown, where: string, warnings: RedlineError[]): string | null {
  const date = normaliseDate(raw);
  const given = (typeof raw === 'string' && raw.trim() !== '') || typeof raw === 'number';
  if (date === null && given)
    warnings.push(
      new RedlineError('R109', `unusable publication date "${String(raw).trim()}"; read as undated`, where),
    );
  return date;
}

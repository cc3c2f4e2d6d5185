/** Date helpers: Redline dates may be coarse ("2024", "2024-09", "2024-09-12") or full datetimes. */

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The period a (possibly coarse) ISO date covers, as inclusive `YYYY-MM-DD` bounds; null if invalid. */
export function datePeriod(iso: string | null | undefined): { start: string; end: string } | null {
  if (!iso) return null;
  const m = DATE_RE.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = daysInMonth(y, mo);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const d = Number(m[3]);
  if (d < 1 || d > last) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return { start: day, end: day };
}

/** `YYYY-MM-DD HH:MM:SS.mmm` (UTC) for a DuckDB TIMESTAMP column. */
export function sqlTimestamp(d: Date = new Date()): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** DuckDB TIMESTAMP text ("2024-01-01 10:00:00.123") → ISO datetime with Z. */
export function isoFromSqlTimestamp(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(' ', 'T');
  return /[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`;
}

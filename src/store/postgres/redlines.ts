/** Red-line and crossing upserts in PostgreSQL syntax (DuckDB uses INSERT OR REPLACE). */
export { crossingFromRow, crossingParams, redLineFromRow, redLineParams } from '../redlines.js';

const RL_COLS = [
  'id',
  'article_id',
  'event_id',
  'date',
  'holder_code',
  'holder_json',
  'addressees_json',
  'condition_text',
  'condition_start',
  'condition_end',
  'condition_json',
  'response_text',
  'response_code',
  'status',
  'evidence_start',
  'evidence_end',
  'evidence_text',
  'updated_at',
];
const X_COLS = [
  'red_line_id',
  'event_id',
  'article_id',
  'date',
  'lag_days',
  'status',
  'reason',
  'evidence_start',
  'evidence_end',
  'evidence_text',
];

const ph = (n: number, cast: Record<number, string> = {}) =>
  Array.from({ length: n }, (_, i) => (cast[i + 1] ? `CAST($${i + 1} AS ${cast[i + 1]})` : `$${i + 1}`)).join(
    ', ',
  );
const updates = (cols: string[], keys: string[]) =>
  cols
    .filter((c) => !keys.includes(c))
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');

export const PG_RED_LINE_UPSERT = `INSERT INTO red_lines (${RL_COLS.join(', ')})
  VALUES (${ph(RL_COLS.length, { 18: 'TIMESTAMP' })})
  ON CONFLICT (id) DO UPDATE SET ${updates(RL_COLS, ['id'])}`;

export const PG_CROSSING_UPSERT = `INSERT INTO red_line_crossings (${X_COLS.join(', ')})
  VALUES (${ph(X_COLS.length)})
  ON CONFLICT (red_line_id, event_id) DO UPDATE SET ${updates(X_COLS, ['red_line_id', 'event_id'])}`;

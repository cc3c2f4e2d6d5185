/**
 * Parquet export for the PostgreSQL store: the matching events are read page by page and appended
 * to an in-memory DuckDB table, which DuckDB then COPYs to the file (DuckDB's postgres extension is
 * not available offline). Column names, types and order are those of the DuckDB store's export:
 * date_start / date_end are DATEs, the rest as in STORED_EVENT_COLUMNS.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { STORED_EVENT_COLUMNS } from '../columns.js';
import { buildEventQuery, parseFilter } from '../filter.js';
import { sqlPathLiteral } from '../handle.js';
import type { EventFilter } from '../repository.js';
import type { Row } from './pool.js';

const PAGE = 5000;

export async function exportParquetVia(
  fetchRows: (sql: string, params: Array<string | number>) => Promise<Row[]>,
  path: string,
  filter: EventFilter = {},
): Promise<number> {
  const target = sqlPathLiteral(path);
  const { limit: _l, offset: _o, ...rest } = parseFilter(filter);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    // DATE columns are staged as text and cast on the way out
    const staged = STORED_EVENT_COLUMNS.map(([n, k]) => `${n} ${k === 'DATE' ? 'VARCHAR' : k}`).join(', ');
    await conn.run(`CREATE TABLE events (${staged})`);
    const ap = await conn.createAppender('events');
    let n = 0;
    try {
      for (let offset = 0; ; offset += PAGE) {
        const q = buildEventQuery({ ...rest, limit: PAGE, offset });
        const rows = await fetchRows(q.sql, q.params);
        for (const r of rows) {
          for (const [name, kind] of STORED_EVENT_COLUMNS) {
            const v = r[name];
            if (v === null || v === undefined) ap.appendNull();
            else if (kind === 'INTEGER') ap.appendInteger(Number(v));
            else if (kind === 'DOUBLE') ap.appendDouble(Number(v));
            else ap.appendVarchar(String(v));
          }
          ap.endRow();
          n++;
        }
        if (rows.length < PAGE) break;
      }
      ap.flushSync();
    } finally {
      ap.closeSync();
    }
    const cols = STORED_EVENT_COLUMNS.map(([name, kind]) =>
      kind === 'DATE' ? `CAST(${name} AS DATE) AS ${name}` : name,
    ).join(', ');
    await conn.run(`COPY (SELECT ${cols} FROM events) TO ${target} (FORMAT PARQUET)`);
    return n;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

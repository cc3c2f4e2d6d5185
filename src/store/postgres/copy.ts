/** Bulk row writes with COPY ... FROM STDIN (text format) through pg-copy-streams. */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import type { ColumnKind } from '../columns.js';
import { RedlineError } from '../../util/errors.js';
import type { PgClient } from './pool.js';

export type Value = string | number | null;

/** one field in COPY text format: \N for null; backslash, tab, newline and CR escaped */
export function copyField(kind: ColumnKind, v: Value | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (kind === 'INTEGER' && !Number.isInteger(v)) {
    throw new RedlineError('R400', `expected an integer, got ${String(v)}`);
  }
  if ((kind === 'INTEGER' || kind === 'DOUBLE') && typeof v === 'number' && !Number.isFinite(v)) {
    throw new RedlineError('R400', `expected a finite number, got ${String(v)}`);
  }
  return String(v).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * COPY the rows into table(columns) on this client (inside the caller's transaction).
 * Rows are encoded lazily, 500 to a chunk.
 */
export async function copyRows<T>(
  client: PgClient,
  table: string,
  columns: ReadonlyArray<readonly [string, ColumnKind]>,
  rows: readonly T[],
  values: (row: T) => Value[],
): Promise<void> {
  if (!rows.length) return;
  const names = columns.map(([n]) => n).join(', ');
  const stream = client.query(copyStreams.from(`COPY ${table} (${names}) FROM STDIN`));
  function* chunks(): Generator<string> {
    for (let i = 0; i < rows.length; i += 500) {
      let out = '';
      for (const row of rows.slice(i, i + 500)) {
        const vals = values(row);
        out += vals.map((v, j) => copyField(columns[j][1], v)).join('\t') + '\n';
      }
      yield out;
    }
  }
  await pipeline(Readable.from(chunks()), stream);
}

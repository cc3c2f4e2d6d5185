/**
 * Parquet export through DuckDB `COPY (SELECT ...) TO '<path>' (FORMAT PARQUET)`. A DuckDB store
 * copies straight from its tables; any other repository's events are staged in an in-memory DuckDB.
 * The path cannot be a parameter, so it is resolved to an absolute local path and quoted.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { STORED_EVENT_COLUMNS } from '../store/columns.js';
import { sqlPathLiteral } from '../store/duckdb.js';
import type { EventFilter, EventRepository } from '../store/repository.js';
import { RedlineError } from '../util/errors.js';
import { flatRow } from './flat.js';

async function stageAndCopy(repo: EventRepository, path: string, where: EventFilter): Promise<number> {
  const target = sqlPathLiteral(path);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const cols = STORED_EVENT_COLUMNS.map(([n, k]) => `${n} ${k}`).join(', ');
    await conn.run(`CREATE TABLE events (${cols})`);
    const ap = await conn.createAppender('events');
    let n = 0;
    for await (const e of repo.allEvents(where)) {
      const row = flatRow(e);
      for (const [name, kind] of STORED_EVENT_COLUMNS) {
        const v = row[name];
        if (v === null || v === undefined) ap.appendNull();
        else if (kind === 'INTEGER') ap.appendInteger(Number(v));
        else if (kind === 'DOUBLE') ap.appendDouble(Number(v));
        else ap.appendVarchar(String(v));
      }
      ap.endRow();
      n++;
    }
    ap.flushSync();
    ap.closeSync();
    await conn.run(`COPY (SELECT * FROM events) TO ${target} (FORMAT PARQUET)`);
    return n;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export async function writeParquet(
  repo: EventRepository,
  out: string | Writable,
  where: EventFilter = {},
): Promise<number> {
  if (typeof out === 'string') {
    try {
      return repo.exportParquet ? await repo.exportParquet(out, where) : await stageAndCopy(repo, out, where);
    } catch (e) {
      if (e instanceof RedlineError) throw e;
      throw new RedlineError('R400', `parquet export failed: ${(e as Error).message}`, out);
    }
  }
  // a stream: write a temp file, then pipe it
  const dir = mkdtempSync(join(tmpdir(), 'redline-parquet-'));
  try {
    const file = join(dir, 'events.parquet');
    const n = await writeParquet(repo, file, where);
    await pipeline(createReadStream(file), out, { end: false });
    return n;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

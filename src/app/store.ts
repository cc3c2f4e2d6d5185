/** Opens the event store named on the command line: a DuckDB file, or a postgres:// URL. */
import { DuckDbStore } from '../store/duckdb.js';
import { PostgresStore, isPostgresUrl } from '../store/postgres/index.js';
import type { EventRepository } from '../store/repository.js';

export const DEFAULT_DB = './redline.duckdb';

export async function openStore(
  db: string = DEFAULT_DB,
  opts: { readOnly?: boolean } = {},
): Promise<EventRepository> {
  const store = isPostgresUrl(db) ? new PostgresStore(db, opts) : new DuckDbStore(db, opts);
  await store.init();
  return store;
}

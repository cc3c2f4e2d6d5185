/**
 * Opens the event store named on the command line: a DuckDB file, or a postgres:// URL. The store's module
 * (and its driver) is loaded when a store of that kind is opened, so a DuckDB command never loads pg.
 */
import { isPostgresUrl } from '../store/postgres/url.js';
import type { EventRepository } from '../store/repository.js';

export const DEFAULT_DB = './redline.duckdb';

export async function openStore(
  db: string = DEFAULT_DB,
  opts: { readOnly?: boolean } = {},
): Promise<EventRepository> {
  const store = isPostgresUrl(db)
    ? new (await import('../store/postgres/store.js')).PostgresStore(db, opts)
    : new (await import('../store/duckdb.js')).DuckDbStore(db, opts);
  await store.init();
  return store;
}

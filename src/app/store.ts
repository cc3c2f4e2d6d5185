/** Opens the event store named on the command line (a DuckDB file; PostgreSQL URLs are refused for now). */
import { DuckDbStore } from '../store/duckdb.js';
import type { EventRepository } from '../store/repository.js';
import { RedlineError } from '../util/errors.js';

export const DEFAULT_DB = './redline.duckdb';

export async function openStore(db: string = DEFAULT_DB, opts: { readOnly?: boolean } = {}): Promise<EventRepository> {
  if (/^postgres(ql)?:\/\//.test(db)) throw new RedlineError('R400', 'PostgreSQL stores are not available in this version');
  const store = new DuckDbStore(db, opts);
  await store.init();
  return store;
}

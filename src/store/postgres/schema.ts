/**
 * PostgreSQL DDL: the DuckDB schema (../schema.sql.ts) with PostgreSQL types, so both stores have
 * the same tables and columns. VARCHAR without a length is TEXT-like in PostgreSQL; DuckDB's DOUBLE
 * becomes DOUBLE PRECISION. Extra indexes serve the queue workers (delete-then-insert by article).
 */
import { MIGRATIONS } from '../schema.sql.js';

export { SCHEMA_VERSION } from '../schema.sql.js';

const toPg = (sql: string): string => sql.replace(/\bDOUBLE\b/g, 'DOUBLE PRECISION');

const PG_EXTRA: Record<number, readonly string[]> = {
  1: [
    'CREATE INDEX IF NOT EXISTS mentions_article_idx ON mentions (article_id)',
    'CREATE INDEX IF NOT EXISTS events_cluster_idx ON events (cluster_id)',
    'CREATE INDEX IF NOT EXISTS events_date_idx ON events (date_start, date_end)',
  ],
};

/**
 * migrations that PostgreSQL replaces: v2 rebuilds DuckDB's `articles` without its indexes, which DuckDB holds in
 * memory; PostgreSQL's B-tree indexes live on disk and its writers rely on them (ON CONFLICT), so it keeps them
 */
const PG_INSTEAD: Record<number, readonly string[]> = { 2: [] };

export const PG_MIGRATIONS: ReadonlyArray<{ version: number; statements: readonly string[] }> =
  MIGRATIONS.map((m) => ({
    version: m.version,
    statements: PG_INSTEAD[m.version] ?? [...m.statements.map(toPg), ...(PG_EXTRA[m.version] ?? [])],
  }));

export const PG_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  applied_at TIMESTAMP NOT NULL
)`;

/** advisory-lock keys (arbitrary constants, one per purpose) */
export const LOCK_MIGRATE = 741_001;
export const LOCK_WRITE = 741_002;
export const LOCK_ANALYZE = 741_003;

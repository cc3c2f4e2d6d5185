/** One PostgreSQL connection pool: type parsing, migrations, read-only mode, transactions. */
import pg from 'pg';
import { RedlineError, isRedlineError } from '../../util/errors.js';
import { redactUrl } from './url.js';
import { LOCK_MIGRATE, PG_MIGRATIONS, PG_MIGRATIONS_TABLE, SCHEMA_VERSION } from './schema.js';

export type Row = Record<string, unknown>;
export type PgClient = pg.PoolClient;

const { Pool, types } = pg;

/** int8/numeric → number when safe; DATE/TIMESTAMP stay text (as DuckDB rows cast to VARCHAR) */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (v: string) => unknown {
  const T = types.builtins;
  if (format === 'binary') return types.getTypeParser(oid, 'binary') as (v: string) => unknown;
  if (oid === T.INT8 || oid === T.NUMERIC) {
    return (v: string) => {
      const n = Number(v);
      return Number.isSafeInteger(n) || (oid === T.NUMERIC && Number.isFinite(n)) ? n : v;
    };
  }
  if (oid === T.DATE || oid === T.TIMESTAMP || oid === T.TIMESTAMPTZ) return (v: string) => v;
  return types.getTypeParser(oid, 'text') as (v: string) => unknown;
}

export class PgHandle {
  readonly url: string;
  readonly readOnly: boolean;
  private pool: pg.Pool | null = null;
  private opening: Promise<void> | null = null;

  constructor(url: string, opts: { readOnly?: boolean; max?: number } = {}) {
    this.url = url;
    this.readOnly = opts.readOnly ?? false;
    this.max = opts.max ?? 4;
  }

  private readonly max: number;

  get where(): string {
    return redactUrl(this.url);
  }

  init(): Promise<void> {
    this.opening ??= this.open().catch(async (e: unknown) => {
      this.opening = null;
      const p = this.pool;
      this.pool = null;
      await p?.end().catch(() => undefined);
      throw this.wrap(e, 'cannot open store');
    });
    return this.opening;
  }

  private async open(): Promise<void> {
    const pool = new Pool({
      connectionString: this.url,
      max: this.max,
      types: { getTypeParser } as unknown as pg.CustomTypesConfig,
      options: '-c TimeZone=UTC -c DateStyle=ISO',
    });
    pool.on('error', () => undefined); // an idle client lost its connection: the pool replaces it
    if (this.readOnly) {
      pool.on('connect', (c) => {
        c.query('SET default_transaction_read_only = on').catch(() => undefined);
      });
    }
    this.pool = pool;
    const c = await pool.connect();
    try {
      if (this.readOnly) {
        const r = await c.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`);
        if (!r.rows[0]?.ok) {
          throw new RedlineError('R400', 'not a Redline store (no schema) and opened read-only', this.where);
        }
      } else {
        await this.migrate(c);
      }
    } finally {
      c.release();
    }
  }

  private async migrate(c: pg.PoolClient): Promise<void> {
    await c.query('BEGIN');
    try {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE]);
      await c.query(PG_MIGRATIONS_TABLE);
      const r = await c.query('SELECT COALESCE(max(version), 0)::INTEGER AS v FROM schema_migrations');
      const current = Number(r.rows[0]?.v ?? 0);
      if (current > SCHEMA_VERSION) {
        throw new RedlineError(
          'R400',
          `store schema v${current} is newer than this Redline (v${SCHEMA_VERSION})`,
          this.where,
        );
      }
      for (const m of PG_MIGRATIONS.filter((x) => x.version > current)) {
        for (const s of m.statements) await c.query(s);
        await c.query("INSERT INTO schema_migrations VALUES ($1, now() AT TIME ZONE 'UTC')", [m.version]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  async close(): Promise<void> {
    const p = this.pool;
    this.pool = null;
    this.opening = null;
    await p?.end();
  }

  wrap(e: unknown, what: string): RedlineError {
    if (isRedlineError(e)) return e;
    return new RedlineError('R400', `${what}: ${e instanceof Error ? e.message : String(e)}`, this.where);
  }

  /** run fn with a pooled client (released afterwards); errors become RedlineError R400 */
  async use<T>(what: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.init();
    if (!this.pool) throw new RedlineError('R400', 'store is closed', this.where);
    let c: pg.PoolClient;
    try {
      c = await this.pool.connect();
    } catch (e) {
      throw this.wrap(e, what);
    }
    let broken = false;
    try {
      return await fn(c);
    } catch (e) {
      broken = !isRedlineError(e) && !(e instanceof Error && 'code' in e); // not a server error: drop the client
      throw this.wrap(e, what);
    } finally {
      c.release(broken);
    }
  }

  /** a write transaction: committed when fn resolves, rolled back when it throws */
  tx<T>(what: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    if (this.readOnly) {
      return Promise.reject(new RedlineError('R400', `${what}: store is opened read-only`, this.where));
    }
    return this.use(what, async (c) => {
      await c.query('BEGIN');
      try {
        const result = await fn(c);
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }

  rows(what: string, sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.use(what, async (c) => (await c.query(sql, params)).rows as Row[]);
  }
}

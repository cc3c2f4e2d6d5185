/** One DuckDB file and connection: opening, migrations, serialised access, transactions. */
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { RedlineError, isRedlineError } from '../util/errors.js';
import { Lock } from './lock.js';
import { MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION } from './schema.sql.js';

export type Row = Record<string, unknown>;

/** a JS value → a DuckDB parameter (bigint/boolean/null/string/number; Date → ISO text) */
export function toParam(v: unknown): DuckDBValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
    return v;
  if (v instanceof Date) return v.toISOString();
  throw new RedlineError('R400', `unsupported query parameter type: ${typeof v}`);
}

/** plain JS values: bigint → number when safe (else string) */
export function plain(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v;
  }
  return out;
}

/** quote a local file path as a SQL string literal (COPY ... TO does not take parameters) */
export function sqlPathLiteral(path: string): string {
  if (!path || /[\0\r\n]/.test(path)) throw new RedlineError('R400', 'invalid output path', path);
  return `'${resolve(path).replace(/'/g, "''")}'`;
}

/**
 * DuckDB's buffer memory cap unless REDLINE_DUCKDB_MEMORY says otherwise (e.g. "2GB"). 64 MB: the whole corpus
 * (40,830 articles) ingests in the same time as at 128 MB with 30-50 MB less RSS, and with two coding workers
 * (three heaps beside DuckDB) it is what keeps a streaming ingest near 500 MB (eleventh session).
 */
export const DEFAULT_MEMORY_LIMIT = '64MB';
/**
 * The cap while the analysis after an ingest runs (dedup clusters, red lines; the coding workers have exited by
 * then): dedup's self-join of 165,000 events (a 1 GB input) runs out of memory at 64 MB and not at 96.
 */
export const ANALYSIS_MEMORY_LIMIT = '128MB';

export class DuckDbHandle {
  readonly path: string;
  readonly readOnly: boolean;
  private instance: DuckDBInstance | null = null;
  private conn: DuckDBConnection | null = null;
  private opening: Promise<void> | null = null;
  private readonly lock = new Lock();

  constructor(path = './redline.duckdb', opts: { readOnly?: boolean } = {}) {
    this.path = path;
    this.readOnly = opts.readOnly ?? false;
  }

  init(): Promise<void> {
    this.opening ??= this.open().catch((e: unknown) => {
      this.opening = null;
      throw this.wrap(e, 'cannot open store');
    });
    return this.opening;
  }

  private async open(): Promise<void> {
    // DuckDB's own default is 80% of RAM for its buffer cache; a streaming ingest needs far less, and the
    // cap keeps the process near its working set (queries larger than it spill to a temp directory)
    const options: Record<string, string> = {
      memory_limit: process.env.REDLINE_DUCKDB_MEMORY ?? DEFAULT_MEMORY_LIMIT,
      ...(this.readOnly ? { access_mode: 'READ_ONLY' } : {}),
    };
    const instance = await DuckDBInstance.create(this.path, options);
    const conn = await instance.connect();
    try {
      if (this.readOnly) {
        const r = await conn.runAndReadAll(
          `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'schema_migrations'`,
        );
        if (Number(r.getRowObjectsJS()[0]?.n) === 0) {
          throw new RedlineError('R400', 'not a Redline store (no schema) and opened read-only', this.path);
        }
      } else {
        await this.migrate(conn);
      }
    } catch (e) {
      conn.closeSync();
      instance.closeSync();
      throw e;
    }
    this.instance = instance;
    this.conn = conn;
  }

  private async migrate(conn: DuckDBConnection): Promise<void> {
    await conn.run(MIGRATIONS_TABLE);
    const r = await conn.runAndReadAll(
      'SELECT COALESCE(max(version), 0)::INTEGER AS v FROM schema_migrations',
    );
    const current = Number(r.getRowObjectsJS()[0]?.v ?? 0);
    if (current > SCHEMA_VERSION) {
      throw new RedlineError(
        'R400',
        `store schema v${current} is newer than this Redline (v${SCHEMA_VERSION})`,
        this.path,
      );
    }
    for (const m of MIGRATIONS.filter((x) => x.version > current)) {
      await conn.run('BEGIN TRANSACTION');
      try {
        for (const s of m.statements) await conn.run(s);
        await conn.run('INSERT INTO schema_migrations VALUES ($1, current_timestamp)', [m.version]);
        await conn.run('COMMIT');
      } catch (e) {
        await conn.run('ROLLBACK').catch(() => undefined);
        throw e;
      }
    }
  }

  async close(): Promise<void> {
    await this.lock.run(async () => {
      this.conn?.closeSync();
      this.instance?.closeSync();
      this.conn = null;
      this.instance = null;
      this.opening = null;
    });
  }

  wrap(e: unknown, what: string): RedlineError {
    if (isRedlineError(e)) return e;
    return new RedlineError('R400', `${what}: ${e instanceof Error ? e.message : String(e)}`, this.path);
  }

  /** run fn with the open connection, one operation at a time */
  async use<T>(what: string, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    await this.init();
    return this.lock.run(async () => {
      if (!this.conn) throw new RedlineError('R400', 'store is closed', this.path);
      try {
        return await fn(this.conn);
      } catch (e) {
        throw this.wrap(e, what);
      }
    });
  }

  /** run fn with the open connection if the store is writable (fn manages its own transaction) */
  write<T>(what: string, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.readOnly) {
      return Promise.reject(new RedlineError('R400', `${what}: store is opened read-only`, this.path));
    }
    return this.use(what, fn);
  }

  /** a write transaction: committed when fn resolves, rolled back when it throws */
  tx<T>(what: string, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.write(what, async (c) => {
      await c.run('BEGIN TRANSACTION');
      try {
        const result = await fn(c);
        await c.run('COMMIT');
        return result;
      } catch (e) {
        await c.run('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }

  /** change DuckDB's memory cap on the open database (e.g. "128MB") */
  async setMemoryLimit(limit: string): Promise<void> {
    if (!/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(limit))
      throw new RedlineError('R500', `invalid DuckDB memory limit "${limit}"`, this.path);
    await this.use('set memory limit', (c) => c.run(`SET memory_limit = '${limit}'`));
  }

  rows(what: string, sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
    return this.use(what, async (c) => (await c.runAndReadAll(sql, params)).getRowObjectsJS() as Row[]);
  }
}

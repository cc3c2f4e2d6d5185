/**
 * PostgreSQL implementation of the event repository: same tables, columns and semantics as
 * DuckDbStore (idempotent batches by content hash, one transaction per batch, bound filters,
 * cluster counts, coarse-date periods), for several writers on several machines.
 */
import type { Article } from '../../model/article.js';
import type { CodedEvent } from '../../model/event.js';
import type { RedLine, RedLineCrossing, RedLineStatus } from '../../model/redline.js';
import { RedlineError } from '../../util/errors.js';
import { storedEventFromRow } from '../columns.js';
import { buildEventQuery, countParams } from '../filter.js';
import type {
  EventFilter,
  EventRepository,
  SaveBatchItem,
  SaveBatchResult,
  StoredEvent,
} from '../repository.js';
import { replaceArticleEvents, writeBatch } from './batch.js';
import { exportParquetVia } from './parquet.js';
import { checkStatus, SqlStore } from '../sql-store.js';
import { PgHandle, type PgClient, type Row } from './pool.js';
import { readOnlySelect } from './query.js';
import { isPostgresUrl } from './url.js';
import { crossingParams, PG_CROSSING_UPSERT, PG_RED_LINE_UPSERT, redLineParams } from './redlines.js';

export class PostgresStore extends SqlStore implements EventRepository {
  private readonly db: PgHandle;

  constructor(url: string, opts: { readOnly?: boolean; poolSize?: number } = {}) {
    super();
    if (!isPostgresUrl(url)) throw new RedlineError('R400', 'expected a postgres:// URL');
    this.db = new PgHandle(url, { readOnly: opts.readOnly, max: opts.poolSize });
  }

  protected rows(what: string, sql: string, params: Array<string | number> = []): Promise<Row[]> {
    return this.db.rows(what, sql, params);
  }

  get url(): string {
    return this.db.url;
  }

  get readOnly(): boolean {
    return this.db.readOnly;
  }

  init(): Promise<void> {
    return this.db.init();
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** run fn in one write transaction on this store's pool (used by the queue) */
  transaction<T>(what: string, fn: (c: PgClient) => Promise<T>): Promise<T> {
    return this.db.tx(what, fn);
  }

  /** run fn with a pooled client, no transaction */
  withClient<T>(what: string, fn: (c: PgClient) => Promise<T>): Promise<T> {
    return this.db.use(what, fn);
  }

  /** delete-then-insert the events of stored articles, one transaction (queue workers) */
  replaceEvents(items: Array<{ article: Article; events: CodedEvent[] }>): Promise<number> {
    return this.db.tx('replaceEvents', (c) => replaceArticleEvents(c, items));
  }

  saveBatch(batch: SaveBatchItem[]): Promise<SaveBatchResult> {
    return this.db.tx('saveBatch', (c) => writeBatch(c, batch));
  }

  async listEvents(filter: EventFilter = {}): Promise<{ total: number; rows: StoredEvent[] }> {
    const q = buildEventQuery(filter);
    return this.db.use('listEvents', async (c) => {
      const count = await c.query(q.countSql, countParams(q, true));
      const rows = await c.query(q.sql, q.params);
      return { total: Number(count.rows[0]?.n ?? 0), rows: rows.rows.map(storedEventFromRow) };
    });
  }

  async saveRedLines(lines: RedLine[]): Promise<void> {
    await this.db.tx('saveRedLines', async (c) => {
      for (const l of lines) await c.query(PG_RED_LINE_UPSERT, redLineParams(l));
    });
  }

  async updateRedLineStatus(id: string, status: RedLineStatus): Promise<boolean> {
    checkStatus(status);
    return this.db.tx('updateRedLineStatus', async (c) => {
      const r = await c.query(
        `UPDATE red_lines SET status = $1, updated_at = (now() AT TIME ZONE 'UTC') WHERE id = $2`,
        [status, id],
      );
      return (r.rowCount ?? 0) > 0;
    });
  }

  async saveCrossings(crossings: RedLineCrossing[]): Promise<void> {
    await this.db.tx('saveCrossings', async (c) => {
      for (const x of crossings) await c.query(PG_CROSSING_UPSERT, crossingParams(x));
    });
  }

  async saveEventClusters(rows: Array<{ eventId: string; clusterId: string | null }>): Promise<void> {
    await this.db.tx('saveEventClusters', async (c) => {
      for (let i = 0; i < rows.length; i += 5000) {
        const chunk = rows.slice(i, i + 5000);
        await c.query(
          `UPDATE events SET cluster_id = v.cid
           FROM unnest($1::text[], $2::text[]) AS v(eid, cid) WHERE events.id = v.eid`,
          [chunk.map((r) => r.eventId), chunk.map((r) => r.clusterId)],
        );
      }
    });
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.use('query', (c) => readOnlySelect(c, sql, params)) as Promise<T[]>;
  }

  /** the matching events (flat columns, DATEs kept) to a Parquet file via an in-memory DuckDB */
  exportParquet(path: string, filter: EventFilter = {}): Promise<number> {
    return this.db.use('exportParquet', (c) =>
      exportParquetVia(async (sql, params) => (await c.query(sql, params)).rows, path, filter),
    );
  }
}

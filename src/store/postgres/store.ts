/**
 * PostgreSQL implementation of the event repository: same tables, columns and semantics as
 * DuckDbStore (idempotent batches by content hash, one transaction per batch, bound filters,
 * cluster counts, coarse-date periods), for several writers on several machines.
 */
import type { Article } from '../../model/article.js';
import type { CodedEvent } from '../../model/event.js';
import type { RedLine, RedLineCrossing, RedLineStatus } from '../../model/redline.js';
import { RedlineError } from '../../util/errors.js';
import { articleFromRow, ARTICLE_COLS, storedEventFromRow } from '../columns.js';
import { buildEventQuery, countParams, DEFAULT_LIMIT, MAX_LIMIT, parseFilter } from '../filter.js';
import type {
  EventFilter,
  EventRepository,
  SaveBatchItem,
  SaveBatchResult,
  StoredArticle,
  StoredEvent,
  StoreStats,
} from '../repository.js';
import { replaceArticleEvents, writeBatch } from './batch.js';
import { exportParquetVia } from './parquet.js';
import { PgHandle, type PgClient } from './pool.js';
import { readOnlySelect } from './query.js';
import {
  crossingFromRow,
  crossingParams,
  PG_CROSSING_UPSERT,
  PG_RED_LINE_UPSERT,
  redLineFromRow,
  redLineParams,
} from './redlines.js';

const PAGE = 1000;
const STATUSES: readonly RedLineStatus[] = ['open', 'possibly-met', 'met', 'withdrawn'];

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

export class PostgresStore implements EventRepository {
  private readonly db: PgHandle;

  constructor(url: string, opts: { readOnly?: boolean; poolSize?: number } = {}) {
    if (!isPostgresUrl(url)) throw new RedlineError('R400', 'expected a postgres:// URL');
    this.db = new PgHandle(url, { readOnly: opts.readOnly, max: opts.poolSize });
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

  async hasArticle(contentHash: string): Promise<boolean> {
    const r = await this.db.rows('hasArticle', 'SELECT 1 FROM articles WHERE content_hash = $1 LIMIT 1', [
      contentHash,
    ]);
    return r.length > 0;
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const chunk = hashes.slice(i, i + 500);
      if (!chunk.length) continue;
      const ph = chunk.map((_, k) => `$${k + 1}`).join(', ');
      const r = await this.db.rows(
        'knownHashes',
        `SELECT content_hash FROM articles WHERE content_hash IN (${ph})`,
        chunk,
      );
      for (const row of r) out.add(String((row as Record<string, unknown>).content_hash));
    }
    return out;
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

  async getEvent(id: string): Promise<StoredEvent | null> {
    const q = buildEventQuery({ limit: 1 }, { eventId: id });
    const r = await this.db.rows('getEvent', q.sql, q.params);
    return r[0] ? storedEventFromRow(r[0]) : null;
  }

  async *allEvents(filter: EventFilter = {}): AsyncIterable<StoredEvent> {
    const base = { ...parseFilter(filter), limit: PAGE };
    for (let offset = 0; ; offset += PAGE) {
      const q = buildEventQuery({ ...base, offset });
      const rows = await this.db.rows('allEvents', q.sql, q.params);
      for (const r of rows) yield storedEventFromRow(r);
      if (rows.length < PAGE) return;
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.db.rows('getArticle', `SELECT ${ARTICLE_COLS} FROM articles WHERE id = $1`, [id]);
    return r[0] ? articleFromRow(r[0]) : null;
  }

  async listArticles(limit = DEFAULT_LIMIT, offset = 0): Promise<{ total: number; rows: StoredArticle[] }> {
    const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
    if (!ok(limit, MAX_LIMIT) || !ok(offset, Number.MAX_SAFE_INTEGER)) {
      throw new RedlineError('R400', `invalid limit/offset: ${limit}/${offset}`);
    }
    return this.db.use('listArticles', async (c) => {
      const total = await c.query('SELECT count(*)::INTEGER AS n FROM articles');
      const rows = await c.query(
        `SELECT ${ARTICLE_COLS} FROM articles ORDER BY ingested_at, id LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return { total: Number(total.rows[0]?.n ?? 0), rows: rows.rows.map(articleFromRow) };
    });
  }

  async stats(): Promise<StoreStats> {
    const n = (t: string) => `(SELECT count(*)::INTEGER FROM ${t})`;
    const [r] = await this.db.rows(
      'stats',
      `SELECT ${n('articles')} AS articles, ${n('events')} AS events, ${n('actors')} AS actors,
        ${n('mentions')} AS mentions, ${n('red_lines')} AS red_lines, ${n('red_line_crossings')} AS crossings,
        (SELECT count(DISTINCT COALESCE(cluster_id, id))::INTEGER FROM events) AS clusters,
        (SELECT min(date) FROM events) AS first, (SELECT max(date) FROM events) AS last`,
    );
    return {
      articles: Number(r.articles),
      events: Number(r.events),
      actors: Number(r.actors),
      mentions: Number(r.mentions),
      clusters: Number(r.clusters),
      redLines: Number(r.red_lines),
      crossings: Number(r.crossings),
      dateRange: r.first ? { from: String(r.first), to: String(r.last) } : null,
    };
  }

  async saveRedLines(lines: RedLine[]): Promise<void> {
    await this.db.tx('saveRedLines', async (c) => {
      for (const l of lines) await c.query(PG_RED_LINE_UPSERT, redLineParams(l));
    });
  }

  async updateRedLineStatus(id: string, status: RedLineStatus): Promise<boolean> {
    if (!STATUSES.includes(status))
      throw new RedlineError('R400', `invalid red-line status: ${String(status)}`);
    return this.db.tx('updateRedLineStatus', async (c) => {
      const r = await c.query(
        `UPDATE red_lines SET status = $1, updated_at = (now() AT TIME ZONE 'UTC') WHERE id = $2`,
        [status, id],
      );
      return (r.rowCount ?? 0) > 0;
    });
  }

  async listRedLines(opts: { status?: RedLineStatus } = {}): Promise<RedLine[]> {
    const rows = opts.status
      ? await this.db.rows('listRedLines', 'SELECT * FROM red_lines WHERE status = $1 ORDER BY date, id', [
          opts.status,
        ])
      : await this.db.rows('listRedLines', 'SELECT * FROM red_lines ORDER BY date, id');
    return rows.map(redLineFromRow);
  }

  async saveCrossings(crossings: RedLineCrossing[]): Promise<void> {
    await this.db.tx('saveCrossings', async (c) => {
      for (const x of crossings) await c.query(PG_CROSSING_UPSERT, crossingParams(x));
    });
  }

  async listCrossings(redLineId?: string): Promise<RedLineCrossing[]> {
    const sql = 'SELECT * FROM red_line_crossings';
    const order = ' ORDER BY date, red_line_id, event_id';
    const rows =
      redLineId === undefined
        ? await this.db.rows('listCrossings', sql + order)
        : await this.db.rows('listCrossings', `${sql} WHERE red_line_id = $1${order}`, [redLineId]);
    return rows.map(crossingFromRow);
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

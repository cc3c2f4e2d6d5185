/** DuckDB implementation of the event repository (one file, one connection, serialised access). */
import { StatementType } from '@duckdb/node-api';
import type { RedLine, RedLineCrossing, RedLineStatus } from '../model/redline.js';
import { RedlineError } from '../util/errors.js';
import { ActorCache } from './actors.js';
import { writeBatch, type BatchWritten } from './batch.js';
import { KnownArticles } from './known-articles.js';
import { checkStatus, SqlStore } from './sql-store.js';
import { storedEventFromRow, STORED_EVENT_COLUMNS } from './columns.js';
import { buildEventQuery, countParams, parseFilter } from './filter.js';
import {
  ANALYSIS_MEMORY_LIMIT,
  DEFAULT_MEMORY_LIMIT,
  DuckDbHandle,
  plain,
  sqlPathLiteral,
  toParam,
  type Row,
} from './handle.js';
import { multiRowInserts, type Param } from './multi-row.js';
import { CROSSING_INSERT, crossingParams, RED_LINE_INSERT, redLineParams } from './redlines.js';
import type {
  EventFilter,
  EventRepository,
  SaveBatchItem,
  SaveBatchResult,
  StoredEvent,
} from './repository.js';

export { sqlPathLiteral } from './handle.js';

const noop = () => undefined;

export class DuckDbStore extends SqlStore implements EventRepository {
  private readonly db: DuckDbHandle;
  private readonly actors = new ActorCache();
  private readonly known = new KnownArticles();

  constructor(path = './redline.duckdb', opts: { readOnly?: boolean } = {}) {
    super();
    this.db = new DuckDbHandle(path, opts);
  }

  protected rows(what: string, sql: string, params: Array<string | number> = []): Promise<Row[]> {
    return this.db.rows(what, sql, params);
  }

  get path(): string {
    return this.db.path;
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

  /**
   * fn with DuckDB's memory cap raised to ANALYSIS_MEMORY_LIMIT (unless REDLINE_DUCKDB_MEMORY fixes it): the
   * analysis after an ingest joins events with events, which a streaming ingest never does
   */
  async forAnalysis<T>(fn: () => Promise<T>): Promise<T> {
    if (process.env.REDLINE_DUCKDB_MEMORY || this.readOnly) return fn();
    await this.db.setMemoryLimit(ANALYSIS_MEMORY_LIMIT);
    try {
      return await fn();
    } finally {
      await this.db.setMemoryLimit(DEFAULT_MEMORY_LIMIT).catch(() => undefined);
    }
  }

  saveBatch(batch: SaveBatchItem[]): Promise<SaveBatchResult> {
    return this.save(batch, () => undefined);
  }

  /** resolves when the batch's rows are staged; the move into the tables runs on a DuckDB thread */
  async beginBatch(batch: SaveBatchItem[]): Promise<{ stored: Promise<SaveBatchResult> }> {
    let staged!: () => void;
    const handedOver = new Promise<void>((resolve) => (staged = resolve));
    const stored = this.save(batch, staged);
    // an error before staging settles `stored` first; the caller reads it from there
    await Promise.race([handedOver, stored.then(noop, noop)]);
    return { stored };
  }

  private async save(batch: SaveBatchItem[], staged: () => void): Promise<SaveBatchResult> {
    await this.loadKnown();
    const written: BatchWritten = { actors: [], articles: [] };
    const memory = { actors: this.actors, known: this.known };
    const r = await this.db.write('saveBatch', (c) => writeBatch(c, batch, memory, written, staged));
    this.actors.remember(written.actors);
    for (const a of written.articles) this.known.add(a.contentHash, a.article.id);
    return r;
  }

  /** the stored content hashes among these; only fingerprint hits are asked in SQL (see KnownArticles) */
  override async knownHashes(hashes: string[]): Promise<Set<string>> {
    if (this.readOnly) return super.knownHashes(hashes);
    await this.loadKnown();
    return super.knownHashes(hashes.filter((h) => this.known.mayHaveHash(h)));
  }

  /** read the stored keys once (streamed in chunks; 8 bytes of memory per article) */
  private async loadKnown(): Promise<void> {
    if (this.known.loaded || this.readOnly) return;
    await this.db.use('saveBatch', async (c) => {
      if (this.known.loaded) return;
      const result = await c.stream('SELECT content_hash, id FROM articles');
      for (
        let chunk = await result.fetchChunk();
        chunk && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        const hashes = chunk.getColumnValues(0);
        const ids = chunk.getColumnValues(1);
        for (let i = 0; i < hashes.length; i++) this.known.add(String(hashes[i]), String(ids[i]));
      }
      this.known.markLoaded();
    });
  }

  async listEvents(filter: EventFilter = {}): Promise<{ total: number; rows: StoredEvent[] }> {
    const q = buildEventQuery(filter);
    return this.db.use('listEvents', async (c) => {
      const count = (await c.runAndReadAll(q.countSql, countParams(q, true))).getRowObjectsJS();
      const rows = (await c.runAndReadAll(q.sql, q.params)).getRowObjectsJS() as Row[];
      return { total: Number(count[0]?.n ?? 0), rows: rows.map(storedEventFromRow) };
    });
  }

  async saveRedLines(lines: RedLine[]): Promise<void> {
    await this.db.tx('saveRedLines', async (c) => {
      const rows = lines.map(redLineParams);
      for (const st of multiRowInserts(RED_LINE_INSERT, rows, (r) => String(r[0])))
        await c.run(st.sql, st.params);
    });
  }

  async updateRedLineStatus(id: string, status: RedLineStatus): Promise<boolean> {
    checkStatus(status);
    return this.db.tx('updateRedLineStatus', async (c) => {
      const r = await c.run(
        'UPDATE red_lines SET status = $1, updated_at = current_timestamp WHERE id = $2',
        [status, id],
      );
      return r.rowsChanged > 0;
    });
  }

  async saveCrossings(crossings: RedLineCrossing[]): Promise<void> {
    const rows = crossings.map(crossingParams);
    const key = (r: Param[]) => `${r[0]}\u0000${r[1]}`; // red line id, event id
    const statements = multiRowInserts(CROSSING_INSERT, rows, key);
    // upserts of a recomputed set: committed 10,000 rows at a time, so a story repeated hundreds of times (each copy
    // of a red line met by each copy of the event) stays inside DuckDB's analysis memory cap
    for (let i = 0; i < statements.length; i += 20)
      await this.db.tx('saveCrossings', async (c) => {
        for (const st of statements.slice(i, i + 20)) await c.run(st.sql, st.params);
      });
  }

  async saveEventClusters(rows: Array<{ eventId: string; clusterId: string | null }>): Promise<void> {
    await this.db.tx('saveEventClusters', async (c) => {
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const params: Array<string | null> = [];
        const values = chunk.map((r) => {
          params.push(r.eventId, r.clusterId);
          return `($${params.length - 1}, CAST($${params.length} AS VARCHAR))`;
        });
        await c.run(
          `UPDATE events SET cluster_id = v.cid FROM (VALUES ${values.join(', ')}) AS v(eid, cid)
           WHERE events.id = v.eid`,
          params,
        );
      }
    });
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.use('query', async (c) => {
      const ps = await c.prepare(sql);
      try {
        if (ps.statementType !== StatementType.SELECT) {
          throw new RedlineError('R400', 'query() accepts a single read-only SELECT statement');
        }
        if (params.length) ps.bind(params.map(toParam));
        const r = await ps.runAndReadAll();
        return (r.getRowObjectsJS() as Row[]).map(plain) as T[];
      } finally {
        ps.destroySync();
      }
    });
  }

  /** COPY the matching events (flat columns, DATEs kept) to a Parquet file; returns the row count */
  async exportParquet(path: string, filter: EventFilter = {}): Promise<number> {
    const target = sqlPathLiteral(path);
    const { limit: _l, offset: _o, ...rest } = parseFilter(filter);
    const q = buildEventQuery(rest, { paged: false, castDates: false });
    const cols = STORED_EVENT_COLUMNS.map(([n]) => n).join(', ');
    const r = await this.db.rows(
      'exportParquet',
      `COPY (SELECT ${cols} FROM (${q.sql})) TO ${target} (FORMAT PARQUET)`,
      q.params,
    );
    return Number(r[0]?.Count ?? r[0]?.count ?? 0);
  }
}

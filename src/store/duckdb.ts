/** DuckDB implementation of the event repository (one file, one connection, serialised access). */
import { StatementType } from '@duckdb/node-api';
import type { RedLine, RedLineCrossing, RedLineStatus } from '../model/redline.js';
import { RedlineError } from '../util/errors.js';
import { ActorCache } from './actors.js';
import { writeBatch } from './batch.js';
import type { ActorRef } from '../model/event.js';
import { checkStatus, SqlStore } from './sql-store.js';
import { storedEventFromRow, STORED_EVENT_COLUMNS } from './columns.js';
import { buildEventQuery, countParams, parseFilter } from './filter.js';
import { DuckDbHandle, plain, sqlPathLiteral, toParam, type Row } from './handle.js';
import { CROSSING_INSERT, crossingParams, RED_LINE_INSERT, redLineParams } from './redlines.js';
import type {
  EventFilter,
  EventRepository,
  SaveBatchItem,
  SaveBatchResult,
  StoredEvent,
} from './repository.js';

export { sqlPathLiteral } from './handle.js';

export class DuckDbStore extends SqlStore implements EventRepository {
  private readonly db: DuckDbHandle;
  private readonly actors = new ActorCache();

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

  async saveBatch(batch: SaveBatchItem[]): Promise<SaveBatchResult> {
    const written: ActorRef[] = [];
    const r = await this.db.tx('saveBatch', (c) => writeBatch(c, batch, this.actors, written));
    this.actors.remember(written);
    return r;
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
      for (const l of lines) await c.run(RED_LINE_INSERT, redLineParams(l));
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
    await this.db.tx('saveCrossings', async (c) => {
      for (const x of crossings) await c.run(CROSSING_INSERT, crossingParams(x));
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

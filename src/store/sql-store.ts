/**
 * The repository methods whose SQL is the same on DuckDB and PostgreSQL (reads of articles, events, red lines
 * and crossings, statistics, the dedup check). Each store supplies `rows` (one statement, bound parameters);
 * writes, paging counts, exports and anything dialect-specific stay in the store.
 */
import type { RedLine, RedLineCrossing, RedLineStatus } from '../model/redline.js';
import { RedlineError } from '../util/errors.js';
import { articleFromRow, ARTICLE_COLS, storedEventFromRow } from './columns.js';
import { buildEventQuery, DEFAULT_LIMIT, MAX_LIMIT, parseFilter } from './filter.js';
import { crossingFromRow, redLineFromRow } from './redlines.js';
import type { EventFilter, StoredArticle, StoredEvent, StoreStats } from './repository.js';

type Row = Record<string, unknown>;

const PAGE = 1000;
export const RED_LINE_STATUSES: readonly RedLineStatus[] = ['open', 'possibly-met', 'met', 'withdrawn'];

/** R400 unless limit/offset are non-negative integers within bounds */
export function checkPaging(limit: number, offset: number): void {
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  if (!ok(limit, MAX_LIMIT) || !ok(offset, Number.MAX_SAFE_INTEGER)) {
    throw new RedlineError('R400', `invalid limit/offset: ${limit}/${offset}`);
  }
}

export function checkStatus(status: RedLineStatus): void {
  if (!RED_LINE_STATUSES.includes(status))
    throw new RedlineError('R400', `invalid red-line status: ${String(status)}`);
}

export abstract class SqlStore {
  /** run one read statement with bound parameters ($1, $2, ...) and return its rows */
  protected abstract rows(what: string, sql: string, params?: Array<string | number>): Promise<Row[]>;

  async hasArticle(contentHash: string): Promise<boolean> {
    const r = await this.rows('hasArticle', 'SELECT 1 FROM articles WHERE content_hash = $1 LIMIT 1', [
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
      const r = await this.rows(
        'knownHashes',
        `SELECT content_hash FROM articles WHERE content_hash IN (${ph})`,
        chunk,
      );
      for (const row of r) out.add(String(row.content_hash));
    }
    return out;
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const q = buildEventQuery({ limit: 1 }, { eventId: id });
    const r = await this.rows('getEvent', q.sql, q.params);
    return r[0] ? storedEventFromRow(r[0]) : null;
  }

  async *allEvents(filter: EventFilter = {}): AsyncIterable<StoredEvent> {
    const base = { ...parseFilter(filter), limit: PAGE };
    for (let offset = 0; ; offset += PAGE) {
      const q = buildEventQuery({ ...base, offset });
      const rows = await this.rows('allEvents', q.sql, q.params);
      for (const r of rows) yield storedEventFromRow(r);
      if (rows.length < PAGE) return;
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.rows('getArticle', `SELECT ${ARTICLE_COLS} FROM articles WHERE id = $1`, [id]);
    return r[0] ? articleFromRow(r[0]) : null;
  }

  async listArticles(limit = DEFAULT_LIMIT, offset = 0): Promise<{ total: number; rows: StoredArticle[] }> {
    checkPaging(limit, offset);
    const total = await this.rows('listArticles', 'SELECT count(*)::INTEGER AS n FROM articles');
    const rows = await this.rows(
      'listArticles',
      `SELECT ${ARTICLE_COLS} FROM articles ORDER BY ingested_at, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { total: Number(total[0]?.n ?? 0), rows: rows.map(articleFromRow) };
  }

  async stats(): Promise<StoreStats> {
    const n = (t: string) => `(SELECT count(*)::INTEGER FROM ${t})`;
    const [r] = await this.rows(
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

  async listRedLines(opts: { status?: RedLineStatus } = {}): Promise<RedLine[]> {
    const rows = opts.status
      ? await this.rows('listRedLines', 'SELECT * FROM red_lines WHERE status = $1 ORDER BY date, id', [
          opts.status,
        ])
      : await this.rows('listRedLines', 'SELECT * FROM red_lines ORDER BY date, id');
    return rows.map(redLineFromRow);
  }

  async listCrossings(redLineId?: string): Promise<RedLineCrossing[]> {
    const sql = 'SELECT * FROM red_line_crossings';
    const order = ' ORDER BY date, red_line_id, event_id';
    const rows =
      redLineId === undefined
        ? await this.rows('listCrossings', sql + order)
        : await this.rows('listCrossings', `${sql} WHERE red_line_id = $1${order}`, [redLineId]);
    return rows.map(crossingFromRow);
  }
}

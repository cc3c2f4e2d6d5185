/**
 * The storage interface the analysis, API and export code use. DuckDbStore (./duckdb.ts) is the
 * default implementation; a PostgreSQL one can be added without touching the callers.
 */
import type { Article } from '../model/article.js';
import type { CodedEvent, Modality } from '../model/event.js';
import type { RedLine, RedLineCrossing, RedLineStatus } from '../model/redline.js';

/** A coded event as stored: the public event plus dedup counts and article metadata. */
export interface StoredEvent extends CodedEvent {
  /** id of the duplicate cluster this event belongs to, or null when not clustered */
  clusterId: string | null;
  /** GDELT-style: events in the cluster (1 when unclustered) */
  numMentions: number;
  /** distinct outlets among the cluster's articles (an article without outlet counts as its own source) */
  numSources: number;
  /** distinct articles among the cluster's events */
  numArticles: number;
  articleUrl: string | null;
  articleOutlet: string | null;
  published: string | null;
  /** when the article was stored, ISO datetime (UTC) */
  ingestedAt: string | null;
}

export interface StoredArticle extends Article {
  contentHash: string;
  /** ISO datetime (UTC) */
  ingestedAt: string;
}

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein';
export const EVENT_SORTS: readonly EventSort[] = ['date', '-date', 'goldstein', '-goldstein'];

export interface EventFilter {
  /** matches the source or the target: actor code, country or org */
  actor?: string;
  /** matches the source actor's code, country or org */
  source?: string;
  /** matches the target actor's code, country or org */
  target?: string;
  /** CAMEO root(s), e.g. "19" */
  root?: string | string[];
  /** CAMEO code(s), exact, e.g. "0332" */
  code?: string | string[];
  quadClass?: number | number[];
  modality?: Modality | Modality[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an event matches when its date period overlaps [from, to] */
  from?: string;
  to?: string;
  /** case-insensitive substring of the evidence text */
  text?: string;
  articleId?: string;
  /** true: only events already assigned to a duplicate cluster; false: only those not yet analysed */
  clustered?: boolean;
  /** default 100, at most 100000 */
  limit?: number;
  offset?: number;
  /** default: date ascending, then id */
  sort?: EventSort;
}

export interface SaveBatchItem {
  article: Article;
  contentHash: string;
  events: CodedEvent[];
}

export interface SaveBatchResult {
  /** articles written (with their events) */
  inserted: number;
  /** articles skipped: content hash already stored (or repeated within the batch), or id conflict */
  skipped: number;
  /** ids of skipped articles whose id was already stored with a different content hash */
  conflicts: string[];
}

export interface StoreStats {
  articles: number;
  events: number;
  actors: number;
  mentions: number;
  clusters: number;
  redLines: number;
  crossings: number;
  /** earliest and latest event date (as coded, may be coarse), null when empty */
  dateRange: { from: string; to: string } | null;
}

export interface EventRepository {
  /** open the database and create/migrate the schema (read-only stores only check it) */
  init(): Promise<void>;
  close(): Promise<void>;
  readonly readOnly: boolean;

  /** run the post-ingest analysis in fn with what it needs beyond streaming (DuckDB: a larger memory cap) */
  forAnalysis?<T>(fn: () => Promise<T>): Promise<T>;

  hasArticle(contentHash: string): Promise<boolean>;
  /** which of these content hashes are already stored (one query per 500; used to skip re-ingested articles) */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** one transaction per batch: either everything in it is written or nothing is */
  saveBatch(batch: SaveBatchItem[]): Promise<SaveBatchResult>;
  /**
   * saveBatch in the background: resolves once the store has taken the batch (its rows staged), with
   * `stored`, which settles as saveBatch's promise would. Batches begun one after another are stored in
   * that order. Without it, callers use saveBatch.
   */
  beginBatch?(batch: SaveBatchItem[]): Promise<{ stored: Promise<SaveBatchResult> }>;

  listEvents(filter?: EventFilter): Promise<{ total: number; rows: StoredEvent[] }>;
  getEvent(id: string): Promise<StoredEvent | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(limit?: number, offset?: number): Promise<{ total: number; rows: StoredArticle[] }>;
  stats(): Promise<StoreStats>;

  /** insert or replace (by id) */
  saveRedLines(lines: RedLine[]): Promise<void>;
  /** returns false when no red line has this id */
  updateRedLineStatus(id: string, status: RedLineStatus): Promise<boolean>;
  listRedLines(opts?: { status?: RedLineStatus }): Promise<RedLine[]>;
  /** insert or replace (by redLineId + eventId) */
  saveCrossings(crossings: RedLineCrossing[]): Promise<void>;
  listCrossings(redLineId?: string): Promise<RedLineCrossing[]>;

  /** set events.cluster_id; one transaction */
  saveEventClusters(rows: Array<{ eventId: string; clusterId: string | null }>): Promise<void>;

  /** every event matching the filter (limit/offset ignored), paged from the store */
  allEvents(filter?: EventFilter): AsyncIterable<StoredEvent>;

  /** read-only SQL (a single SELECT) with bound parameters ($1, $2, ... or ?) */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;

  /** optional fast path used by the Parquet export */
  exportParquet?(path: string, filter?: EventFilter): Promise<number>;
}

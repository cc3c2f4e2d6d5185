/**
 * Writes one ingest batch (PostgreSQL). Runs inside the caller's transaction, which holds the
 * store-wide write lock (pg_advisory_xact_lock), so concurrent batches from any process are
 * serialised exactly like DuckDB's single connection: same skip / conflict semantics.
 */
import type { CodedEvent } from '../../model/event.js';
import type { Article } from '../../model/article.js';
import { RedlineError } from '../../util/errors.js';
import { ActorCache, actorUpserts } from '../actors.js';
import { EVENT_COLUMNS, type ColumnKind } from '../columns.js';
import { sqlTimestamp } from '../dates.js';
import type { SaveBatchItem, SaveBatchResult } from '../repository.js';
import { copyRows } from './copy.js';
import type { PgClient } from './pool.js';
import { LOCK_WRITE } from './schema.js';

const ARTICLE_COLUMNS: ReadonlyArray<readonly [string, ColumnKind]> = [
  ['id', 'VARCHAR'],
  ['content_hash', 'VARCHAR'],
  ['url', 'VARCHAR'],
  ['outlet', 'VARCHAR'],
  ['published', 'VARCHAR'],
  ['title', 'VARCHAR'],
  ['text', 'VARCHAR'],
  ['ingested_at', 'VARCHAR'],
];
const MENTION_COLUMNS: ReadonlyArray<readonly [string, ColumnKind]> = [
  ['event_id', 'VARCHAR'],
  ['article_id', 'VARCHAR'],
  ['evidence_start', 'INTEGER'],
  ['evidence_end', 'INTEGER'],
];
const EVENT_COLS = EVENT_COLUMNS.map(([n, k]) => [n, k] as const);

export async function lockWrites(c: PgClient): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_WRITE]);
}

/** which batch items to write: skip stored or repeated content hashes, and id conflicts */
export async function selectNew(
  c: PgClient,
  batch: SaveBatchItem[],
): Promise<{ keep: SaveBatchItem[]; skipped: number; conflicts: string[] }> {
  for (const item of batch) {
    if (!item.article?.id || !item.contentHash) {
      throw new RedlineError('R400', 'batch item without article id or content hash');
    }
  }
  const storedHashes = new Set<string>();
  const storedIds = new Map<string, string>();
  for (let i = 0; i < batch.length; i += 1000) {
    const chunk = batch.slice(i, i + 1000);
    const r = await c.query(
      'SELECT id, content_hash FROM articles WHERE content_hash = ANY($1::text[]) OR id = ANY($2::text[])',
      [chunk.map((b) => b.contentHash), chunk.map((b) => b.article.id)],
    );
    for (const row of r.rows as Array<{ id: string; content_hash: string }>) {
      storedHashes.add(String(row.content_hash));
      storedIds.set(String(row.id), String(row.content_hash));
    }
  }
  const keep: SaveBatchItem[] = [];
  const conflicts: string[] = [];
  let skipped = 0;
  for (const item of batch) {
    if (storedHashes.has(item.contentHash)) {
      skipped++;
      continue;
    }
    if (storedIds.has(item.article.id)) {
      skipped++;
      conflicts.push(item.article.id);
      continue;
    }
    storedHashes.add(item.contentHash);
    storedIds.set(item.article.id, item.contentHash);
    keep.push(item);
  }
  return { keep, skipped, conflicts };
}

export async function copyArticles(
  c: PgClient,
  items: Array<{ article: Article; contentHash: string }>,
): Promise<void> {
  const now = sqlTimestamp();
  await copyRows(c, 'articles', ARTICLE_COLUMNS, items, ({ article: a, contentHash }) => [
    a.id,
    contentHash,
    a.url ?? null,
    a.outlet ?? null,
    a.published ?? null,
    a.title ?? null,
    a.text,
    now,
  ]);
}

/** every actor the events name, upserted (PostgreSQL may have several writing processes, so no
 * per-process memory of written rows here: each batch upserts its actors, in code order) */
async function upsertActors(c: PgClient, events: CodedEvent[]): Promise<void> {
  const { added } = new ActorCache().plan(events); // an empty cache: every actor is "added"
  for (const u of actorUpserts(added)) await c.query(u.sql, u.params);
}

/** events (checked against their article), mentions and actors */
export async function copyEvents(
  c: PgClient,
  items: Array<{ article: Article; events: CodedEvent[] }>,
): Promise<number> {
  const events: CodedEvent[] = [];
  for (const { article, events: evs } of items) {
    for (const e of evs) {
      if (e.articleId !== article.id) {
        throw new RedlineError('R400', `event ${e.id} belongs to ${e.articleId}, not ${article.id}`);
      }
      events.push(e);
    }
  }
  if (!events.length) return 0;
  await copyRows(c, 'events', EVENT_COLS, events, (e) => EVENT_COLUMNS.map(([, , get]) => get(e)));
  await copyRows(c, 'mentions', MENTION_COLUMNS, events, (e) => [
    e.id,
    e.articleId,
    e.evidence.start,
    e.evidence.end,
  ]);
  await upsertActors(c, events);
  return events.length;
}

export async function writeBatch(c: PgClient, batch: SaveBatchItem[]): Promise<SaveBatchResult> {
  await lockWrites(c);
  const { keep, skipped, conflicts } = await selectNew(c, batch);
  if (keep.length === 0) return { inserted: 0, skipped, conflicts };
  await copyArticles(c, keep);
  await copyEvents(c, keep);
  return { inserted: keep.length, skipped, conflicts };
}

/**
 * Replace the events of these (already stored) articles: delete-then-insert in the caller's
 * transaction, so re-coding an article (a retried queue job) never duplicates its events.
 */
export async function replaceArticleEvents(
  c: PgClient,
  items: Array<{ article: Article; events: CodedEvent[] }>,
): Promise<number> {
  const ids = items.map((i) => i.article.id);
  await c.query('DELETE FROM mentions WHERE article_id = ANY($1::text[])', [ids]);
  await c.query('DELETE FROM events WHERE article_id = ANY($1::text[])', [ids]);
  return copyEvents(c, items);
}

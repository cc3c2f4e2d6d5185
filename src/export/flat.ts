/** StoredEvent → one flat row with the store's column names (CSV and Parquet share this layout). */
import { EVENT_COLUMNS, STORED_EVENT_COLUMNS } from '../store/columns.js';
import type { StoredEvent } from '../store/repository.js';

export type FlatValue = string | number | null;

/** column names of a flat event row, in order */
export const FLAT_COLUMNS: readonly string[] = STORED_EVENT_COLUMNS.map(([name]) => name);

export function flatRow(e: StoredEvent): Record<string, FlatValue> {
  const row: Record<string, FlatValue> = {};
  for (const [name, , get] of EVENT_COLUMNS) row[name] = get(e);
  row.cluster_id = e.clusterId;
  row.num_mentions = e.numMentions;
  row.num_sources = e.numSources;
  row.num_articles = e.numArticles;
  row.article_url = e.articleUrl;
  row.article_outlet = e.articleOutlet;
  row.published = e.published;
  row.ingested_at = e.ingestedAt;
  return row;
}

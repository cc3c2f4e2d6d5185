/** How an ingest groups articles: a small module, so the CLI can show the defaults without loading the coder. */

/**
 * Articles per store transaction. Each DuckDB batch pays a fixed cost per table it appends to (an appender
 * flush: ~2 ms for the events table's columns whether it holds 5 rows or 500), so 1000 articles per batch
 * instead of 200 cut the store's time on the JS thread from ~280 to ~80 ms per 10,000 news articles and the
 * whole ingest by ~5% (docs/decisions.md, twelfth session). A killed run re-codes at most the batches not yet
 * committed; nothing is stored twice.
 */
export const DEFAULT_BATCH = 1000;

/**
 * Articles read, checked against the store and coded stage by stage at a time (Pipeline.runMany): 200 keeps
 * the coder's caches warm (~15% faster than one by one) while the documents of a window, every token held
 * at once, stay a few MB.
 */
export const CODING_WINDOW = 200;

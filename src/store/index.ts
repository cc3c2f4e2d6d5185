export * from './repository.js';
export { DuckDbStore, sqlPathLiteral } from './duckdb.js';
export { EVENT_COLUMNS, STORED_EVENT_COLUMNS, EXTRA_COLUMNS } from './columns.js';
export { datePeriod } from './dates.js';
export { parseFilter, DEFAULT_LIMIT, MAX_LIMIT } from './filter.js';
export { SCHEMA_VERSION } from './schema.sql.js';

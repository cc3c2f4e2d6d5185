export { PostgresStore } from './store.js';
export { isPostgresUrl, redactUrl } from './url.js';
export type { PgClient } from './pool.js';

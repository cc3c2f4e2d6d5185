export { PostgresStore, isPostgresUrl } from './store.js';
export { redactUrl, type PgClient } from './pool.js';

/** The pg-boss queue Redline uses: one queue of "code this stored article" jobs. */
import PgBoss from 'pg-boss';
import type { PgClient } from '../store/postgres/index.js';

export const QUEUE = 'redline-code-article';
/** pg-boss schema (its default) */
export const BOSS_SCHEMA = 'pgboss';
/** attempts after the first: a poison article is tried 3 times, then left in the failed state */
export const RETRY_LIMIT = 2;
/**
 * Seconds before a failed job may run again. Not zero: pg-boss completes a whole fetched batch when the handler
 * returns, and a job failed explicitly inside the batch must not be re-fetched (and then marked completed by
 * that batch completion) before the batch is done.
 */
export const RETRY_DELAY_SECONDS = 2;
/** a job still active after this long (its worker died) is failed by maintenance and retried */
export const DEFAULT_EXPIRE_SECONDS = 300;

export interface JobData {
  articleId: string;
}

export interface BossOptions {
  /** run pg-boss maintenance (expire dead workers' jobs, archive) in this process */
  supervise?: boolean;
  maintenanceIntervalSeconds?: number;
  /** pg-boss's own pool size */
  max?: number;
}

/** a started pg-boss with the Redline queue created */
export async function startBoss(url: string, opts: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    supervise: opts.supervise ?? false,
    schedule: false,
    migrate: true,
    max: opts.max ?? 2,
    ...(opts.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds }
      : {}),
  });
  boss.on('error', () => undefined); // reported by the caller through its own checks
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_SECONDS });
  return boss;
}

/** pg-boss statements run on this client, i.e. inside its open transaction */
export function clientDb(c: PgClient): {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
} {
  return { executeSql: async (text, values) => ({ rows: (await c.query(text, values)).rows }) };
}

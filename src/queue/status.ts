/** Queue counts and recent failures, read straight from pg-boss's tables. */
import { PostgresStore } from '../store/postgres/index.js';
import { BOSS_SCHEMA, QUEUE } from './boss.js';

export interface QueueFailure {
  jobId: string;
  articleId: string | null;
  error: string;
  retries: number;
  at: string | null;
}

export interface QueueStatus {
  created: number;
  retry: number;
  active: number;
  completed: number;
  cancelled: number;
  failed: number;
  /** most recent failed jobs first */
  failures: QueueFailure[];
  articles: number;
  events: number;
}

async function bossInstalled(store: PostgresStore): Promise<boolean> {
  const r = await store.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [
    `${BOSS_SCHEMA}.job`,
  ]);
  return r[0]?.ok === true;
}

/** jobs not finished yet (created, retry, active) */
export async function pendingJobs(store: PostgresStore): Promise<number> {
  const r = await store.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state < 'completed'`,
    [QUEUE],
  );
  return Number(r[0]?.n ?? 0);
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as Record<string, unknown>;
    const v = (o.value && typeof o.value === 'object' ? o.value : o) as Record<string, unknown>;
    if (typeof v.message === 'string') return v.message;
  }
  return JSON.stringify(output ?? null);
}

export async function queueStatusOf(
  store: PostgresStore,
  opts: { failures?: number } = {},
): Promise<QueueStatus> {
  const s: QueueStatus = {
    created: 0,
    retry: 0,
    active: 0,
    completed: 0,
    cancelled: 0,
    failed: 0,
    failures: [],
    articles: 0,
    events: 0,
  };
  const st = await store.stats();
  s.articles = st.articles;
  s.events = st.events;
  if (!(await bossInstalled(store))) return s;
  const counts = await store.query<{ state: keyof QueueStatus; n: number }>(
    `SELECT state::text AS state, count(*)::INTEGER AS n FROM (
       SELECT state FROM ${BOSS_SCHEMA}.job WHERE name = $1
       UNION ALL SELECT state FROM ${BOSS_SCHEMA}.archive WHERE name = $1) j GROUP BY state`,
    [QUEUE],
  );
  for (const c of counts) (s as unknown as Record<string, number>)[c.state] = Number(c.n);
  const rows = await store.query<{
    id: string;
    data: { articleId?: string } | null;
    output: unknown;
    retry_count: number;
    at: string | null;
  }>(
    `SELECT id::text AS id, data, output, retry_count, completed_on::text AS at FROM (
       SELECT id, data, output, retry_count, completed_on FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state = 'failed'
       UNION ALL
       SELECT id, data, output, retry_count, completed_on FROM ${BOSS_SCHEMA}.archive WHERE name = $1 AND state = 'failed'
     ) f ORDER BY completed_on DESC NULLS LAST, id LIMIT $2`,
    [QUEUE, opts.failures ?? 10],
  );
  s.failures = rows.map((r) => ({
    jobId: r.id,
    articleId: r.data?.articleId ?? null,
    error: errorText(r.output),
    retries: Number(r.retry_count),
    at: r.at,
  }));
  return s;
}

/** counts by state (created / retry / active / completed / failed ...) and the last failures with their errors */
export async function queueStatus(url: string, opts: { failures?: number } = {}): Promise<QueueStatus> {
  const store = new PostgresStore(url, { readOnly: true, poolSize: 1 });
  await store.init();
  try {
    return await queueStatusOf(store, opts);
  } finally {
    await store.close();
  }
}

/**
 * PostgreSQL for tests. Nothing starts unless a test asks for it, so DuckDB-only runs stay fast.
 *
 *   const url = await pgUrl();        // starts scripts/pg-test-cluster.sh once (lazily), returns its URL
 *   const db = await pgDatabase();    // a fresh, empty database on that cluster (one per test file/suite)
 *
 * Lifetime: every test process that calls pgUrl() holds a reference (scripts/pg-test-cluster.sh
 * start --ref PID); when the process ends (exit event, or a detached watchdog noticing it is gone)
 * the reference is released, and the last release stops and removes the cluster. Used as a vitest `globalSetup` (default export), the cluster is instead stopped once when
 * the whole run ends. REDLINE_PG_URL=postgres://... uses an existing server and starts nothing.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test-cluster.sh', import.meta.url));
const GLOBAL = 'REDLINE_PG_GLOBAL_SETUP';

let started: Promise<string> | null = null;

function release(): void {
  if (process.env[GLOBAL] === '1') return; // the global teardown stops it
  spawnSync('bash', [SCRIPT, 'release', String(process.pid)], { stdio: 'ignore', timeout: 60_000 });
}

/** the URL of the test cluster's default database, starting the cluster on first use */
export function pgUrl(): Promise<string> {
  if (process.env.REDLINE_PG_URL) return Promise.resolve(process.env.REDLINE_PG_URL);
  started ??= (async () => {
    const out = execFileSync('bash', [SCRIPT, 'start', '--ref', String(process.pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
    process.once('exit', release);
    // vitest may end a test process without an 'exit' event: a detached watchdog releases the
    // reference once this process is gone, however it ended
    const watch = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; exec bash "$0" release ${process.pid}`;
    if (process.env[GLOBAL] !== '1')
      spawn('bash', ['-c', watch, SCRIPT], { detached: true, stdio: 'ignore' }).unref();
    const url = out.trim().split('\n').pop() ?? '';
    if (!/^postgres:\/\//.test(url)) throw new Error(`pg-test-cluster.sh start printed no URL: ${out}`);
    return url;
  })();
  return started;
}

/** a new empty database on the test cluster; returns its URL */
export async function pgDatabase(prefix = 'rt'): Promise<string> {
  const base = await pgUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/** vitest globalSetup: nothing is started here; the cluster (if a test started it) is stopped at the end */
export default function setup(): () => void {
  process.env[GLOBAL] = '1';
  return () => {
    if (process.env.REDLINE_PG_URL) return;
    spawnSync('bash', [SCRIPT, 'stop'], { stdio: 'ignore', timeout: 60_000 });
  };
}

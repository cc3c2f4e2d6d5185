/**
 * `npm run bench -- --db postgres [--articles 600]`: articles/s through PostgreSQL + pg-boss with 1, 2 and 4
 * worker processes (src/queue/bench.ts), on a throw-away local cluster (scripts/pg-test-cluster.sh).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { benchQueue } from '../src/queue/bench.js';

export async function runPostgresBench(articles: number): Promise<void> {
  const script = new URL('../scripts/pg-test-cluster.sh', import.meta.url).pathname;
  const url = execFileSync('bash', [script, 'start'], { encoding: 'utf8' }).trim().split('\n').pop()!;
  process.stdout.write(
    `PostgreSQL bench on ${url}: ${articles} articles (the bundled samples, repeated with distinct texts)\n`,
  );
  process.stdout.write(
    `machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, node ${process.version}\n\n`,
  );
  process.stdout.write('workers  articles/s  seconds\n');
  try {
    for (const workers of [1, 2, 4]) {
      const r = await benchQueue(url, { articles, workers });
      process.stdout.write(
        `${String(workers).padStart(7)}  ${r.articlesPerSec.toFixed(1).padStart(10)}  ${r.seconds.toFixed(1).padStart(7)}\n`,
      );
    }
  } finally {
    execFileSync('bash', [script, 'stop'], { stdio: 'ignore' });
  }
}

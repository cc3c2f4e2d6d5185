import type { Command } from 'commander';
import { openStore, DEFAULT_DB } from '../../app/store.js';
import { isPostgresUrl } from '../../store/postgres/url.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description(
      'show what the store holds: for PostgreSQL, the coding queue (jobs created / active / completed / ' +
        'failed, and the last failures with their errors) plus article and event counts; for a DuckDB file, ' +
        'article and event counts.',
    )
    .option('--db <file|url>', 'DuckDB file or postgres:// URL', DEFAULT_DB)
    .option('--failures <n>', 'failed jobs to list', '10')
    .option('--json', 'print JSON')
    .action(async (opts: { db: string; failures: string; json?: boolean }) => {
      const out = (s: string): void => void process.stdout.write(s + '\n');
      if (isPostgresUrl(opts.db)) {
        const { queueStatus } = await import('../../queue/index.js');
        const s = await queueStatus(opts.db, { failures: Math.max(0, Number(opts.failures) || 0) });
        if (opts.json) return out(JSON.stringify(s, null, 2));
        out(`articles ${s.articles}, events ${s.events}`);
        out(
          `queue: ${s.created} waiting, ${s.retry} to retry, ${s.active} active, ${s.completed} completed, ` +
            `${s.failed} failed${s.cancelled ? `, ${s.cancelled} cancelled` : ''}`,
        );
        for (const f of s.failures)
          out(
            `  failed ${f.articleId ?? '?'} (job ${f.jobId}, ${f.retries} retries${f.at ? `, ${f.at}` : ''}): ${f.error}`,
          );
        return;
      }
      const repo = await openStore(opts.db, { readOnly: true });
      try {
        const st = await repo.stats();
        if (opts.json) return out(JSON.stringify(st, null, 2));
        out(
          `articles ${st.articles}, events ${st.events}, clusters ${st.clusters}, red lines ${st.redLines}, crossings ${st.crossings}`,
        );
        if (st.dateRange) out(`event dates ${st.dateRange.from} … ${st.dateRange.to}`);
      } finally {
        await repo.close();
      }
    });
}

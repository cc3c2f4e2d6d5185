import type { Command } from 'commander';
import { isPostgresUrl, redactUrl } from '../../store/postgres/url.js';
import { RedlineError } from '../../util/errors.js';

const positiveInt = (name: string, v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new RedlineError('R500', `${name} must be a positive integer`);
  return n;
};

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'code queued articles from a PostgreSQL store (filled by `redline ingest --db postgres://...`): take ' +
        'jobs, code each article, write its events, and merge duplicates / track red lines when the queue ' +
        'empties (or every --analyze-every seconds). Run one per machine against the same database. ' +
        'Ctrl-C / SIGTERM stops gracefully (jobs in progress finish first).',
    )
    .requiredOption('--db <url>', 'PostgreSQL URL, e.g. postgres://user@host/db')
    .option('--concurrency <n>', 'job handlers in this process', '1')
    .option('--batch <n>', 'jobs fetched and written together', '10')
    .option('--analyze-every <seconds>', 'analysis at most this often while the queue is busy', '30')
    .option('--maintenance <seconds>', 'how often expired jobs of dead workers are retried', '30')
    .option('--exit-when-empty', 'stop once the queue is empty and analysed')
    .option('-q, --quiet', 'no log lines')
    .action(
      async (opts: {
        db: string;
        concurrency: string;
        batch: string;
        analyzeEvery: string;
        maintenance: string;
        exitWhenEmpty?: boolean;
        quiet?: boolean;
      }) => {
        if (!isPostgresUrl(opts.db))
          throw new RedlineError(
            'R500',
            '--db must be a postgres:// URL (workers need the PostgreSQL store)',
          );
        const log = opts.quiet ? () => undefined : (l: string) => process.stderr.write(l + '\n');
        const { runWorker } = await import('../../queue/index.js');
        const w = await runWorker(opts.db, {
          concurrency: positiveInt('--concurrency', opts.concurrency),
          batchSize: positiveInt('--batch', opts.batch),
          analyzeEverySeconds: positiveInt('--analyze-every', opts.analyzeEvery),
          maintenanceIntervalSeconds: positiveInt('--maintenance', opts.maintenance),
          exitWhenEmpty: opts.exitWhenEmpty === true,
          log,
        });
        log(`redline worker: started on ${redactUrl(opts.db)} (pid ${process.pid})`);
        const onSignal = (sig: string) => {
          log(`redline worker: ${sig}, finishing jobs in progress`);
          void w.stop();
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        const s = await w.done;
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        log(
          `redline worker: stopped: ${s.articles} articles coded (${s.events} events), ${s.errors} failed attempts, ${s.analyses} analysis passes`,
        );
      },
    );
}

import type { Command } from 'commander';
import { openStore, DEFAULT_DB } from '../../app/store.js';
import { DEFAULT_BATCH } from '../../app/batching.js';
import type { IngestItem } from '../../ingest/types.js';
import { normalizeDate } from '../../util/dates.js';
import { isPostgresUrl } from '../../store/postgres/url.js';
import { RedlineError } from '../../util/errors.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles (text, HTML, RSS/Atom, JSONL, folders), code them and store articles and events in the ' +
        'database; then merge duplicate reports of one event and track red lines. Articles already stored ' +
        '(same content hash) are skipped, so re-running adds nothing. Bad files are reported with an error ' +
        'code and the batch goes on; the exit code is 1 when anything was rejected. A date that is no date ' +
        '(R109) is a warning: the article is stored undated.',
    )
    .argument('[paths...]', 'files or folders ("-" for stdin)', [])
    .option('--db <file>', 'DuckDB database file', DEFAULT_DB)
    .option('-p, --published <date>', 'publication date (YYYY-MM-DD) for plain text, which carries none')
    .option(
      '--batch <n>',
      'articles per transaction (coded in windows of at most 200)',
      String(DEFAULT_BATCH),
    )
    .option(
      '--workers <n>',
      'code on n worker threads (each loads its own lexicon and model: ~150 MB, ~1 s); pays on machines ' +
        'with free cores, see bench/RESULTS.md',
      '1',
    )
    .option('--watch <dir>', 'keep ingesting new files that appear in this folder (Ctrl-C to stop)')
    .option('-q, --quiet', 'no progress output')
    .action(
      async (
        paths: string[],
        opts: {
          db: string;
          published?: string;
          batch: string;
          workers: string;
          watch?: string;
          quiet?: boolean;
        },
      ) => {
        if (!paths.length && !opts.watch)
          throw new RedlineError('R106', 'nothing to ingest: give paths or --watch DIR');
        if (opts.published && !normalizeDate(opts.published))
          throw new RedlineError('R107', `invalid --published date "${opts.published}"`);
        const batchSize = Number(opts.batch);
        if (!Number.isInteger(batchSize) || batchSize < 1)
          throw new RedlineError('R500', `--batch must be a positive integer`);
        const workers = Number(opts.workers);
        if (!Number.isInteger(workers) || workers < 1)
          throw new RedlineError('R500', `--workers must be a positive integer`);
        if (isPostgresUrl(opts.db) && paths.length && !opts.watch) {
          // PostgreSQL: store the articles and queue them; `redline worker` codes them
          const { ingestToQueue, queueSummaryLine } = await import('../../queue/index.js');
          const s = await ingestToQueue(opts.db, paths, {
            published: opts.published,
            batchSize,
            progress: opts.quiet ? null : process.stderr,
          });
          for (const r of s.rejected) process.stderr.write(`redline: rejected ${r.origin}: ${r.message}\n`);
          process.stdout.write(queueSummaryLine(s) + '\n');
          process.exitCode = s.rejected.length ? 1 : 0;
          return;
        }
        // implementations load when used (the CLI's bundle splits them off: bin/bundle.js)
        const { ingestItems, ingestPaths, summaryLine } = await import('../../app/ingest.js');
        const repo = await openStore(opts.db);
        const progress = opts.quiet ? null : process.stderr;
        let rejected = 0;
        try {
          if (paths.length) {
            const s = await ingestPaths(repo, paths, {
              published: opts.published,
              batchSize,
              progress,
              workers,
            });
            for (const r of s.rejected) process.stderr.write(`redline: rejected ${r.origin}: ${r.message}\n`);
            for (const w of s.warnings) process.stderr.write(`redline: warning ${w.origin}: ${w.message}\n`);
            process.stdout.write(summaryLine(s) + '\n');
            rejected += s.rejected.length;
          }
          if (opts.watch) {
            const { watchDirectory } = await import('../../ingest/index.js');
            process.stderr.write(`redline: watching ${opts.watch} (Ctrl-C to stop)\n`);
            const queue: IngestItem[] = [];
            let wake: (() => void) | null = null;
            const w = watchDirectory(
              opts.watch,
              (item) => {
                queue.push(item);
                wake?.();
              },
              { published: opts.published },
            );
            const stop = new Promise<void>((res) => process.once('SIGINT', () => res()));
            let stopped = false;
            void stop.then(() => {
              stopped = true;
              wake?.();
            });
            while (!stopped) {
              if (!queue.length) await new Promise<void>((res) => (wake = res));
              wake = null;
              const items = queue.splice(0);
              if (!items.length) continue;
              const s = await ingestItems(
                repo,
                (async function* () {
                  yield* items;
                })(),
                { batchSize, progress: null },
              );
              for (const r of s.rejected)
                process.stderr.write(`redline: rejected ${r.origin}: ${r.message}\n`);
              for (const x of s.warnings)
                process.stderr.write(`redline: warning ${x.origin}: ${x.message}\n`);
              process.stdout.write(summaryLine(s) + '\n');
              rejected += s.rejected.length;
            }
            await w.close();
          }
        } finally {
          await repo.close();
        }
        process.exitCode = rejected ? 1 : 0;
      },
    );
}

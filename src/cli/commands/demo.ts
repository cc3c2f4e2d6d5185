import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../util/root.js';
import { openStore, DEFAULT_DB } from '../../app/store.js';

/** builds web/dist with Vite when it is missing (a fresh clone) */
async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(ROOT, 'web', 'dist', 'index.html'))) return;
  process.stderr.write('redline: building the dashboard (web/dist) ...\n');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'the main job on the bundled sample: ingest samples/ (a Serbia-Kosovo crisis told in 28 articles) into ' +
        'the database, print the red lines, build the dashboard if needed and serve it (Ctrl-C to stop)',
    )
    .option('--db <file>', 'DuckDB database file', DEFAULT_DB)
    .option('--port <port>', 'port', '8080')
    .option('--no-serve', 'ingest and report only')
    .action(async (opts: { db: string; port: string; serve: boolean }) => {
      const { ingestPaths, summaryLine } = await import('../../app/ingest.js');
      const repo = await openStore(opts.db);
      try {
        const s = await ingestPaths(repo, [join(ROOT, 'samples')], { progress: process.stderr });
        process.stdout.write(summaryLine(s) + '\n');
        const stats = await repo.stats();
        process.stdout.write(
          `database ${opts.db}: ${stats.articles} articles, ${stats.events} events, ${stats.redLines} red lines\n`,
        );
        for (const rl of await repo.listRedLines()) {
          const crossings = await repo.listCrossings(rl.id);
          process.stdout.write(`  [${rl.status}] ${rl.holder?.name ?? '?'}: ${rl.condition.text}\n`);
          for (const c of crossings.filter((x) => x.status === 'met'))
            process.stdout.write(
              `      crossed on ${c.date} (+${c.lagDays} days): ${c.evidence.text.slice(0, 110)}...\n`,
            );
        }
      } finally {
        await repo.close();
      }
      if (!opts.serve) return;
      await ensureWebBuilt();
      const { startServer } = await import('../../api/server.js');
      const server = await startServer({ db: opts.db, port: Number(opts.port) });
      process.stdout.write(`\nRedline dashboard: ${server.url}\nAPI docs: ${server.url}api/docs\n`);
      const stop = () => void server.close().finally(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

import { InvalidArgumentError, type Command } from 'commander';

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('expected a port number 0-65535');
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the REST API (/api, OpenAPI docs at /api/docs) and the dashboard (web/dist, built with ' +
        '`npm run build:web`) over a read-only store. POST /api/articles is off unless REDLINE_TOKEN is set',
    )
    .option('--db <file>', 'DuckDB store', './redline.duckdb')
    .option('--port <port>', 'port (0: any free port)', parsePort, 8080)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (opts: { db: string; port: number; host: string }) => {
      const { startServer } = await import('../../api/server.js');
      const server = await startServer({ db: opts.db, port: opts.port, host: opts.host });
      process.stdout.write(`Redline dashboard: ${server.url}\nAPI docs: ${server.url}api/docs\n`);
      const stop = () => {
        void server.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

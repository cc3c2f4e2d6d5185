import type { Command } from 'commander';
import { openStore, DEFAULT_DB } from '../../app/store.js';
import type { RedLineStatus } from '../../model/redline.js';
import { RedlineError } from '../../util/errors.js';

const STATUSES: RedLineStatus[] = ['open', 'possibly-met', 'met', 'withdrawn'];

export function registerRedlines(program: Command): void {
  program
    .command('redlines')
    .description('list red lines (conditional threats) with their status and the events that crossed them')
    .option('--db <file>', 'DuckDB database file', DEFAULT_DB)
    .option('--status <status>', `only red lines with this status (${STATUSES.join('|')})`)
    .option('--json', 'print JSON')
    .action(async (opts: { db: string; status?: string; json?: boolean }) => {
      if (opts.status && !STATUSES.includes(opts.status as RedLineStatus))
        throw new RedlineError('R500', `unknown status "${opts.status}" (${STATUSES.join('|')})`);
      const repo = await openStore(opts.db, { readOnly: true });
      try {
        const lines = await repo.listRedLines(opts.status ? { status: opts.status as RedLineStatus } : {});
        const out = [];
        for (const rl of lines) out.push({ ...rl, crossings: await repo.listCrossings(rl.id) });
        if (opts.json) {
          process.stdout.write(JSON.stringify(out, null, 2) + '\n');
          return;
        }
        if (!out.length) process.stdout.write('no red lines\n');
        for (const rl of out) {
          process.stdout.write(
            `[${rl.status.toUpperCase()}] ${rl.id}  ${rl.date}  ${rl.holder?.name ?? '?'} (${rl.holder?.code ?? '?'}) → ${rl.addressees.map((a) => a.code).join(', ') || '-'}\n` +
              `   if: ${rl.condition.text}\n   then: ${rl.response.text} (${rl.response.code})\n`,
          );
          for (const c of rl.crossings)
            process.stdout.write(
              `   ${c.status === 'met' ? 'MET' : 'possibly met'} by ${c.eventId} on ${c.date} (+${c.lagDays} days): ${c.evidence.text.slice(0, 140)}\n      why: ${c.reason}\n`,
            );
        }
      } finally {
        await repo.close();
      }
    });
}

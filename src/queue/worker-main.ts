/**
 * Minimal worker process entry (no CLI parsing library), used by benchQueue and tests:
 *   node --import tsx src/queue/worker-main.ts <postgres-url> [concurrency] [batch] [exitWhenEmpty 0|1]
 * Prints "ready" on stdout once it takes jobs; SIGTERM/SIGINT stop it gracefully.
 */
import { runWorker } from './worker.js';

const [url, conc = '1', batch = '10', exitWhenEmpty = '0'] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: worker-main.ts <postgres-url> [concurrency] [batch] [exitWhenEmpty]\n');
  process.exit(2);
}
const w = await runWorker(url, {
  concurrency: Number(conc),
  batchSize: Number(batch),
  exitWhenEmpty: exitWhenEmpty === '1',
  maintenanceIntervalSeconds: 5,
  log: (l) => process.stderr.write(l + '\n'),
});
process.stdout.write('ready\n');
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void w.stop());
const s = await w.done;
process.stdout.write(JSON.stringify(s) + '\n');

/** `redline` with the queue commands registered (src/cli/main.ts registers them once integrated). */
import { Command } from 'commander';
import { registerIngest } from '../../src/cli/commands/ingest.js';
import { registerStatus } from '../../src/cli/commands/status.js';
import { registerWorker } from '../../src/cli/commands/worker.js';
import { isRedlineError } from '../../src/util/errors.js';

const program = new Command().name('redline');
registerIngest(program);
registerWorker(program);
registerStatus(program);
program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`redline: error ${isRedlineError(e) ? e.message : String(e)}\n`);
  process.exit(2);
});

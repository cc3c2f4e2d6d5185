#!/usr/bin/env node
/** The `redline` command line: a thin layer over the programmatic API in src/. */
import { Command } from 'commander';
import { registerEval } from './commands/eval.js';
import { registerCode } from './commands/code.js';
import { registerExplain } from './commands/explain.js';
import { registerIngest } from './commands/ingest.js';
import { registerRedlines } from './commands/redlines.js';
import { registerExport } from './commands/export.js';
import { registerServe } from './commands/serve.js';
import { registerDemo } from './commands/demo.js';
import { registerWorker } from './commands/worker.js';
import { registerStatus } from './commands/status.js';
import { isRedlineError } from '../util/errors.js';

// output piped into a reader that stops early (`redline code x | head`): end quietly, like other Unix tools
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });

const program = new Command();
program
  .name('redline')
  .description(
    'Redline codes international-politics news into CAMEO/PLOVER events with evidence, modality, dates, ' +
      'quotes and red lines. Everything runs offline.',
  )
  .version('0.1.0');

registerCode(program);
registerExplain(program);
registerEval(program);
registerIngest(program);
registerRedlines(program);
registerExport(program);
registerServe(program);
registerDemo(program);
registerWorker(program);
registerStatus(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  if (isRedlineError(e)) {
    process.stderr.write(`redline: error ${e.message}\n`);
    process.exit(2);
  }
  throw e;
});

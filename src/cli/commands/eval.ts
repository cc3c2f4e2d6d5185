import type { Command } from 'commander';
import { DEFAULT_SHARED_EVAL } from '../../eval/paths.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score Redline against gold files (format of ../shared/eval/seed/gold.json): precision, recall and F1 at ' +
        'exact-code and root level, modality, date and quote-speaker accuracy, misses and false positives',
    )
    .argument('[gold...]', 'gold files or folders searched for *gold.json', [])
    .option('--json', 'print the scores as JSON')
    .option('-v, --verbose', 'list misses and false positives per file')
    .action(async (gold: string[], opts: { json?: boolean; verbose?: boolean }) => {
      const { evaluate, formatReport } = await import('../../eval/run.js');
      const paths = gold.length ? gold : [DEFAULT_SHARED_EVAL];
      const report = await evaluate(paths);
      process.stdout.write(
        opts.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, !!opts.verbose),
      );
    });
}

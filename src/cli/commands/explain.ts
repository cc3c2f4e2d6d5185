import type { Command } from 'commander';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description(
      'print each sentence with its actors, quotes, dates and events, and the rule that coded each event',
    )
    .argument('<inputs...>', 'files, folders or - (stdin)')
    .option('-p, --published <date>', 'publication date (YYYY-MM-DD) for plain text')
    .action(async (inputs: string[], opts: { published?: string }) => {
      const { readPaths } = await import('../../ingest/index.js');
      const { explainDoc } = await import('../explain.js');
      const pipeline = (await import('../../coding/pipeline.js')).createPipeline();
      let rejected = 0;
      for await (const item of readPaths(inputs, { published: opts.published })) {
        if (!item.ok) {
          rejected++;
          process.stderr.write(`redline: ${item.origin}: ${item.error.message}\n`);
          continue;
        }
        for (const w of item.warnings ?? [])
          process.stderr.write(`redline: warning ${item.origin}: ${w.message}\n`);
        process.stdout.write(explainDoc(pipeline.run(item.article)));
      }
      process.exitCode = rejected ? 1 : 0;
    });
}

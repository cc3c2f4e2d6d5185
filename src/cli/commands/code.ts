import type { Command } from 'commander';
import { formatEventRow, EVENT_TABLE_HEADER } from '../format.js';
import { normalizeDate } from '../../util/dates.js';
import { RedlineError } from '../../util/errors.js';

export function registerCode(program: Command): void {
  program
    .command('code')
    .description(
      'code articles into events and print them (JSONL: one event per line, see docs/event-format.md). ' +
        'Input: text, HTML, RSS/Atom, JSONL of articles ({id,text,published,...}), folders, or - for stdin. ' +
        'Bad inputs are reported on stderr with an error code; the others are still coded (an unusable date is ' +
        'an R109 warning: the article is coded undated). ' +
        'Exit code: 0 all coded, 1 some input rejected, 2 usage error.',
    )
    .argument('<inputs...>', 'files, folders or - (stdin)')
    .option('-f, --format <format>', 'jsonl | table', 'jsonl')
    .option('-p, --published <date>', 'publication date (YYYY-MM-DD) for plain text, which carries none')
    .action(async (inputs: string[], opts: { format: string; published?: string }) => {
      if (!['jsonl', 'table'].includes(opts.format))
        throw new RedlineError('R500', `unknown format "${opts.format}" (jsonl|table)`);
      if (opts.published && !normalizeDate(opts.published))
        throw new RedlineError('R107', `invalid --published date "${opts.published}"`);
      const { readPaths } = await import('../../ingest/index.js');
      const pipeline = (await import('../../coding/pipeline.js')).createPipeline();
      let rejected = 0;
      let articles = 0;
      let events = 0;
      if (opts.format === 'table') process.stdout.write(EVENT_TABLE_HEADER + '\n');
      for await (const item of readPaths(inputs, { published: opts.published })) {
        if (!item.ok) {
          rejected++;
          process.stderr.write(`redline: ${item.origin}: ${item.error.message}\n`);
          continue;
        }
        for (const w of item.warnings ?? [])
          process.stderr.write(`redline: warning ${item.origin}: ${w.message}\n`);
        let doc;
        try {
          doc = pipeline.run(item.article);
        } catch (e) {
          rejected++;
          process.stderr.write(`redline: ${item.origin}: ${(e as Error).message}\n`);
          continue;
        }
        articles++;
        for (const e of doc.events) {
          events++;
          process.stdout.write((opts.format === 'jsonl' ? JSON.stringify(e) : formatEventRow(e)) + '\n');
        }
      }
      process.stderr.write(
        `redline: ${articles} article(s) coded, ${events} event(s), ${rejected} rejected\n`,
      );
      process.exitCode = rejected ? 1 : 0;
    });
}

import type { Command } from 'commander';
import { openStore, DEFAULT_DB } from '../../app/store.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import type { EventFilter } from '../../store/repository.js';
import { RedlineError } from '../../util/errors.js';

/** --where "root=19,source=RUS,from=2024-01-01" -> EventFilter */
export function parseWhere(where: string | undefined): EventFilter {
  const f: Record<string, unknown> = {};
  if (!where) return f;
  for (const part of where
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-zA-Z]+)\s*=\s*(.+)$/.exec(part);
    if (!m) throw new RedlineError('R500', `bad --where item "${part}" (expected key=value)`);
    const [, k, v] = m;
    f[k] = k === 'quadClass' ? Number(v) : v;
  }
  return f as EventFilter;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'export stored events: gdelt (GDELT 2.0 event table, 61 tab-separated columns), plover (PLOVER JSON), ' +
        'parquet, jsonl or csv. Filter with --where key=value[,key=value] (keys: actor, source, target, root, ' +
        'code, quadClass, modality, from, to, text, articleId).',
    )
    .option('--db <file>', 'DuckDB database file', DEFAULT_DB)
    .requiredOption('-f, --format <format>', EXPORT_FORMATS.join('|'))
    .option('--where <filter>', 'e.g. "root=19,source=RUS,from=2024-09-01"')
    .option('-o, --out <file>', 'output file (default: stdout; required for parquet)')
    .action(async (opts: { db: string; format: string; where?: string; out?: string }) => {
      if (!EXPORT_FORMATS.includes(opts.format as ExportFormat))
        throw new RedlineError('R500', `unknown format "${opts.format}" (${EXPORT_FORMATS.join('|')})`);
      if (opts.format === 'parquet' && !opts.out) throw new RedlineError('R500', 'parquet needs --out FILE');
      const repo = await openStore(opts.db, { readOnly: true });
      try {
        const { exportEvents } = await import('../../export/index.js');
        const r = await exportEvents(repo, {
          format: opts.format as ExportFormat,
          out: opts.out ?? process.stdout,
          where: parseWhere(opts.where),
        });
        process.stderr.write(`redline: exported ${r.count} event(s)${opts.out ? ` to ${opts.out}` : ''}\n`);
      } finally {
        await repo.close();
      }
    });
}

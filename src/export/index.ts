/** Event exports: GDELT 2.0 TSV, PLOVER JSON, Parquet, JSONL, CSV. */
import type { Writable } from 'node:stream';
import type { EventFilter, EventRepository } from '../store/repository.js';
import { RedlineError } from '../util/errors.js';
import { writeCsv } from './csv.js';
import { writeGdelt } from './gdelt.js';
import { writeJsonl } from './jsonl.js';
import { writeParquet } from './parquet.js';
import { writePlover } from './plover.js';

import type { ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export interface ExportOptions {
  format: ExportFormat;
  /** a file path, or a stream (left open) */
  out: string | Writable;
  /** which events; limit/offset are ignored (every matching event is exported) */
  where?: EventFilter;
  /** PLOVER only: JSONL instead of one JSON array */
  jsonl?: boolean;
}

/** export the matching events; returns how many were written */
export async function exportEvents(repo: EventRepository, opts: ExportOptions): Promise<{ count: number }> {
  const where = opts.where ?? {};
  const events = () => repo.allEvents(where);
  switch (opts.format) {
    case 'gdelt':
      return { count: await writeGdelt(events(), opts.out) };
    case 'plover':
      return { count: await writePlover(events(), opts.out, { jsonl: opts.jsonl }) };
    case 'parquet':
      return { count: await writeParquet(repo, opts.out, where) };
    case 'jsonl':
      return { count: await writeJsonl(events(), opts.out) };
    case 'csv':
      return { count: await writeCsv(events(), opts.out) };
    default:
      throw new RedlineError(
        'R400',
        `unknown export format: ${String((opts as { format: unknown }).format)}`,
      );
  }
}

export { GDELT_COLUMNS, gdeltFields, globalEventId } from './gdelt.js';
export { ploverRecord, AUX_MODE, type PloverRecord } from './plover.js';
export { FLAT_COLUMNS, flatRow } from './flat.js';
export { csvField } from './csv.js';

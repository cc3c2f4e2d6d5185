/** Flat CSV (RFC 4180): header row, fields quoted when they contain a comma, quote or line break. */
import type { Writable } from 'node:stream';
import type { StoredEvent } from '../store/repository.js';
import { FLAT_COLUMNS, flatRow, type FlatValue } from './flat.js';
import { openSink } from './write.js';

export function csvField(v: FlatValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly FlatValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export async function writeCsv(events: AsyncIterable<StoredEvent>, out: string | Writable): Promise<number> {
  const sink = openSink(out);
  await sink.write(csvLine(FLAT_COLUMNS));
  let n = 0;
  for await (const e of events) {
    const row = flatRow(e);
    await sink.write(csvLine(FLAT_COLUMNS.map((c) => row[c] ?? null)));
    n++;
  }
  await sink.end();
  return n;
}

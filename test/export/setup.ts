/** Shared setup for export tests: a temp store with the sample batch plus a tricky-text article. */
import { PassThrough } from 'node:stream';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { actor, article, item, makeEvent, sampleBatch, tempDir } from '../helpers/events.js';

export const TRICKY = 'He said, "no\ttabs,\nor lines" — ok';

export async function exportStore() {
  const tmp = tempDir();
  const store = new DuckDbStore(tmp.file('x.duckdb'));
  const a6 = article('a6', { text: 'tricky', url: 'https://x.example/a?b=1,2', outlet: 'other' });
  await store.saveBatch([
    ...sampleBatch(),
    item(a6, [
      makeEvent('a6', 0, {
        evidence: { start: 0, end: 5, text: TRICKY },
        source: actor('IRNGOV', { name: 'Iran\tgov' }),
        target: null,
      }),
    ]),
  ]);
  await store.saveEventClusters([
    { eventId: 'a1:0', clusterId: 'k' },
    { eventId: 'a3:0', clusterId: 'k' },
  ]);
  return { tmp, store };
}

/** collect everything written to a stream */
export function collector(): { stream: PassThrough; text: () => string; buffer: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8'), buffer: () => Buffer.concat(chunks) };
}

/** minimal RFC 4180 parser for the tests */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
      i++;
    } else f += c;
  }
  if (f || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows;
}

/** JSONL: one StoredEvent (the public CodedEvent plus dedup counts and article metadata) per line. */
import type { Writable } from 'node:stream';
import type { StoredEvent } from '../store/repository.js';
import { openSink } from './write.js';

export async function writeJsonl(
  events: AsyncIterable<StoredEvent>,
  out: string | Writable,
): Promise<number> {
  const sink = openSink(out);
  let n = 0;
  for await (const e of events) {
    await sink.write(`${JSON.stringify(e)}\n`);
    n++;
  }
  await sink.end();
  return n;
}

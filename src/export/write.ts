/** Output helpers shared by the exporters: a path or a Writable, with backpressure. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { RedlineError } from '../util/errors.js';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** finish the output (closes files; leaves a caller's Writable open) */
  end(): Promise<void>;
}

export function openSink(out: string | Writable): Sink {
  const owned = typeof out === 'string';
  const stream: Writable = owned ? createWriteStream(out, { encoding: 'utf8' }) : out;
  let failure: Error | null = null;
  const onError = (e: Error) => {
    failure = e;
  };
  stream.on('error', onError);
  const check = () => {
    if (failure)
      throw new RedlineError('R400', `cannot write export: ${failure.message}`, owned ? out : null);
  };
  return {
    async write(chunk) {
      check();
      if (!stream.write(chunk)) {
        await Promise.race([once(stream, 'drain'), once(stream, 'error')]).catch(() => undefined);
      }
      check();
    },
    async end() {
      check();
      if (owned) {
        stream.end();
        await once(stream, 'finish').catch(() => undefined);
        await once(stream, 'close').catch(() => undefined);
      }
      stream.off('error', onError);
      check();
    },
  };
}

/** replace tabs and line breaks (field and row separators in TSV) with a space */
export function oneLine(s: string | null | undefined): string {
  return s == null ? '' : s.replace(/[\t\r\n]+/g, ' ');
}

import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { isRedlineError, RedlineError } from '../util/errors.js';
import { detectByName, sniffContent, type InputFormat } from './detect.js';
import { feedToItems } from './feed.js';
import { htmlToArticle } from './html.js';
import { jsonToItems } from './json.js';
import { readJsonlChunks, readJsonlFile } from './jsonl.js';
import { textToArticle } from './text.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type ReadOptions } from './types.js';
import { checkFileSize, decodeText } from './validate.js';
import { walkFiles } from './walk.js';

export interface ReadPathsOptions extends ReadOptions {
  /** what `-` reads (default process.stdin); for tests and embedding */
  stdin?: AsyncIterable<Uint8Array>;
}

function errorItem(e: unknown, origin: string): IngestItem {
  const error = isRedlineError(e)
    ? e
    : new RedlineError('R106', `cannot read: ${(e as Error).message}`, origin);
  return { ok: false, error, origin };
}

async function* once(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  yield chunk;
}

/** Decoded whole-file content → items, by format (the format of unknown names is sniffed). */
async function* fromContent(
  bytes: Uint8Array,
  origin: string,
  format: InputFormat | null,
  opts: ReadOptions,
): AsyncGenerator<IngestItem> {
  const text = decodeText(bytes, origin);
  const fmt = format ?? sniffContent(text);
  switch (fmt) {
    case 'text':
      yield { ok: true, article: textToArticle(text, { published: opts.published, where: origin }), origin };
      return;
    case 'html':
      yield { ok: true, article: htmlToArticle(text, { where: origin }), origin };
      return;
    case 'feed':
      yield* feedToItems(text, origin);
      return;
    case 'json':
      yield* jsonToItems(text, origin);
      return;
    case 'jsonl':
      yield* readJsonlChunks(once(bytes), origin, opts);
      return;
  }
}

/** One file → items. JSONL is streamed; other formats are size-checked (R103) before being read whole. */
export async function* readOneFile(path: string, opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  try {
    const byName = detectByName(path);
    if (byName?.format === 'jsonl') {
      yield* readJsonlFile(path, { gzip: byName.gzip, maxLineBytes: opts.maxLineBytes });
      return;
    }
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    await checkFileSize(path, maxBytes);
    let bytes: Uint8Array = await readFile(path);
    if (byName?.gzip) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
      } catch (e) {
        const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        throw tooBig
          ? new RedlineError('R103', `decompressed input larger than ${maxBytes} bytes`, path)
          : new RedlineError('R106', `cannot read gzip file: ${(e as Error).message}`, path);
      }
    }
    yield* fromContent(bytes, path, byName?.format ?? null, opts);
  } catch (e) {
    yield errorItem(e, path);
  }
}

/**
 * Standard input: JSONL is detected from the first line (a one-line JSON object) and streamed; anything
 * else is read whole (up to maxBytes, else R103) and sniffed like a file of unknown type. Origin `-`.
 */
async function* readStdin(source: AsyncIterable<Uint8Array>, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const origin = '-';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const it = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  let newline = false;
  const pull = async (): Promise<boolean> => {
    const r = await it.next();
    if (r.done) return ((done = true), false);
    const chunk = Buffer.from(r.value);
    head.push(chunk);
    size += chunk.length;
    if (chunk.indexOf(0x0a) !== -1) newline = true;
    return true;
  };
  const rest = async function* (): AsyncGenerator<Uint8Array> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  try {
    // read until the first line is complete (or the input ends) to decide
    while (!done && !newline && size <= maxBytes) await pull();
    const firstLine = Buffer.concat(head)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\n', 1)[0];
    if (sniffContent(firstLine) === 'jsonl') {
      yield* readJsonlChunks(rest(), origin, opts);
      return;
    }
    while (!done && size <= maxBytes) await pull();
    if (size > maxBytes)
      throw new RedlineError('R103', `standard input larger than ${maxBytes} bytes`, origin);
    yield* fromContent(Buffer.concat(head), origin, null, opts);
  } catch (e) {
    yield errorItem(e, origin);
  }
}

/**
 * Read articles from files, directories (walked in sorted order, skipping hidden files and node_modules;
 * recursively unless `recursive: false`) and `-` (stdin). Every problem becomes an `{ ok: false }` item
 * with a RedlineError (missing path → R106) and reading goes on; the generator does not throw on bad input.
 */
export async function* readPaths(paths: string[], opts: ReadPathsOptions = {}): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, opts);
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      yield errorItem(new RedlineError('R106', `unreadable path (${code})`, p), p);
      continue;
    }
    if (st.isDirectory()) {
      for await (const entry of walkFiles(p, opts.recursive ?? true)) {
        if ('path' in entry) yield* readOneFile(entry.path, opts);
        else yield { ok: false, error: entry.error, origin: entry.origin };
      }
    } else if (st.isFile()) {
      yield* readOneFile(p, opts);
    } else {
      yield errorItem(new RedlineError('R106', 'not a regular file or directory', p), p);
    }
  }
}

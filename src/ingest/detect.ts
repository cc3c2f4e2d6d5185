import { basename, extname } from 'node:path';

export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl' | 'json';

export interface Detected {
  format: InputFormat;
  /** gzip-compressed (decompress before reading) */
  gzip: boolean;
}

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

/**
 * Format from the file name alone, or null when the extension says nothing (content sniffing needed).
 * `.gz` files are gzip-compressed JSONL (`x.jsonl.gz`, `x.ndjson.gz`, or a bare `x.gz`).
 */
export function detectByName(path: string): Detected | null {
  const name = basename(path).toLowerCase();
  const ext = extname(name);
  if (ext === '.gz') {
    const inner = extname(name.slice(0, -3));
    return { format: inner === '.json' ? 'json' : 'jsonl', gzip: true };
  }
  const format = BY_EXTENSION[ext];
  return format ? { format, gzip: false } : null;
}

/** True when the first bytes are the gzip magic number. */
export function isGzipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Format from the (decoded) start of the content; defaults to text. */
export function sniffContent(head: string): InputFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  const lower = s.slice(0, 2048).toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(lower)) return 'html';
  if (lower.startsWith('<')) {
    if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(lower)) return 'feed';
    if (/<html[\s>]|<body[\s>]|<!doctype html/.test(lower)) return 'html';
    return 'text';
  }
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) {
    const firstLine = s.split('\n', 1)[0].trim();
    try {
      const v: unknown = JSON.parse(firstLine);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) return 'jsonl';
    } catch {
      // not a one-line object: a pretty-printed JSON document
    }
    return 'json';
  }
  return 'text';
}

/** Format of a file: by extension, else by sniffing the content head. */
export function detectFormat(path: string, head?: string): Detected {
  const byName = detectByName(path);
  if (byName) return byName;
  return { format: head === undefined ? 'text' : sniffContent(head), gzip: false };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestItem } from '../../src/ingest/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ingest');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export async function collect(gen: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

export function articles(items: IngestItem[]) {
  return items.flatMap((i) => (i.ok ? [i.article] : []));
}

export function errors(items: IngestItem[]) {
  return items.flatMap((i) => (i.ok ? [] : [{ code: i.error.code, origin: i.origin }]));
}

/** A fresh temp directory and its cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'redline-ingest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

import { describe, it, expect, afterEach } from 'vitest';
import { writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { watchDirectory, type DirectoryWatcher, type IngestItem } from '../../src/ingest/index.js';
import { tempDir } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(20);
  }
}

describe('watchDirectory', () => {
  let watcher: DirectoryWatcher | null = null;
  let cleanup: (() => void) | null = null;
  afterEach(async () => {
    await watcher?.close();
    cleanup?.();
  });

  it('picks up a new file exactly once', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const seen: IngestItem[] = [];
    watcher = watchDirectory(tmp.dir, (item) => void seen.push(item), { intervalMs: 50 });
    await sleep(120);
    expect(seen).toEqual([]);
    writeFileSync(join(tmp.dir, 'new.txt'), 'Border talks resumed on Friday.');
    await until(() => seen.length > 0);
    await sleep(400); // many more polls and fs events: nothing new
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ ok: true, origin: join(tmp.dir, 'new.txt') });
    expect(seen[0].ok && seen[0].article.text).toBe('Border talks resumed on Friday.');
  });

  it('reads existing files, new files in subdirectories, changed files again, and skips hidden ones', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    writeFileSync(join(tmp.dir, 'old.jsonl'), '{"text":"one"}\n{"text":"two"}\n');
    const origins: string[] = [];
    watcher = watchDirectory(tmp.dir, (item) => void origins.push(item.origin), { intervalMs: 50 });
    await until(() => origins.length === 2);
    mkdirSync(join(tmp.dir, 'sub'));
    writeFileSync(join(tmp.dir, 'sub', 'later.txt'), 'Later article.');
    writeFileSync(join(tmp.dir, '.partial.txt'), 'being written');
    await until(() => origins.length === 3);
    expect(origins[2]).toBe(join(tmp.dir, 'sub', 'later.txt'));
    await sleep(60);
    writeFileSync(join(tmp.dir, 'sub', 'later.txt'), 'Later article, revised and longer.');
    await until(() => origins.length === 4);
    await sleep(300);
    expect(origins).toHaveLength(4);
  });

  it('ignoreExisting skips what is there at start; a file moved in is read', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    writeFileSync(join(tmp.dir, 'before.txt'), 'Already here.');
    const outside = tempDir();
    const origins: string[] = [];
    watcher = watchDirectory(tmp.dir, (item) => void origins.push(item.origin), {
      intervalMs: 50,
      ignoreExisting: true,
    });
    await sleep(200);
    expect(origins).toEqual([]);
    writeFileSync(join(outside.dir, 'moved.txt'), 'Moved in.');
    renameSync(join(outside.dir, 'moved.txt'), join(tmp.dir, 'moved.txt'));
    await until(() => origins.length === 1);
    outside.cleanup();
    expect(origins).toEqual([join(tmp.dir, 'moved.txt')]);
  });

  it('close() stops emitting', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const origins: string[] = [];
    const w = watchDirectory(tmp.dir, (item) => void origins.push(item.origin), { intervalMs: 30 });
    await w.close();
    writeFileSync(join(tmp.dir, 'after.txt'), 'After close.');
    await sleep(200);
    expect(origins).toEqual([]);
  });
});

import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readOneFile } from './read.js';
import type { IngestItem, ReadOptions } from './types.js';
import { walkFiles } from './walk.js';

export interface WatchOptions extends ReadOptions {
  /** rescan period in ms (default 1000); a file is read once its size and mtime held for this long */
  intervalMs?: number;
  /** do not emit files already present when watching starts (default false: they are read too) */
  ignoreExisting?: boolean;
  /** called when `onItem` throws or rejects (default: message to stderr) */
  onError?: (error: unknown) => void;
}

export interface DirectoryWatcher {
  /** stop watching; resolves once a scan in progress has finished */
  close(): Promise<void>;
}

interface Observation {
  size: number;
  mtimeMs: number;
  /** when this size/mtime was first observed */
  since: number;
}

/**
 * Watch `dir` for new or changed files and read each (via the readers of readPaths) once it is stable:
 * same size and mtime across two scans at least `intervalMs` apart. fs.watch triggers early scans; a
 * periodic rescan catches whatever it misses. A file version (path + mtime + size) is emitted only once.
 */
export function watchDirectory(
  dir: string,
  onItem: (item: IngestItem) => void | Promise<void>,
  opts: WatchOptions = {},
): DirectoryWatcher {
  const intervalMs = opts.intervalMs ?? 1000;
  const recursive = opts.recursive ?? true;
  const onError = opts.onError ?? ((e: unknown) => process.stderr.write(`watch: ${String(e)}\n`));
  const processed = new Set<string>();
  const pending = new Map<string, Observation>();
  const reportedErrors = new Set<string>();
  let closed = false;
  let running: Promise<void> | null = null;
  let again = false;
  let initial = opts.ignoreExisting ?? false;

  const emit = async (item: IngestItem): Promise<void> => {
    try {
      await onItem(item);
    } catch (e) {
      onError(e);
    }
  };

  const scanOnce = async (): Promise<void> => {
    const present = new Set<string>();
    for await (const entry of walkFiles(dir, recursive)) {
      if (closed) return;
      if (!('path' in entry)) {
        const key = `${entry.origin}|${entry.error.message}`;
        if (!reportedErrors.has(key)) {
          reportedErrors.add(key);
          await emit({ ok: false, error: entry.error, origin: entry.origin });
        }
        continue;
      }
      const path = entry.path;
      present.add(path);
      let st;
      try {
        st = await stat(path);
      } catch {
        continue; // vanished between listing and stat
      }
      const key = `${path}|${st.mtimeMs}|${st.size}`;
      if (processed.has(key)) continue;
      if (initial) {
        processed.add(key);
        continue;
      }
      const now = Date.now();
      const prev = pending.get(path);
      if (!prev || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) {
        pending.set(path, { size: st.size, mtimeMs: st.mtimeMs, since: now });
        continue;
      }
      if (now - prev.since < intervalMs * 0.9) continue;
      processed.add(key);
      pending.delete(path);
      for await (const item of readOneFile(path, opts)) {
        await emit(item);
      }
    }
    initial = false;
    for (const path of pending.keys()) if (!present.has(path)) pending.delete(path);
  };

  const scan = (): Promise<void> => {
    if (closed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await scanOnce();
        } catch (e) {
          onError(e);
        }
      } while (again && !closed);
      running = null;
    })();
    return running;
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { recursive, persistent: false }, () => void scan());
    watcher.on('error', () => {
      watcher?.close();
      watcher = null; // polling alone goes on
    });
  } catch {
    watcher = null;
  }
  const timer = setInterval(() => void scan(), intervalMs);
  void scan();

  return {
    async close(): Promise<void> {
      closed = true;
      clearInterval(timer);
      watcher?.close();
      watcher = null;
      if (running) await running;
    },
  };
}

import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RedlineError } from '../util/errors.js';

export type WalkEntry = { path: string } | { error: RedlineError; origin: string };

/** Hidden files/directories and node_modules are never read. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Files a folder walk reads: the article formats. Documentation and data next to articles (README.md,
 * *.yaml, images) are left alone; a file named explicitly on the command line is read whatever its name.
 */
export const ARTICLE_FILE = /\.(txt|text|html?|xml|rss|atom|jsonl|ndjson|json|gz)$/i;

function unreadable(path: string, e: unknown): WalkEntry {
  const msg = `unreadable path: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  return { error: new RedlineError('R106', msg, path), origin: path };
}

/**
 * Files under `dir` in sorted (code-point) order, depth-first; subdirectories only when `recursive`.
 * Symlinks are followed, but each real directory is visited once (no loops). Unreadable entries → R106.
 */
export async function* walkFiles(
  dir: string,
  recursive = true,
  seen = new Set<string>(),
): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !isSkippedName(n)).sort();
  } catch (e) {
    yield unreadable(dir, e);
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      yield unreadable(path, e);
      continue;
    }
    if (st.isDirectory()) {
      if (recursive) yield* walkFiles(path, recursive, seen);
    } else if (st.isFile() && ARTICLE_FILE.test(name)) {
      yield { path };
    }
  }
}

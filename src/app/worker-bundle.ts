/**
 * The coding worker (parallel-worker.ts and what it imports) as one plain-JS ES module, built with esbuild
 * once per process and kept under node_modules/.cache/redline by content hash. A worker that registered tsx
 * instead gets its own loader-hooks thread and transpiles every module again: measured with 2 idle workers,
 * 310 MB RSS and 15 threads with tsx, 232 MB and 13 threads with the bundle. Packages stay external (resolved
 * from node_modules as usual). Data files are found through src/util/root.ts, whose import.meta.url the
 * bundle keeps by definition (no other module of the worker reads import.meta; a test checks the bundle
 * codes what the pipeline in process codes). Any failure to build or write it returns null and the pool
 * falls back to tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../util/root.js';

const ENTRY = join(ROOT, 'src', 'app', 'parallel-worker.ts');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'redline');

let built: Promise<URL | null> | null = null;

/** the bundle's file URL, or null when it cannot be built here */
export function workerBundle(): Promise<URL | null> {
  built ??= buildBundle().catch(() => null);
  return built;
}

async function buildBundle(): Promise<URL> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'src', 'util', 'root.ts')).href) },
  });
  const code = out.outputFiles[0].contents;
  const hash = createHash('sha1').update(code).digest('hex').slice(0, 12);
  const file = join(CACHE_DIR, `parallel-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    // write-then-rename: processes building the same bundle at once never see half a file
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  return pathToFileURL(file);
}

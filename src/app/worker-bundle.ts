/**
 * The coding worker (parallel-worker.ts and what it imports) as plain-JS ES modules (bin/bundle.js: built with
 * esbuild, cached under node_modules/.cache/redline until a source file changes). A worker that registered tsx
 * instead gets its own loader-hooks thread and transpiles every module again: measured with 2 idle workers,
 * 310 MB RSS and 15 threads with tsx, 232 MB and 13 threads with the bundle. Packages stay external (resolved
 * from node_modules as usual). Data files are found through src/util/root.ts, whose import.meta.url the
 * bundle keeps by definition (no other module of the worker reads import.meta; a test checks the bundle
 * codes what the pipeline in process codes). Any failure to build or write it returns null and the pool
 * falls back to tsx.
 */
import { bundle } from '../../bin/bundle.js';
import { ROOT } from '../util/root.js';

let built: Promise<URL | null> | null = null;

/** the bundle's file URL, or null when it cannot be built here */
export function workerBundle(): Promise<URL | null> {
  built ??= bundle(ROOT, 'src/app/parallel-worker.ts', 'parallel-worker').catch(() => null);
  return built;
}

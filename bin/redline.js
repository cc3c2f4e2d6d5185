#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-old-space-size=1024 --max-inlined-bytecode-size-cumulative=300
// The old-space cap is not about running out: with V8's default (a quarter of RAM) the heap grows lazily to
// ~350 MB during a long ingest although ~100 MB is live; a 1 GB cap makes V8 collect sooner and keeps a
// streaming ingest near 400 MB RSS at no measurable cost (docs/decisions.md). A smaller inlining budget for V8's
// optimising compiler (300 bytes of bytecode, V8's default 920) cuts the CPU V8 spends recompiling the coder's large
// functions: ~7% less CPU and wall time with 2 workers on a 2-core machine, same speed in one thread (docs/decisions.md,
// ninth session). MALLOC_ARENA_MAX=2 limits glibc to two malloc arenas: with DuckDB's, libuv's and the workers'
// threads each taking an arena of its own, freed memory stayed scattered over many (~30-40 MB less RSS on a long
// ingest, no measurable speed change; tenth session). npm scripts pass the same flags and variable.
// Launcher: runs the CLI from a plain-JS bundle of src/ (bin/bundle.js: built with esbuild on the first start
// after a source change, then cached), in this process, so signals such as SIGINT/SIGKILL reach the process that
// holds the database. When the bundle cannot be built (no esbuild, a read-only node_modules) or REDLINE_TSX=1,
// it registers tsx and runs the TypeScript directly.
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { bundle } from './bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry =
  process.env.REDLINE_TSX === '1' ? null : await bundle(root, 'src/cli/main.ts', 'cli').catch(() => null);
if (entry) await import(entry.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

/** Command-line options of the throughput benchmark (bench/run.ts) and the constants derived from them. */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** the repository root */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
export const flag = (name: string) => process.argv.includes(`--${name}`);

export const FULL = flag('full');
export const N = Math.max(1, Number(arg('n') ?? 20000));
export const CORES = os.cpus().length;
export const WORKERS = (arg('workers') ?? `1,${CORES}`)
  .split(',')
  .map((s) => Math.max(1, Math.floor(Number(s))))
  .filter((w, i, a) => Number.isFinite(w) && a.indexOf(w) === i);
export const SCALE_N = Math.max(1, Number(arg('scale-n') ?? (FULL ? N : Math.min(N, 10000))));
export const CORPUS = path.resolve(ROOT, arg('corpus') ?? '../shared/corpora/world-news.jsonl.gz');
export const LONG = path.resolve(ROOT, arg('long') ?? '../shared/corpora/long-articles.jsonl.gz');
export const LONG_N = Math.max(1, Number(arg('long-n') ?? 200));
export const ANALYZE = !flag('no-analyze');
export const WRITE = !flag('no-write');
export const RESULTS = path.join(ROOT, 'bench/RESULTS.md');
/** the production defaults: articles per store transaction, and per coding window (see src/app/batching.ts) */
export { DEFAULT_BATCH as BATCH, CODING_WINDOW } from '../../src/app/batching.js';
/** articles for the bare-wink parallel calibration (section 4) */
export const WINK_CAL_N = Math.max(1, Number(arg('wink-cal-n') ?? 2000));
export const WARM_N = Math.max(0, Number(arg('warm-n') ?? 1000));
export const CHECKPOINTS = [1000, 5000, 10000, 20000];
export const REPEAT_TARGET = 100000;

export const TARGET = {
  sentencesPerCore: 10000,
  scaling: 1.8,
  winkRatio: 0.5,
  rssMb: 500,
  latencyMs: 200,
};

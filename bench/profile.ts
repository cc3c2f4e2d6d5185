/**
 * Summarise a V8 .cpuprofile: self time per function, overall and for Redline's own code (src/).
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/redline-prof --import tsx bench/run.ts --n 5000 --workers 1 --no-write
 *   npx tsx bench/profile.ts /tmp/redline-prof [--top 25] [--write]
 *
 * Takes a .cpuprofile file or a directory (the largest profile in it: the main thread's). Self time is
 * the sample count of a node's own frame; "inclusive in src/" adds the time of everything it calls
 * (wink-nlp, regexes, DuckDB bindings), counted once per sample per function. With --write, the tables
 * replace the profile block of bench/RESULTS.md (between the profile markers); the hand-written
 * hotspot notes outside the markers are kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './lib/output.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const target = argv.find((a) => !a.startsWith('--')) ?? '/tmp/redline-prof';
const topI = argv.indexOf('--top');
const TOP = topI >= 0 ? Number(argv[topI + 1]) : 25;

function pickFile(p: string): string {
  if (!statSync(p).isDirectory()) return p;
  const files = readdirSync(p)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(p, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files.length) throw new Error(`no .cpuprofile in ${p}`);
  return files[0];
}

const file = pickFile(target);
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const rel = (url: string) => {
  const p = url.startsWith('file://') ? fileURLToPath(url) : url;
  return p.startsWith(ROOT) ? path.relative(ROOT, p) : p.replace(/^.*node_modules\//, 'node_modules/');
};
// tsx-compiled frames report line 0, so functions are keyed by file and name only
const keyOf = (cf: CallFrame) => `${rel(cf.url) || '(native)'}:${cf.functionName || '(anonymous)'}`;
const own = (cf: CallFrame) => rel(cf.url).startsWith('src/');

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
/** self time attributed to the nearest src/ frame on the stack (library time charged to its caller) */
const charged = new Map<string, number>();
let total = 0;
let idle = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  const leaf = byId.get(prof.samples[i]);
  if (!leaf) continue;
  total += dt;
  const k = keyOf(leaf.callFrame);
  if (k === '(native):(idle)') idle += dt;
  self.set(k, (self.get(k) ?? 0) + dt);
  const seen = new Set<string>();
  let chargedTo: string | null = null;
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const cf = byId.get(id)?.callFrame;
    if (!cf || !own(cf)) continue;
    const kk = keyOf(cf);
    chargedTo ??= kk;
    if (seen.has(kk)) continue;
    seen.add(kk);
    inclusive.set(kk, (inclusive.get(kk) ?? 0) + dt);
  }
  if (chargedTo) charged.set(chargedTo, (charged.get(chargedTo) ?? 0) + dt);
}

const lines: string[] = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};
const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`;
const pctBusy = (x: number) => `${((100 * x) / (total - idle)).toFixed(1)}%`;
function tbl(title: string, m: Map<string, number>, filter: (k: string) => boolean = () => true): void {
  out(`#### ${title}`);
  out();
  out('| function | ms | share of all samples | share of busy (non-idle) samples |');
  out('| --- | ---: | ---: | ---: |');
  for (const [k, v] of [...m]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    out(`| \`${k}\` | ${(v / 1000).toFixed(0)} | ${pct(v)} | ${pctBusy(v)} |`);
  out();
}

out(
  `profile: ${path.basename(file)}, ${(total / 1e6).toFixed(1)} s sampled, ${pct(idle)} idle (the main thread waiting, mostly on DuckDB queries running in its own threads)`,
);
out();
tbl('Top self time, everything', self);
tbl("Top self time in Redline's own code (src/)", self, (k) => k.startsWith('src/'));
tbl(
  'Self time charged to the nearest src/ frame (library and regex time counted against its Redline caller)',
  charged,
);
tbl('Inclusive time of src/ functions', inclusive);

if (argv.includes('--write')) {
  const results = path.join(ROOT, 'bench/RESULTS.md');
  writeSection(results, 'profile', 'bench/profile.ts', lines.join('\n'), '## Profile\n\n');
  console.log(`wrote ${path.relative(ROOT, results)}`);
}

/**
 * `npm run bench:memory`: does memory stay flat while a large JSONL input streams through `redline ingest`?
 *
 * Builds a synthetic input of --gb gigabytes (default 1) in a temp folder from the real corpus
 * (../shared/corpora/world-news.jsonl.gz; the bundled samples when it is absent, and the output says so): pass
 * 1 is the corpus as it is, each later pass repeats it with a new id and a "[copy n]" paragraph, so every article
 * is new to the store (content hash) while the vocabulary stays that of real news. Then runs the real CLI,
 * `bin/redline.js ingest` (its shebang's node flags and environment included), as a child process with
 * --workers (default 1), and samples the child's resident memory (VmRSS in /proc) every 250 ms against the
 * articles its progress lines report. Prints RSS at each tenth of the input, the peak while streaming and during
 * the analysis that follows (dedup clusters, red lines), and writes them to bench/RESULTS.md between the memory
 * markers. A 1 GB run takes ~20 minutes on the 2-core machine of bench/RESULTS.md.
 *
 *   npm run bench:memory -- [--gb 1] [--workers 1] [--keep] [--no-write]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { arg, flag, ROOT, RESULTS, CORPUS } from './lib/options.js';
import { both, fmt, md, say, table, writeSection } from './lib/output.js';

const GB = Math.max(0.001, Number(arg('gb') ?? 1));
const WORKERS = Math.max(1, Math.floor(Number(arg('workers') ?? 1)));
const TARGET_BYTES = Math.round(GB * 1e9);

/** the source records, one JSON object each */
async function sourceLines(): Promise<{ lines: string[]; note: string | null }> {
  if (existsSync(CORPUS)) {
    const rl = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
    const lines: string[] = [];
    for await (const l of rl) if (l.trim()) lines.push(l);
    return { lines, note: null };
  }
  const f = path.join(ROOT, 'samples', 'articles.jsonl');
  const lines = readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return {
    lines,
    note: `corpus ${CORPUS} not found: the bundled ${path.relative(ROOT, f)} repeated instead`,
  };
}

/** write passes of the source until the file holds TARGET_BYTES; returns articles and bytes written */
async function buildInput(
  file: string,
  lines: string[],
): Promise<{ articles: number; bytes: number; passes: number }> {
  const out = createWriteStream(file);
  let bytes = 0;
  let articles = 0;
  let pass = 0;
  for (; bytes < TARGET_BYTES; pass++) {
    for (const l of lines) {
      let row = l;
      if (pass > 0) {
        const o = JSON.parse(l) as Record<string, unknown>;
        o.id = `${String(o.id ?? 'a')}~r${pass}`;
        o.text = `${String(o.text)}\n\n[copy ${pass + 1}]`;
        row = JSON.stringify(o);
      }
      const chunk = row + '\n';
      bytes += Buffer.byteLength(chunk);
      articles++;
      if (!out.write(chunk)) await once(out, 'drain');
      if (bytes >= TARGET_BYTES) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return { articles, bytes, passes: pass };
}

function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Sample {
  ms: number;
  articles: number;
  rss: number;
  streaming: boolean;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redline-memory-'));
  const input = path.join(dir, 'input.jsonl');
  const db = path.join(dir, 'store.duckdb');
  try {
    const { lines, note } = await sourceLines();
    say(`building ${GB} GB of JSONL in ${dir} ...`);
    const built = await buildInput(input, lines);
    const cli = path.join(ROOT, 'bin', 'redline.js');
    const shebang = readFileSync(cli, 'utf8').split('\n')[0];
    const args = ['ingest', input, '--db', db, '--workers', String(WORKERS)];
    say(`running ${path.relative(ROOT, cli)} ${args.join(' ')} ...`);
    const t0 = performance.now();
    // executed through its shebang, as a user runs it
    const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let articles = 0;
    let streaming = true;
    let summary = '';
    const samples: Sample[] = [];
    /** the child's last stderr lines other than progress, shown when it fails */
    const errors: string[] = [];
    createInterface({ input: child.stderr }).on('line', (l) => {
      if (!/^ingested [\d,]+ articles/.test(l) && errors.push(l) > 20) errors.shift();
      // "ingested 6,453 articles, 1,267 events, 20 already stored, 0 rejected, 645 articles/s"
      const num = (re: RegExp) => Number(re.exec(l)?.[1]?.replace(/,/g, '') ?? 0);
      if (/^ingested [\d,]+ articles/.test(l)) {
        articles = num(/ingested ([\d,]+) articles/);
        const read = articles + num(/([\d,]+) already stored/) + num(/([\d,]+) rejected/);
        // the stream is read: what follows is the analysis
        if (read >= built.articles) streaming = false;
      }
      if (/ingested \(/.test(l)) summary = l.trim();
    });
    createInterface({ input: child.stdout }).on('line', (l) => {
      if (/ingested \(/.test(l)) summary = l.trim();
    });
    const timer = setInterval(() => {
      const rss = rssOf(child.pid!);
      if (rss !== null) samples.push({ ms: performance.now() - t0, articles, rss, streaming });
    }, 250);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearInterval(timer);
    const secs = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`redline ingest exited with ${code}:\n${errors.join('\n')}`);

    md.push(
      `## 1 GB streaming memory: run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
    );
    both(
      `- command: \`npm run bench:memory -- --gb ${GB} --workers ${WORKERS}\`; the CLI ran as \`${shebang.slice(2)}\``,
    );
    both(
      `- machine: ${os.cpus()[0]?.model.split(' ')[0] ?? 'cpu'}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GB RAM, node ${process.version}`,
    );
    both(
      `- input: ${fmt(built.bytes / 1e9, 2)} GB of JSONL, ${fmt(built.articles)} articles (${built.passes} passes over ${note ?? path.relative(ROOT, CORPUS)}, later passes with new ids and a "[copy n]" paragraph, so every article is new to the store)`,
    );
    both(
      `- result: ${summary || 'no summary line'}; ${fmt(secs, 0)} s, ${fmt(built.articles / secs, 0)} articles/s`,
    );
    both('');
    const rows: (string | number)[][] = [];
    const stream = samples.filter((s) => s.streaming);
    for (let k = 1; k <= 10; k++) {
      const upto = (built.articles * k) / 10;
      const seg = stream.filter((s) => s.articles <= upto && s.articles > (built.articles * (k - 1)) / 10);
      if (!seg.length) continue;
      rows.push([
        `${k * 10}%`,
        fmt(upto),
        fmt(Math.max(...seg.map((s) => s.rss)), 0),
        fmt(seg[seg.length - 1].rss, 0),
      ]);
    }
    table(['input read', 'articles', 'peak RSS MB in the tenth', 'RSS MB at its end'], rows);
    const peak = (xs: Sample[]) => (xs.length ? Math.max(...xs.map((s) => s.rss)) : NaN);
    both(
      `peak RSS while streaming: ${fmt(peak(stream), 0)} MB; during the analysis after it: ${fmt(peak(samples.filter((s) => !s.streaming)), 0)} MB (target: ~500 MB)`,
    );
    both('');
    if (!flag('no-write')) {
      writeSection(RESULTS, 'memory', 'bench/memory.ts', md.join('\n'));
      say(`written to ${path.relative(ROOT, RESULTS)}`);
    }
  } finally {
    if (flag('keep')) say(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();

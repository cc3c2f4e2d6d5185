/** Output helpers: console printing, the markdown buffer for RESULTS.md, number formats, tables, RSS and CPU. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const md: string[] = [];
export const say = (s = '') => console.log(s);
/** print and record for RESULTS.md */
export const both = (s = '') => {
  say(s);
  md.push(s);
};
export const fmt = (x: number, d = 0) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
    : 'n/a';
export const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
export const mb = (bytes: number) => bytes / 1024 / 1024;

export function table(head: string[], rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  say(line(head));
  for (const r of cells) say(line(r));
  md.push(`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of cells) md.push(`| ${r.join(' | ')} |`);
  md.push('');
}

/** samples RSS every 100 ms; `peak()` is the highest seen since start (plus the current value) */
export function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}

/** CPU milliseconds (user + system, all threads) since `from` */
export function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/**
 * Put `body` between the `<!-- name:start … -->` and `<!-- name:end -->` markers of a results file, keeping the
 * rest of the file; when the markers are absent the section is appended (under `heading`, if given).
 */
export function writeSection(file: string, name: string, by: string, body: string, heading = ''): void {
  const start = `<!-- ${name}:start (written by ${by}; edits here are overwritten) -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Redline throughput benchmark\n';
  const a = old.indexOf(`<!-- ${name}:start`);
  const b = old.indexOf(end);
  writeFileSync(
    file,
    a >= 0 && b > a
      ? old.slice(0, a) + block + old.slice(b + end.length)
      : `${old.trimEnd()}\n\n${heading}${block}\n`,
  );
}

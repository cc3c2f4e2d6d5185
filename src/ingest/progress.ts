import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** expected number of articles; enables the bar and ETA */
  total?: number;
  /** where to report (default process.stderr); a TTY gets a live bar, anything else plain log lines */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** plain-log mode: at most one line per this many ms (default 5000), plus one at stop */
  logEveryMs?: number;
  /** clock, for tests */
  now?: () => number;
}

export interface ProgressCounts {
  /** articles coded */
  articles?: number;
  events?: number;
  rejected?: number;
  /** articles read but already stored (skipped before coding) */
  skipped?: number;
}

export interface Progress {
  /** add to the counters (all default 0) */
  tick(delta: ProgressCounts): void;
  /** final report; the reporter is inert afterwards */
  stop(): void;
  /** current totals */
  readonly counts: Required<ProgressCounts>;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Progress reporter for ingest runs: a cli-progress bar on a TTY, else a periodic plain log line. */
export function createProgress(opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  const logEveryMs = opts.logEveryMs ?? 5000;
  const counts = { articles: 0, events: 0, rejected: 0, skipped: 0 };
  const started = now();
  let lastLog = started;
  let stopped = false;

  const rates = (): { aps: string; eps: string } => {
    const secs = Math.max((now() - started) / 1000, 0.001);
    return { aps: fmt(counts.articles / secs), eps: fmt(counts.events / secs) };
  };
  const line = (): string => {
    const { aps } = rates();
    return (
      `ingested ${fmt(counts.articles)} articles, ${fmt(counts.events)} events, ` +
      (counts.skipped ? `${fmt(counts.skipped)} already stored, ` : '') +
      `${fmt(counts.rejected)} rejected, ${aps} articles/s`
    );
  };
  const payload = (): Record<string, string> => ({
    ...rates(),
    events: fmt(counts.events),
    rejected: fmt(counts.rejected),
  });

  let bar: cliProgress.SingleBar | null = null;
  if (stream.isTTY) {
    const hasTotal = opts.total !== undefined && opts.total > 0;
    const format = hasTotal
      ? '{bar} {percentage}% | {value}/{total} articles | {events} events | {aps} articles/s | {eps} events/s | ETA {eta_formatted}'
      : '{value} articles | {events} events | {rejected} rejected | {aps} articles/s | {eps} events/s | {duration_formatted}';
    bar = new cliProgress.SingleBar(
      { format, stream, hideCursor: true, etaBuffer: 50, fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(hasTotal ? (opts.total as number) : 0, 0, payload());
  }

  return {
    counts,
    tick(delta: ProgressCounts): void {
      if (stopped) return;
      counts.articles += delta.articles ?? 0;
      counts.events += delta.events ?? 0;
      counts.rejected += delta.rejected ?? 0;
      counts.skipped += delta.skipped ?? 0;
      if (bar) {
        bar.update(counts.articles + counts.skipped, payload());
      } else if (now() - lastLog >= logEveryMs) {
        lastLog = now();
        stream.write(`${line()}\n`);
      }
    },
    stop(): void {
      if (stopped) return;
      stopped = true;
      if (bar) {
        bar.update(counts.articles + counts.skipped, payload());
        bar.stop();
      }
      stream.write(`${line()}\n`);
    },
  };
}

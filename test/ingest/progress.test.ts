import { describe, it, expect } from 'vitest';
import { Writable } from 'node:stream';
import { createProgress } from '../../src/ingest/index.js';

function sink(isTTY: boolean): { stream: Writable & { isTTY?: boolean }; output: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 120;
  return { stream, output: () => out };
}

describe('createProgress', () => {
  it('prints plain log lines when not a TTY: periodically and at stop', () => {
    const { stream, output } = sink(false);
    let t = 0;
    const p = createProgress({ stream, now: () => t, logEveryMs: 5000 });
    p.tick({ articles: 600, events: 2000 });
    expect(output()).toBe('');
    t = 5000;
    p.tick({ articles: 600, events: 3340, rejected: 2 });
    expect(output()).toBe('ingested 1,200 articles, 5,340 events, 2 rejected, 240 articles/s\n');
    t = 6000;
    p.stop();
    p.stop();
    p.tick({ articles: 1 });
    expect(output().trim().split('\n')).toEqual([
      'ingested 1,200 articles, 5,340 events, 2 rejected, 240 articles/s',
      'ingested 1,200 articles, 5,340 events, 2 rejected, 200 articles/s',
    ]);
    expect(p.counts).toEqual({ articles: 1200, events: 5340, rejected: 2, skipped: 0 });
  });

  it('says how many articles were already stored, and counts them as progress', () => {
    const { stream, output } = sink(true);
    const p = createProgress({ stream, total: 4 });
    p.tick({ skipped: 3 });
    p.tick({ articles: 1, events: 2 });
    p.stop();
    expect(output()).toContain('ingested 1 articles, 2 events, 3 already stored, 0 rejected');
    expect(output()).toContain('100%');
  });

  it('draws a cli-progress bar on a TTY', () => {
    const { stream, output } = sink(true);
    const p = createProgress({ stream, total: 10 });
    for (let i = 0; i < 10; i++) p.tick({ articles: 1, events: 3 });
    p.stop();
    expect(output()).toContain('articles/s');
    expect(output()).toContain('ingested 10 articles, 30 events, 0 rejected');
  });
});

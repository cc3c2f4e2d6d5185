/** End-to-end: the real CLI (bin/redline.js) on fixtures, checking exit codes and output. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  writeFileSync,
  readFileSync,
  rmSync,
  copyFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, '..', 'shared', 'eval', 'seed');

function redline(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'redline.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'redline-e2e-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('redline CLI', () => {
  it('ends quietly (exit 0, no stack trace) when its reader closes the pipe early', () => {
    // `redline explain samples/ | head -1`: the shell's head closes stdin after one line
    const r = spawnSync(
      '/bin/sh',
      [
        '-c',
        `"${process.execPath}" "${join(root, 'bin', 'redline.js')}" explain samples/wire.jsonl | head -1`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it('--help lists the commands and explains them', () => {
    const r = redline(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['code', 'explain', 'eval', 'ingest', 'redlines', 'export']) expect(r.out).toContain(c);
  });

  it('code --format jsonl prints one event per line with the public fields', () => {
    const r = redline(['code', '--published', '2024-11-19', join(seed, 'followup.txt')]);
    expect(r.code).toBe(0);
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const k of [
      'articleId',
      'code',
      'root',
      'goldstein',
      'quadClass',
      'plover',
      'modality',
      'condition',
      'date',
      'dateOrigin',
      'source',
      'target',
      'evidence',
      'rule',
      'quote',
    ])
      expect(events[0]).toHaveProperty(k);
    expect(
      events.some((e) => e.source?.code === 'UKRMIL' && e.root === '19' && e.date === '2024-11-19'),
    ).toBe(true);
  });

  it('code reads JSONL from stdin and prints a table', () => {
    const line = JSON.stringify({
      id: 'x1',
      text: 'Iran accused Israel of aggression on Monday.',
      published: '2024-04-03',
    });
    const r = redline(['code', '--format', 'table', '-'], line + '\n');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toContain('code');
    expect(r.out).toMatch(/2024-04-01\t112/);
  });

  it('reports bad inputs with stable codes, codes the rest, and exits 1', () => {
    const dir = join(tmp, 'bad');
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 10, 0]));
    writeFileSync(
      join(dir, 'latin1.txt'),
      Buffer.from([0x49, 0x72, 0x61, 0x6e, 0x20, 0xe9, 0xe0, 0xff, 0x2e]),
    );
    writeFileSync(
      join(dir, 'wire.jsonl'),
      [
        JSON.stringify({
          id: 'ok1',
          text: 'Russian forces attacked Ukrainian positions near Kharkiv.',
          published: '2024-05-10',
        }),
        '{"id": "broken", "text": ',
        JSON.stringify({
          id: 'ok2',
          text: 'China urged Japan to release the detained fishermen.',
          published: '2024-05-10',
        }),
      ].join('\n') + '\n',
    );
    const big = openSync(join(dir, 'huge.txt'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
    const r = redline(['code', dir]);
    expect(r.code).toBe(1);
    for (const code of ['R100', 'R101', 'R102', 'R103', 'R104']) expect(r.err).toContain(code);
    expect(r.err).toMatch(/wire\.jsonl:2/);
    const ids = new Set(
      r.out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).articleId),
    );
    expect(ids).toEqual(new Set(['ok1', 'ok2']));
  });

  it('warns of a date that is no date (R109) and still codes the article undated, exit 0', () => {
    const file = join(tmp, 'baddate.jsonl');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'bd1',
        text: 'China urged Japan to release the detained fishermen.',
        published: '31/02/2026',
      }) + '\n',
    );
    const r = redline(['code', file]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning .*baddate\.jsonl:1: R109 unusable publication date "31\/02\/2026"/);
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { articleId: string });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.articleId === 'bd1')).toBe(true);
  });

  it('rejects a bad option with a usage error (exit 2)', () => {
    const r = redline(['code', '--format', 'xml', join(seed, 'followup.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('R500');
  });

  it('explain shows actors, quotes, dates and events with their rule', () => {
    const r = redline(['explain', '--published', '2024-10-01', join(seed, 'article.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('speaker=Vladimir Putin');
    expect(r.out).toContain('"Sept. 12"=2024-09-12');
    expect(r.out).toMatch(/EVENT 13\d+ conditional RUSGOV/);
    expect(r.out).toContain('rule ');
  });

  it('eval scores the seed folder, including red lines', () => {
    const r = redline(['eval', seed]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('root level');
    expect(r.out).toMatch(/red lines in .*found 100\.0%/);
  });

  it('ingest stores articles once, tracks red lines and exports', () => {
    const db = join(tmp, 'e2e.duckdb');
    const a = join(tmp, 'seed.jsonl');
    writeFileSync(
      a,
      [
        JSON.stringify({
          id: 'seed',
          text: readFileSync(join(seed, 'article.txt'), 'utf8'),
          published: '2024-10-01',
        }),
        JSON.stringify({
          id: 'followup',
          text: readFileSync(join(seed, 'followup.txt'), 'utf8'),
          published: '2024-11-19',
        }),
      ].join('\n'),
    );
    const first = redline(['ingest', '-q', '--db', db, a]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^2 ingested/);
    const again = redline(['ingest', '-q', '--db', db, a]);
    expect(again.out).toMatch(/^0 ingested .* 2 already stored/);
    const met = redline(['redlines', '--db', db, '--status', 'met', '--json']);
    const lines = JSON.parse(met.out);
    expect(
      lines.some(
        (l: { articleId: string; crossings: Array<{ articleId: string }> }) =>
          l.articleId === 'seed' && l.crossings.some((c) => c.articleId === 'followup'),
      ),
    ).toBe(true);
    const gdelt = redline(['export', '--db', db, '--format', 'gdelt']);
    expect(gdelt.code).toBe(0);
    const rows = gdelt.out.trim().split('\n');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows[0].split('\t')).toHaveLength(61);
    copyFileSync(db, join(tmp, 'copy.duckdb'));
  });
});

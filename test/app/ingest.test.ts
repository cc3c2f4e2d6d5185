/** The ingest application: idempotent re-runs, crash safety (kill -9 mid-run), dedup and red lines on the samples. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { ingestItems, ingestPaths, summaryLine } from '../../src/app/ingest.js';
import type { IngestItem } from '../../src/ingest/types.js';
import { contentHash } from '../../src/ingest/hash.js';

const root = join(import.meta.dirname, '..', '..');
const samples = join(root, 'samples');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'redline-ingest-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function counts(db: string) {
  const s = new DuckDbStore(db, { readOnly: true });
  await s.init();
  const st = await s.stats();
  const ids = (await s.query<{ id: string }>('SELECT id FROM events')).map((r) => r.id);
  const lines = await s.listRedLines();
  // sample ids: the JSONL id, or the number at the end of the canonical URL of HTML/RSS articles
  const sampleOf = new Map<string, string>();
  for (const l of lines) {
    const a = await s.getArticle(l.articleId);
    const n = /\/(\d+)$/.exec(a?.url ?? '')?.[1];
    sampleOf.set(l.articleId, n ? `sample-${n}` : l.articleId);
  }
  await s.close();
  return {
    articles: st.articles,
    events: st.events,
    uniqueIds: new Set(ids).size,
    redLines: lines,
    sampleOf,
  };
}

describe('ingest', () => {
  it('ingests the bundled samples, and a re-run adds nothing', async () => {
    const db = join(tmp, 'samples.duckdb');
    const repo = new DuckDbStore(db);
    await repo.init();
    const first = await ingestPaths(repo, [samples], { progress: null });
    expect(first.rejected).toEqual([]);
    expect(first.inserted).toBe(28);
    const again = await ingestPaths(repo, [samples], { progress: null });
    expect(again.inserted).toBe(0);
    expect(again.skipped).toBe(28);
    expect(summaryLine(again)).toMatch(/^0 ingested \(0 events\), 28 already stored, 0 rejected/);
    await repo.close();
    const c = await counts(db);
    expect(c.articles).toBe(28);
    expect(c.events).toBe(first.events);
    expect(c.uniqueIds).toBe(c.events);
  });

  it.each([1, 2])(
    'skips a repeated article whether its first copy is in the same window, in flight or stored (%i workers)',
    async (workers) => {
      const repo = new DuckDbStore(join(tmp, `repeats-${workers}.duckdb`));
      await repo.init();
      const text = (k: number) => `Article ${k}: Chad's government condemned the raid on Tuesday.`;
      // 12 distinct texts; copies of 0 come right after it, a few windows later and at the end
      const order = [0, 0, 1, 2, 3, 0, 4, 5, 6, 7, 8, 2, 9, 10, 11, 0, 1];
      async function* items(): AsyncGenerator<IngestItem> {
        for (const [n, k] of order.entries())
          yield {
            ok: true,
            origin: `r${n}`,
            article: { id: `r${n}`, text: text(k), published: '2024-03-05' },
          };
      }
      try {
        const s = await ingestItems(repo, items(), { progress: null, batchSize: 2, analyze: false, workers });
        expect(s.read).toBe(order.length);
        expect(s.inserted).toBe(12);
        expect(s.skipped).toBe(order.length - 12);
        expect((await repo.stats()).articles).toBe(12);
      } finally {
        await repo.close();
      }
    },
  );

  it.each([
    [undefined, 3, 1],
    [100, 5, 5],
  ])(
    'reads and codes in windows of at most 200 and stores batchSize articles per transaction (batchSize %s)',
    async (batchSize, windows, transactions) => {
      const store = new DuckDbStore(join(tmp, `windows-${batchSize ?? 'default'}.duckdb`));
      await store.init();
      const calls = { knownHashes: 0, beginBatch: 0 };
      const repo = new Proxy(store, {
        get(target, prop) {
          const v = Reflect.get(target, prop, target) as unknown;
          if (typeof v !== 'function') return v;
          const f = (v as (...a: unknown[]) => unknown).bind(target);
          if (prop !== 'knownHashes' && prop !== 'beginBatch') return f;
          return (...a: unknown[]) => {
            calls[prop]++;
            return f(...a);
          };
        },
      });
      async function* items(): AsyncGenerator<IngestItem> {
        for (let k = 0; k < 450; k++)
          yield {
            ok: true,
            origin: `w${k}`,
            article: { id: `w${k}`, text: `Note ${k}.`, published: '2024-03-05' },
          };
      }
      try {
        const s = await ingestItems(repo, items(), { progress: null, analyze: false, batchSize });
        expect(s.inserted).toBe(450);
        expect(calls).toEqual({ knownHashes: windows, beginBatch: transactions });
      } finally {
        await store.close();
      }
    },
  );

  it.each([1, 2])(
    'stores the content hash of the text it stored when two articles in flight share an id (%i workers)',
    async (workers) => {
      const repo = new DuckDbStore(join(tmp, `same-id-${workers}.duckdb`));
      await repo.init();
      const texts = ['Chad condemned the raid on Tuesday.', 'Mali condemned the raid on Wednesday.'];
      async function* items(): AsyncGenerator<IngestItem> {
        for (const [n, text] of texts.entries())
          yield { ok: true, origin: `s${n}`, article: { id: 'same', text, published: '2024-03-05' } };
      }
      try {
        const s = await ingestItems(repo, items(), { progress: null, analyze: false, workers });
        expect(s.inserted).toBe(1);
        const rows = await repo.query<{ text: string; content_hash: string }>(
          'SELECT text, content_hash FROM articles',
        );
        expect(rows).toHaveLength(1);
        expect(rows[0].content_hash).toBe(contentHash(rows[0].text));
      } finally {
        await repo.close();
      }
    },
  );

  it('codes the same with worker threads, rejections and re-runs included', async () => {
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(
      bad,
      '{"id":"b1","text":""}\nnot json\n{"id":"b2","text":"Arland protested.","published":"31/02/2026"}\n',
    );
    const run = async (name: string, workers: number) => {
      const repo = new DuckDbStore(join(tmp, name));
      await repo.init();
      const s = await ingestPaths(repo, [samples, bad], { progress: null, workers });
      const events = (
        await repo.query<{ id: string; code: string }>('SELECT id, code FROM events ORDER BY id')
      ).map((r) => `${r.id} ${r.code}`);
      const again = await ingestPaths(repo, [samples], { progress: null, workers });
      await repo.close();
      return {
        inserted: s.inserted,
        events,
        rejected: s.rejected.map((r) => r.code).sort(),
        warnings: s.warnings.map((w) => `${w.code} ${w.origin.replace(tmp, '')}`),
        line: summaryLine(s),
        again: again.inserted,
      };
    };
    const one = await run('one.duckdb', 1);
    const two = await run('two.duckdb', 2);
    expect({ ...two, line: '' }).toEqual({ ...one, line: '' });
    // (a record with an unusable date is stored, undated, with an R109 warning)
    expect(one.inserted).toBe(29);
    expect(one.rejected).toEqual(['R104', 'R105']);
    expect(one.warnings).toEqual(['R109 /bad.jsonl:3']);
    expect(one.line).toMatch(
      /^29 ingested \(\d+ events; 1 articles with warnings\), 0 already stored, 2 rejected/,
    );
    expect(one.again).toBe(0);
  }, 60_000);

  it('tracks the sample red lines: the police red line is crossed, the others are not', async () => {
    const c = await counts(join(tmp, 'samples.duckdb'));
    const expected = JSON.parse(
      readFileSync(join(root, 'test', 'fixtures', 'samples-expected.json'), 'utf8'),
    ) as {
      redLines: Array<{ id: string; article: string; crossedBy: string | null }>;
    };
    for (const rl of expected.redLines) {
      const ours = c.redLines.find((l) => c.sampleOf.get(l.articleId) === rl.article);
      expect(ours, rl.id).toBeDefined();
      expect(ours!.status === 'met', rl.id).toBe(rl.crossedBy !== null);
    }
  });

  it('loses and duplicates nothing when killed with SIGKILL mid-run', async () => {
    // 1,200 distinct articles built from the samples (distinct ids and texts, so distinct hashes)
    const wire = readFileSync(join(samples, 'wire.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const lines: string[] = [];
    for (let k = 0; lines.length < 1200; k++)
      for (const a of wire)
        lines.push(JSON.stringify({ ...a, id: `${a.id}-r${k}`, text: `${a.text}\n\n(Copy ${k}.)` }));
    const input = join(tmp, 'many.jsonl');
    writeFileSync(input, lines.slice(0, 1200).join('\n') + '\n');
    const killed = join(tmp, 'killed.duckdb');
    const clean = join(tmp, 'clean.duckdb');
    const run = (db: string) =>
      spawn(
        process.execPath,
        [join(root, 'bin', 'redline.js'), 'ingest', '-q', '--batch', '10', '--db', db, input],
        { cwd: root, stdio: 'ignore' },
      );
    // first run: kill -9 once the database has received a few batches
    const child = run(killed);
    const exit = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_c, sig) => res(sig)));
    const t0 = Date.now();
    // wait until batches are being written (the write-ahead log exists), then a little more
    while (Date.now() - t0 < 60_000) {
      await new Promise((r) => setTimeout(r, 100));
      if (existsSync(`${killed}.wal`) && statSync(`${killed}.wal`).size > 0) break;
    }
    await new Promise((r) => setTimeout(r, 800));
    child.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    const partial = await counts(killed);
    expect(partial.articles).toBeLessThan(1200);
    // re-run to completion, and a clean run for comparison
    await new Promise((res) => run(killed).on('exit', res));
    await new Promise((res) => run(clean).on('exit', res));
    const a = await counts(killed);
    const b = await counts(clean);
    expect(a.articles).toBe(1200);
    expect(a.events).toBe(b.events);
    expect(a.uniqueIds).toBe(a.events);
  }, 300_000);
});

import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readJsonlChunks, readPaths } from '../../src/ingest/index.js';
import { articles, collect, errors, fixture, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.isBuffer(p) ? p : Buffer.from(p);
}

describe('JSONL', () => {
  const path = fixture('articles.jsonl');

  it('keeps reading past a malformed line and reports R104 at its line', async () => {
    const items = await collect(readPaths([path]));
    expect(articles(items).map((a) => a.text)).toEqual([
      'Arland recalled its ambassador.',
      'Beltavia denied the report.',
      'The envoy arrived in Corvo.',
      'Date is garbage.',
    ]);
    expect(errors(items)).toEqual([
      { code: 'R104', origin: `${path}:4` },
      { code: 'R105', origin: `${path}:6` },
    ]);
  });

  it('maps fields: id, title, url, outlet/source, published/date in several forms', async () => {
    const [a, b, c, d] = articles(await collect(readPaths([path])));
    expect(a).toEqual({
      id: 'j1',
      text: 'Arland recalled its ambassador.',
      title: 'Ambassador recalled',
      url: 'https://x.example/1',
      outlet: 'X News',
      published: '2024-01-02',
    });
    expect(b).toMatchObject({ outlet: 'Y Post', published: '2024-01-03', title: null });
    expect(b.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(c).toMatchObject({ id: 'j4', published: '2024-01-04' });
    expect(d).toMatchObject({ id: 'j6', published: null });
  });

  it('an unusable date is dropped with an R109 warning on its item, and the article is still read', async () => {
    const items = await collect(readPaths([path]));
    const warned = items.flatMap((it) =>
      it.ok && it.warnings ? it.warnings.map((w) => ({ code: w.code, origin: it.origin })) : [],
    );
    expect(warned).toEqual([{ code: 'R109', origin: `${path}:7` }]);
    // (a record with no date at all is undated without a warning)
    const none = await collect(readJsonlChunks(chunks('{"text":"Arland protested."}\n'), 'x.jsonl'));
    expect(none).toMatchObject([{ ok: true, article: { published: null } }]);
    expect(none[0].ok && none[0].warnings).toBeFalsy();
  });

  it('reads gzip-compressed JSONL (.jsonl.gz)', async () => {
    const gz = join(tmp.dir, 'batch.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(path)));
    const items = await collect(readPaths([gz]));
    expect(articles(items)).toHaveLength(4);
    expect(errors(items)).toEqual([
      { code: 'R104', origin: `${gz}:4` },
      { code: 'R105', origin: `${gz}:6` },
    ]);
  });

  it('a corrupt gzip file → R106, not a crash', async () => {
    const gz = join(tmp.dir, 'broken.gz');
    writeFileSync(gz, Buffer.concat([gzipSync('{"text":"a"}\n').subarray(0, 10), Buffer.from('garbage')]));
    const items = await collect(readPaths([gz]));
    expect(items.at(-1)).toMatchObject({ ok: false, error: { code: 'R106' } });
  });

  it('handles lines split across chunks, CRLF, a BOM and a last line without newline', async () => {
    const items = await collect(
      readJsonlChunks(chunks('\uFEFF{"text":"o', 'ne"}\r\n\n{"te', 'xt":"two"}\n{"text":"three"}'), 'mem'),
    );
    expect(articles(items).map((a) => a.text)).toEqual(['one', 'two', 'three']);
    expect(items.map((i) => i.origin)).toEqual(['mem:1', 'mem:3', 'mem:4']);
  });

  it('a line over the limit → R103 for that line, the next lines still read', async () => {
    const long = `{"text":"${'x'.repeat(500)}"}`;
    const items = await collect(
      readJsonlChunks(chunks(`{"text":"a"}\n${long}\n`, '{"text":"b"}\n'), 'm', { maxLineBytes: 100 }),
    );
    expect(errors(items)).toEqual([{ code: 'R103', origin: 'm:2' }]);
    expect(articles(items).map((a) => a.text)).toEqual(['a', 'b']);
  });

  it('invalid UTF-8 on one line → R102 for that line only', async () => {
    const bad = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const items = await collect(readJsonlChunks(chunks('{"text":"ok"}\n', bad, '{"text":"fine"}\n'), 'u'));
    expect(errors(items)).toEqual([{ code: 'R102', origin: 'u:2' }]);
    expect(articles(items)).toHaveLength(2);
  });

  it('a line that is JSON but not an object → R104', async () => {
    const items = await collect(readJsonlChunks(chunks('[1,2]\n"str"\n'), 'n'));
    expect(errors(items).map((e) => e.code)).toEqual(['R104', 'R104']);
  });

  it('reads JSONL from stdin (-), streamed', async () => {
    const items = await collect(
      readPaths(['-'], { stdin: chunks('{"id":"s1","text":"From', ' stdin."}\n{"text":"x"}\n') }),
    );
    expect(articles(items).map((a) => a.id)[0]).toBe('s1');
    expect(items.map((i) => i.origin)).toEqual(['-:1', '-:2']);
  });

  it('reads plain text from stdin (-)', async () => {
    const items = await collect(readPaths(['-'], { stdin: chunks('Headline\n\nBody text.\n') }));
    expect(items).toHaveLength(1);
    expect(articles(items)[0]).toMatchObject({ title: 'Headline', text: 'Headline\n\nBody text.\n' });
  });
});

describe('JSON documents', () => {
  it('reads a single object and an array', async () => {
    const one = join(tmp.dir, 'one.json');
    writeFileSync(
      one,
      JSON.stringify({ id: 'o1', text: 'Single.', published: '2020-01-01T00:00:00Z' }, null, 2),
    );
    const arr = join(tmp.dir, 'arr.json');
    writeFileSync(arr, JSON.stringify([{ text: 'A.' }, { title: 'no text' }]));
    const items = await collect(readPaths([one, arr]));
    expect(articles(items).map((a) => a.text)).toEqual(['Single.', 'A.']);
    expect(articles(items)[0].published).toBe('2020-01-01');
    expect(errors(items)).toEqual([{ code: 'R105', origin: `${arr}#item2` }]);
  });

  it('malformed JSON → R104', async () => {
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, '{"text": ');
    expect(errors(await collect(readPaths([bad])))).toEqual([{ code: 'R104', origin: bad }]);
  });
});

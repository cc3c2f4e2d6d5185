import { describe, it, expect, afterAll } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, looksBinary, readPaths } from '../../src/ingest/index.js';
import { RedlineError } from '../../src/util/errors.js';
import { articles, collect, errors, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function file(name: string, content: string | Buffer): string {
  const p = join(tmp.dir, name);
  writeFileSync(p, content);
  return p;
}

async function codesFor(path: string, opts = {}) {
  return errors(await collect(readPaths([path], opts)));
}

describe('negative cases', () => {
  it('empty file → R100', async () => {
    const p = file('empty.txt', '');
    expect(await codesFor(p)).toEqual([{ code: 'R100', origin: p }]);
  });

  it('whitespace-only file → R100 (text, HTML and JSONL)', async () => {
    for (const name of ['blank.txt', 'blank.html', 'blank.jsonl']) {
      const p = file(name, ' \n\t\r\n  \n');
      expect(await codesFor(p)).toEqual([{ code: 'R100', origin: p }]);
    }
    const bom = file('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf, 0x0a]));
    expect((await codesFor(bom))[0].code).toBe('R100');
  });

  it('binary file → R101 (NUL bytes, or many control characters)', async () => {
    const nul = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a]));
    expect(await codesFor(nul)).toEqual([{ code: 'R101', origin: nul }]);
    const ctrl = Buffer.alloc(200, 0x61);
    for (let i = 0; i < 200; i += 5) ctrl[i] = 0x01;
    const p = file('ctrl.dat', ctrl);
    expect(await codesFor(p)).toEqual([{ code: 'R101', origin: p }]);
    const jsonl = file('bin.jsonl', Buffer.from([0x7b, 0x00, 0x00, 0x7d, 0x0a]));
    expect(await codesFor(jsonl)).toEqual([{ code: 'R101', origin: jsonl }]);
    expect(looksBinary(Buffer.from('plain text\twith tabs\r\n'))).toBe(false);
  });

  it('invalid UTF-8 → R102', async () => {
    const p = file('latin1.txt', Buffer.from('Caf\xe9 talks in Z\xfcrich', 'latin1'));
    expect(await codesFor(p)).toEqual([{ code: 'R102', origin: p }]);
    const h = file('latin1.html', Buffer.from('<html><body><p>Caf\xe9</p></body></html>', 'latin1'));
    expect(await codesFor(h)).toEqual([{ code: 'R102', origin: h }]);
  });

  it('a UTF-8 BOM is stripped, valid multi-byte text accepted', async () => {
    const p = file(
      'bom.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich talks go on')]),
    );
    const [a] = articles(await collect(readPaths([p])));
    expect(a.text).toBe('Zürich talks go on');
    expect(decodeText(Buffer.from('\uFEFFx'), 'w')).toBe('x');
  });

  it('file over the size limit → R103 (text, HTML, feed)', async () => {
    const body = 'The delegation arrived. '.repeat(100);
    for (const name of ['big.txt', 'big.html', 'big.rss']) {
      const p = file(name, body);
      expect(await codesFor(p, { maxBytes: 1000 })).toEqual([{ code: 'R103', origin: p }]);
    }
    const p = file('ok.txt', body);
    expect(await codesFor(p, { maxBytes: 100_000 })).toEqual([]);
  });

  it('missing path → R106 and reading goes on', async () => {
    const missing = join(tmp.dir, 'does-not-exist.txt');
    const ok = file('present.txt', 'Present article text.');
    const items = await collect(readPaths([missing, ok]));
    expect(errors(items)).toEqual([{ code: 'R106', origin: missing }]);
    expect(articles(items)).toHaveLength(1);
    const err = items[0].ok ? null : items[0].error;
    expect(err).toBeInstanceOf(RedlineError);
    expect(err?.where).toBe(missing);
  });

  it('unreadable file → R106', async () => {
    if (process.getuid?.() === 0) return; // root can read anything
    const p = file('secret.txt', 'text');
    const { chmodSync } = await import('node:fs');
    chmodSync(p, 0o000);
    expect((await codesFor(p))[0].code).toBe('R106');
  });

  it('a directory entry that is not a regular file is not read as one', async () => {
    const d = join(tmp.dir, 'only-dirs');
    mkdirSync(join(d, 'empty-sub'), { recursive: true });
    expect(await collect(readPaths([d]))).toEqual([]);
  });

  it('malformed feed file → R108 item', async () => {
    const p = file('broken.rss', '<rss><channel><item></channel>');
    expect(await codesFor(p)).toEqual([{ code: 'R108', origin: p }]);
  });

  it('HTML page without any text → R108 item', async () => {
    const p = file('nav-only.html', '<!doctype html><html><body><nav>Home</nav></body></html>');
    expect(await codesFor(p)).toEqual([{ code: 'R108', origin: p }]);
  });

  it('the generator never throws, whatever it is given', async () => {
    const items = await collect(readPaths(['', '\0bad', join(tmp.dir, 'nope', 'deeper.jsonl')]));
    expect(items.every((i) => !i.ok && i.error.code === 'R106')).toBe(true);
    expect(items).toHaveLength(3);
  });
});

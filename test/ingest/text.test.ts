import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { normaliseForHash } from '../../src/ingest/hash.js';
import {
  articleIdFor,
  contentHash,
  detectFormat,
  normaliseDate,
  readPaths,
  sniffContent,
  textToArticle,
} from '../../src/ingest/index.js';
import { articles, collect, errors, fixture } from './helpers.js';

describe('textToArticle', () => {
  it('takes a headline-like first line as title and keeps paragraphs', () => {
    const a = textToArticle(readFileSync(fixture('article.txt'), 'utf8'));
    expect(a.title).toBe('Talks stall over prisoner exchange');
    // the text stays exactly as given (offsets point into it); the title is also kept in the text
    expect(a.text).toBe(readFileSync(fixture('article.txt'), 'utf8'));
    expect(a.id).toBe(articleIdFor(a.text));
    expect(a.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(a.published).toBeNull();
  });

  it('does not take a sentence as title', () => {
    const a = textToArticle('The summit ended without a communique.\nDelegates left early.');
    expect(a.title).toBeNull();
    expect(a.text).toContain('The summit ended');
  });

  it('uses a given id and a valid published date', () => {
    const a = textToArticle('Some text here', { id: 'x1', published: '2024-02-29' });
    expect(a).toMatchObject({ id: 'x1', published: '2024-02-29', text: 'Some text here' });
  });

  it('rejects an invalid published date with R107', () => {
    expect(() => textToArticle('Some text', { published: '2023-02-29' })).toThrow(/R107/);
    expect(() => textToArticle('Some text', { published: '05/03/2024' })).toThrow(/R107/);
  });

  it('strips a BOM but keeps the text otherwise as given (CRLF included)', () => {
    const a = textToArticle('\uFEFFHeadline here\r\n\r\nBody line one.\r\nBody line two.');
    expect(a.title).toBe('Headline here');
    expect(a.text).toBe('Headline here\r\n\r\nBody line one.\r\nBody line two.');
  });

  it('readPaths passes published to text files and reports R107 per file', async () => {
    const ok = await collect(readPaths([fixture('no-title.txt')], { published: '2024-05-01' }));
    expect(articles(ok)[0].published).toBe('2024-05-01');
    const bad = await collect(readPaths([fixture('no-title.txt')], { published: 'yesterday' }));
    expect(errors(bad)).toEqual([{ code: 'R107', origin: fixture('no-title.txt') }]);
  });
});

describe('hash', () => {
  it('is stable under whitespace and Unicode normalisation', () => {
    const composed = 'Caf\u00e9 talks  resume.\n\nAgain.';
    const decomposed = ' Cafe\u0301 talks resume. Again. ';
    expect(contentHash({ text: composed })).toBe(contentHash(decomposed));
    expect(contentHash('a')).toMatch(/^[0-9a-f]{64}$/);
    expect(articleIdFor(composed)).toBe(`a-${contentHash(composed).slice(0, 16)}`);
    expect(contentHash('one')).not.toBe(contentHash('two'));
  });

  it('normalises exactly as NFC + every whitespace run to one space + trim (the fast path included)', () => {
    const reference = (t: string) => t.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\r\n',
      '\u00a0',
      '\u2028',
      'a',
      'é',
      'e\u0301',
      'x.',
    );
    fc.assert(
      fc.property(fc.string({ unit: piece }), (t) => normaliseForHash(t) === reference(t)),
      { numRuns: 2000 },
    );
  });
});

describe('detect', () => {
  it('detects by extension', () => {
    expect(detectFormat('a.txt').format).toBe('text');
    expect(detectFormat('a.HTM').format).toBe('html');
    expect(detectFormat('a.rss').format).toBe('feed');
    expect(detectFormat('a.atom').format).toBe('feed');
    expect(detectFormat('a.xml').format).toBe('feed');
    expect(detectFormat('a.ndjson')).toEqual({ format: 'jsonl', gzip: false });
    expect(detectFormat('a.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(detectFormat('dump.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(detectFormat('a.json').format).toBe('json');
  });

  it('sniffs content of unknown files', () => {
    expect(sniffContent('  <!DOCTYPE html><html>')).toBe('html');
    expect(sniffContent('<html lang="en"><body>')).toBe('html');
    expect(sniffContent('<?xml version="1.0"?>\n<rss version="2.0">')).toBe('feed');
    expect(sniffContent('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(sniffContent('{"text":"a"}\n{"text":"b"}')).toBe('jsonl');
    expect(sniffContent('{\n  "text": "a"\n}')).toBe('json');
    expect(sniffContent('[{"text":"a"}]')).toBe('json');
    expect(sniffContent('Just some words.')).toBe('text');
    expect(detectFormat('notes', 'plain words').format).toBe('text');
  });
});

describe('normaliseDate', () => {
  it('accepts the usual forms and keeps the date part', () => {
    expect(normaliseDate('2024-03-05')).toBe('2024-03-05');
    expect(normaliseDate('2024-03-05T23:30:00-05:00')).toBe('2024-03-05');
    expect(normaliseDate('20240305')).toBe('2024-03-05');
    expect(normaliseDate('Tue, 05 Mar 2024 23:30:00 -0500')).toBe('2024-03-05');
    expect(normaliseDate('March 5, 2024')).toBe('2024-03-05');
  });
  it('rejects impossible or unknown dates', () => {
    expect(normaliseDate('2024-02-30')).toBeNull();
    expect(normaliseDate('20241301')).toBeNull();
    expect(normaliseDate('next tuesday')).toBeNull();
    expect(normaliseDate(undefined)).toBeNull();
  });
});

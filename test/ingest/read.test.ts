import { describe, it, expect } from 'vitest';
import { readPaths } from '../../src/ingest/index.js';
import { articles, collect, errors, fixture } from './helpers.js';

describe('readPaths over a directory', () => {
  it('yields every article from a directory of mixed files, in sorted order, skipping hidden files', async () => {
    const dir = fixture('mixed');
    const items = await collect(readPaths([dir]));
    expect(errors(items)).toEqual([]);
    const rel = items.map((i) => i.origin.slice(dir.length + 1));
    expect(rel).toEqual([
      'a-note.txt',
      'b-page.html',
      'e-array.json#item1',
      'e-array.json#item2',
      'sub/c-feed.atom#item1',
      'sub/c-feed.atom#item2',
      'sub/c-feed.atom#item3',
      'sub/d-lines.jsonl:1',
      'sub/d-lines.jsonl:2',
    ]);
    expect(articles(items).some((a) => a.text.includes('hidden'))).toBe(false);
  });

  it('recursive: false reads only the top level', async () => {
    const items = await collect(readPaths([fixture('mixed')], { recursive: false }));
    expect(items.some((i) => i.origin.includes('/sub/'))).toBe(false);
    expect(articles(items)).toHaveLength(4);
  });

  it('mixes files, directories and missing paths in one call', async () => {
    const items = await collect(
      readPaths([fixture('article.txt'), fixture('missing-dir'), fixture('mixed/sub')]),
    );
    expect(articles(items)).toHaveLength(6);
    expect(errors(items).map((e) => e.code)).toEqual(['R106']);
  });

  it('the same content read twice gets the same id (dedup on re-ingest)', async () => {
    const items = await collect(readPaths([fixture('article.txt'), fixture('mixed/a-note.txt')]));
    const [a, b] = articles(items);
    expect(a.id).toBe(b.id);
  });
});

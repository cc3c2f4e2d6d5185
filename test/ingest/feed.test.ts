import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { feedToItems, readPaths } from '../../src/ingest/index.js';
import { articles, collect, errors, fixture } from './helpers.js';

describe('RSS 2.0', () => {
  const path = fixture('feed.rss');
  const items = feedToItems(readFileSync(path, 'utf8'), path);

  it('yields one article per item with origin path#itemN', () => {
    expect(items.map((i) => i.origin)).toEqual([`${path}#item1`, `${path}#item2`, `${path}#item3`]);
    expect(items.every((i) => i.ok)).toBe(true);
  });

  it('maps guid, link, pubDate, channel title and HTML description', () => {
    const [a] = articles(items);
    expect(a).toEqual({
      id: 'wire-0001',
      title: 'Navy drills announced near strait',
      url: 'https://wire.example/a/1',
      outlet: 'Harbour Wire & Co',
      published: '2024-03-05',
      text: 'The navy announced live-fire drills near the strait.\n\nNeighbouring states protested.',
    });
  });

  it('prefers content:encoded, falls back to link for id and dc:date for published', () => {
    const b = articles(items)[1];
    expect(b.id).toBe('https://wire.example/a/2');
    expect(b.published).toBe('2024-03-06');
    expect(b.text).toBe('A trade envoy arrived for two days of talks.\n\nTariffs are on the agenda.');
  });

  it('uses the title as text and a content hash as id when an item has nothing else', () => {
    const c = articles(items)[2];
    expect(c.text).toBe('Headline only item');
    expect(c.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(c.url).toBeNull();
    expect(c.published).toBeNull();
  });
});

describe('Atom', () => {
  const path = fixture('feed.atom');
  const list = articles(feedToItems(readFileSync(path, 'utf8'), path));

  it('maps entries: id, alternate link, published/updated, escaped HTML and XHTML content, summary', () => {
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({
      id: 'urn:uuid:entry-1',
      title: 'Ceasefire holds for a third day',
      url: 'https://atlas.example/e/1',
      outlet: 'Atlas Dispatch',
      published: '2024-04-01',
      text: 'The ceasefire held for a third day.\n\nAid convoys entered the city.',
    });
    expect(list[1]).toMatchObject({
      url: 'https://atlas.example/e/2',
      published: '2024-04-02',
      text: 'Parliament debated the sanctions bill.\n\nA vote is expected on Friday.',
    });
    expect(list[2]).toMatchObject({ text: 'Talks resumed in the afternoon.', url: null });
  });
});

describe('feed dates', () => {
  it('an unusable pubDate drops the date with an R109 warning; the item is still read', () => {
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><title>Arland protests</title><description>Arland protested.</description><pubDate>Caturday, 99 Smarch 2024</pubDate></item>
      <item><title>Beltavia replies</title><description>Beltavia replied.</description><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
    </channel></rss>`;
    const [a, b] = feedToItems(xml, 'f.rss');
    expect(a).toMatchObject({ ok: true, article: { published: null } });
    expect(a.ok && a.warnings?.map((w) => w.code)).toEqual(['R109']);
    expect(b).toMatchObject({ ok: true, article: { published: '2024-03-05' } });
    expect(b.ok && b.warnings).toBeFalsy();
  });
});

describe('feed errors', () => {
  it('an unparsable feed → R108', () => {
    const items = feedToItems('<rss><channel><item><title>x</title></channel></rss>', 'bad.rss');
    expect(errors(items)).toEqual([{ code: 'R108', origin: 'bad.rss' }]);
  });

  it('a feed with zero items → R108', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>';
    expect(errors(feedToItems(rss, 'e.rss'))).toEqual([{ code: 'R108', origin: 'e.rss' }]);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>';
    expect(errors(feedToItems(atom, 'e.atom'))).toEqual([{ code: 'R108', origin: 'e.atom' }]);
  });

  it('XML that is not a feed → R108', () => {
    expect(errors(feedToItems('<catalog><book/></catalog>', 'c.xml'))[0].code).toBe('R108');
  });

  it('readPaths reads .rss and .atom files', async () => {
    const items = await collect(readPaths([fixture('feed.rss'), fixture('feed.atom')]));
    expect(articles(items)).toHaveLength(6);
  });
});

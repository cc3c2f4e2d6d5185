import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToArticle, htmlToParagraphs, readPaths } from '../../src/ingest/index.js';
import { articles, collect, errors, fixture } from './helpers.js';

const page = readFileSync(fixture('article.html'), 'utf8');

describe('htmlToArticle', () => {
  it('extracts the main text as paragraphs, without nav, ads, aside or footer', () => {
    const a = htmlToArticle(page);
    const paras = a.text.split('\n\n');
    expect(paras).toHaveLength(4);
    expect(paras[0]).toMatch(/^The foreign ministers of Arland and Beltavia met/);
    expect(paras[3]).toMatch(/second round of negotiations in the capital\.$/);
    for (const junk of ['NAVLINK', 'FOOTERTEXT', 'ASIDETEXT', 'ADVERT', 'Copyright']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text).not.toMatch(/\n{3,}/);
  });

  it('extracts meta fields', () => {
    const a = htmlToArticle(page);
    expect(a.title).toBe('Ministers meet over border dispute');
    expect(a.outlet).toBe('The Northern Ledger');
    expect(a.url).toBe('https://ledger.example/world/ministers-meet');
    expect(a.published).toBe('2024-03-05');
    expect(a.id).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it('falls back to <title>, meta name=date and og:url', () => {
    const a = htmlToArticle(
      '<html><head><title> A  headline </title><meta name="pubdate" content="20230102">' +
        '<meta property="og:url" content="https://o.example/x"></head>' +
        '<body><p>One short paragraph.</p><p>Another one.</p></body></html>',
    );
    expect(a).toMatchObject({ title: 'A headline', published: '2023-01-02', url: 'https://o.example/x' });
    expect(a.text).toBe('One short paragraph.\n\nAnother one.');
  });

  it('reads <time datetime> and meta name=date', async () => {
    const items = await collect(readPaths([fixture('time-tag.htm'), fixture('meta-only.html')]));
    const [t, m] = articles(items);
    expect(t.published).toBe('2022-07-19');
    expect(t.title).toBe('Envoy recalled');
    expect(t.text).toContain('The government recalled its envoy');
    expect(m.published).toBe('2023-11-02');
    expect(m.text).toBe(
      'The grain corridor reopened after a brief pause.\n\nShipping firms welcomed the move.',
    );
    expect(m.text).not.toContain('FOOTERTEXT');
  });

  it('sniffs HTML content in a file without a known extension', async () => {
    const items = await collect(
      readPaths(['-'], {
        stdin: (async function* () {
          yield Buffer.from('<!doctype html><html><body><p>Stdin page text.</p></body></html>');
        })(),
      }),
    );
    expect(articles(items)[0].text).toBe('Stdin page text.');
  });

  it('reports a page without text as R108', () => {
    expect(() => htmlToArticle('<html><body><nav>Only nav</nav><script>x()</script></body></html>')).toThrow(
      /R108/,
    );
  });

  it('htmlToParagraphs splits on block elements, not inline ones', () => {
    expect(
      htmlToParagraphs('<div>A <b>bold</b> move<br>next</div><ul><li>one</li><li>two</li></ul>'),
    ).toEqual(['A bold move', 'next', 'one', 'two']);
  });

  it('readPaths reads HTML next to text without errors', async () => {
    const items = await collect(readPaths([fixture('article.html'), fixture('article.txt')]));
    expect(errors(items)).toEqual([]);
    expect(items).toHaveLength(2);
  });
});

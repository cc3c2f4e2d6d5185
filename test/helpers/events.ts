/** Hand-built CodedEvent / Article fixtures for store and export tests. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import type { ActorRef, CodedEvent } from '../../src/model/event.js';

export function actor(code: string, over: Partial<ActorRef> = {}): ActorRef {
  const org = ['NATO', 'EU', 'UN', 'WST'].includes(code) ? code : null;
  return {
    code,
    country: org ? null : code.slice(0, 3),
    role: !org && code.length > 3 ? code.slice(3) : null,
    org,
    name: code,
    start: 0,
    end: code.length,
    ...over,
  };
}

export function article(id: string, over: Partial<Article> = {}): Article {
  return {
    id,
    text: `Text of article ${id}. Russia warned NATO against long-range strikes.`,
    title: `Title ${id}`,
    url: `https://news.example/${id}`,
    outlet: 'example',
    published: '2024-09-12',
    ...over,
  };
}

export function makeEvent(articleId: string, index: number, over: Partial<CodedEvent> = {}): CodedEvent {
  return {
    id: `${articleId}:${index}`,
    articleId,
    code: '130',
    root: '13',
    goldstein: -4.4,
    quadClass: 3,
    plover: { type: 'THREATEN', mode: null },
    modality: 'actual',
    condition: null,
    date: '2024-09-12',
    dateOrigin: 'text',
    source: actor('RUSGOV', { name: 'Russia' }),
    target: actor('NATO', { name: 'NATO' }),
    evidence: { start: 0, end: 40, text: 'Russia warned NATO against long-range strikes.' },
    trigger: { start: 7, end: 13, text: 'warned' },
    rule: 'test.threaten',
    quote: null,
    ...over,
  };
}

export function hashOf(a: Article): string {
  return createHash('sha256').update(a.text).digest('hex');
}

export function item(a: Article, events: CodedEvent[]) {
  return { article: a, contentHash: hashOf(a), events };
}

/** a fresh temp dir; call the returned cleanup in afterEach/afterAll */
export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'redline-test-'));
  return { dir, file: (n) => join(dir, n), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Three articles, five events:
 *  a1: a1:0 RUSGOV→NATO 130 threat 2024-09-12 (-4.4), a1:1 USAGOV→UKRGOV 0332 actual 2024-09 (+5.2)
 *  a2: a2:0 NATO→RUS 172 negated 2024-10-01 (-5), a2:1 UKRMIL→RUS 190 actual 2024-10-02 (-10)
 *  a3 (other outlet, no url): a3:0 RUSGOV→NATO 130 conditional 2024 (-4.4), with condition and quote
 */
export function sampleBatch() {
  const a1 = article('a1');
  const a2 = article('a2', { published: '2024-10-02', text: 'Second article text, NATO sanctions.' });
  const a3 = article('a3', {
    outlet: 'other',
    url: null,
    text: 'Third: if NATO strikes, "we will respond".',
  });
  return [
    item(a1, [
      makeEvent('a1', 0, { modality: 'threat' }),
      makeEvent('a1', 1, {
        code: '0332',
        root: '03',
        goldstein: 5.2,
        quadClass: 1,
        plover: { type: 'AGREE', mode: null },
        date: '2024-09',
        dateOrigin: 'published',
        source: actor('USAGOV'),
        target: actor('UKRGOV'),
        evidence: { start: 50, end: 90, text: 'The US pledged more military aid to Kyiv.' },
        trigger: { start: 57, end: 64, text: 'pledged' },
        rule: 'test.aid',
      }),
    ]),
    item(a2, [
      makeEvent('a2', 0, {
        code: '172',
        root: '17',
        goldstein: -5,
        quadClass: 4,
        plover: { type: 'COERCE', mode: 'restrict' },
        modality: 'negated',
        date: '2024-10-01',
        source: actor('NATO'),
        target: actor('RUS'),
        evidence: { start: 0, end: 30, text: 'NATO did not impose sanctions on Russia.' },
      }),
      makeEvent('a2', 1, {
        code: '190',
        root: '19',
        goldstein: -10,
        quadClass: 4,
        plover: { type: 'ASSAULT', mode: null },
        date: '2024-10-02',
        source: actor('UKRMIL'),
        target: actor('RUS'),
        evidence: { start: 31, end: 60, text: 'Ukrainian forces STRUCK targets inside Russia.' },
      }),
    ]),
    item(a3, [
      makeEvent('a3', 0, {
        modality: 'conditional',
        date: '2024',
        condition: {
          text: 'if NATO strikes',
          start: 7,
          end: 22,
          source: actor('NATO'),
          target: actor('RUS'),
          code: '190',
          subjects: [],
          actors: [],
        },
        quote: { speaker: 'Putin', start: 24, end: 42 },
      }),
    ]),
  ];
}

/** the span of `needle` in `text` (first occurrence at or after `from`); throws when absent */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in "${text}"`);
  return { start, end: start + needle.length, text: needle };
}

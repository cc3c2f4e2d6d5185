/** Hand-built CodedEvent / Article fixtures for store and export tests. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import type { ActorRef, CodedEvent } from '../../src/model/event.js';
import type { RedLine, RedLineCrossing } from '../../src/model/redline.js';

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

interface StoryLine {
  day: string;
  /** sentence with the source, verb and target surfaces in this order */
  src: [string, string];
  verb: string;
  tgt: [string, string];
  tail: string;
  code: string;
  quad: 1 | 2 | 3 | 4;
  g: number;
  modality?: CodedEvent['modality'];
}

const ROOT_OF = (code: string) => code.slice(0, 2);

/**
 * A month of news for the API and dashboard tests, with offsets that match the article texts.
 * `d-rl` states a red line (Putin warns NATO: if the alliance allows Ukraine to strike deep into
 * Russia with long-range missiles, Moscow will respond); `d-strike` (8 days later) crosses it.
 */
export function dashboardBatch() {
  const rlText =
    'MOSCOW, Sept 12 (Redline) - Russian President Vladimir Putin warned NATO on Thursday that if the alliance ' +
    'allows Ukraine to strike deep into Russia with long-range missiles, Moscow will respond. The Kremlin repeated the warning.';
  const rlSentence = rlText.slice(0, rlText.indexOf(' The Kremlin'));
  const rlArticle = article('d-rl', { text: rlText, title: 'Putin warns NATO over long-range strikes', published: '2024-09-12', outlet: 'wire' });
  const cond = spanOf(rlText, 'if the alliance allows Ukraine to strike deep into Russia with long-range missiles');
  const rlEvent = makeEvent('d-rl', 0, {
    code: '138',
    root: '13',
    goldstein: -7,
    quadClass: 3,
    plover: { type: 'THREATEN', mode: null },
    modality: 'conditional',
    date: '2024-09-12',
    source: actor('RUSGOV', { name: 'Vladimir Putin', ...spanOf(rlText, 'Russian President Vladimir Putin') }),
    target: actor('NATO', { name: 'NATO', ...spanOf(rlText, 'NATO') }),
    condition: {
      ...cond,
      source: actor('NATO'),
      target: actor('RUS'),
      code: '190',
      subjects: [actor('NATO')],
    },
    evidence: spanOf(rlText, rlSentence),
    trigger: spanOf(rlText, 'warned'),
    rule: 'threaten.warn_if',
  });

  const stories: StoryLine[] = [
    { day: '2024-09-02', src: ['RUSMIL', 'Russian troops'], verb: 'shelled', tgt: ['UKR', 'Kharkiv'], tail: ' overnight', code: '190', quad: 4, g: -10 },
    { day: '2024-09-03', src: ['RUSGOV', 'Moscow'], verb: 'accused', tgt: ['UKRGOV', 'Kyiv'], tail: ' of sabotage', code: '112', quad: 3, g: -2 },
    { day: '2024-09-04', src: ['USAGOV', 'Washington'], verb: 'pledged', tgt: ['UKRGOV', 'Ukraine'], tail: ' new military aid', code: '0332', quad: 1, g: 5.2 },
    { day: '2024-09-05', src: ['CHNGOV', 'Beijing'], verb: 'signed', tgt: ['BRAGOV', 'Brazil'], tail: ' a trade agreement', code: '057', quad: 1, g: 8 },
    { day: '2024-09-05', src: ['DEUGOV', 'Germany'], verb: 'sent', tgt: ['UKRMIL', 'Ukrainian forces'], tail: ' air defence systems', code: '070', quad: 2, g: 7 },
    { day: '2024-09-06', src: ['RUSMIL', 'Russian forces'], verb: 'attacked', tgt: ['UKR', 'Odesa'], tail: ' with drones', code: '190', quad: 4, g: -10 },
    { day: '2024-09-07', src: ['FRAGOV', 'France'], verb: 'urged', tgt: ['IRNGOV', 'Iran'], tail: ' to halt enrichment', code: '100', quad: 3, g: -5 },
    { day: '2024-09-08', src: ['ISRGOV', 'Israel'], verb: 'threatened', tgt: ['IRNGOV', 'Iran'], tail: ' with retaliation', code: '130', quad: 3, g: -4.4, modality: 'threat' },
    { day: '2024-09-09', src: ['RUSGOV', 'Russia'], verb: 'met', tgt: ['CHNGOV', 'China'], tail: ' for talks in Beijing', code: '040', quad: 1, g: 1 },
    { day: '2024-09-10', src: ['RUSMIL', 'Russian artillery'], verb: 'hit', tgt: ['UKR', 'Sumy'], tail: ' again', code: '190', quad: 4, g: -10 },
    { day: '2024-09-11', src: ['JPNGOV', 'Japan'], verb: 'praised', tgt: ['INDGOV', 'India'], tail: ' for its mediation', code: '051', quad: 1, g: 3.4 },
    { day: '2024-09-13', src: ['GBRGOV', 'Britain'], verb: 'sanctioned', tgt: ['RUS', 'Russian banks'], tail: ' on Friday', code: '163', quad: 4, g: -8 },
    { day: '2024-09-14', src: ['TURGOV', 'Turkey'], verb: 'offered', tgt: ['UKRGOV', 'Ukraine'], tail: ' to host talks', code: '0331', quad: 1, g: 5.2, modality: 'future' },
    { day: '2024-09-15', src: ['RUSGOV', 'The Kremlin'], verb: 'rejected', tgt: ['UKRGOV', 'Kyiv'], tail: "'s peace plan", code: '120', quad: 3, g: -4 },
    { day: '2024-09-16', src: ['USAGOV', 'The United States'], verb: 'did not send', tgt: ['UKRMIL', 'Ukrainian forces'], tail: ' ATACMS', code: '070', quad: 2, g: 7, modality: 'negated' },
    { day: '2024-09-17', src: ['EGYGOV', 'Egypt'], verb: 'hosted', tgt: ['SAUGOV', 'Saudi Arabia'], tail: ' for a summit', code: '042', quad: 1, g: 1.9 },
    { day: '2024-09-18', src: ['RUSMIL', 'Russian troops'], verb: 'shelled', tgt: ['UKR', 'Kherson'], tail: ' at dawn', code: '190', quad: 4, g: -10 },
    { day: '2024-09-19', src: ['POLGOV', 'Poland'], verb: 'condemned', tgt: ['BLRGOV', 'Belarus'], tail: ' for border provocations', code: '111', quad: 3, g: -2 },
    { day: '2024-09-21', src: ['RUSGOV', 'Moscow'], verb: 'threatened', tgt: ['UKRGOV', 'Kyiv'], tail: ' with a harsh response', code: '130', quad: 3, g: -4.4, modality: 'threat' },
    { day: '2024-09-22', src: ['RUSMIL', 'Russian forces'], verb: 'struck', tgt: ['UKR', 'Kyiv'], tail: ' with missiles', code: '190', quad: 4, g: -10 },
    { day: '2024-09-25', src: ['ZAFGOV', 'South Africa'], verb: 'called on', tgt: ['ISRGOV', 'Israel'], tail: ' to respect a ceasefire', code: '100', quad: 3, g: -5 },
  ];
  const items = [item(rlArticle, [rlEvent])];
  stories.forEach((s, i) => {
    const text = `${s.src[1]} ${s.verb} ${s.tgt[1]}${s.tail}, officials said on ${s.day}.`;
    const id = `d${String(i + 1).padStart(2, '0')}`;
    const a = article(id, { text, title: `${s.src[1]} ${s.verb} ${s.tgt[1]}`, published: s.day, outlet: i % 2 ? 'wire' : 'daily' });
    const ev = makeEvent(id, 0, {
      code: s.code,
      root: ROOT_OF(s.code),
      goldstein: s.g,
      quadClass: s.quad,
      plover: { type: s.quad >= 3 ? 'ASSAULT' : 'COOPERATE', mode: null },
      modality: s.modality ?? 'actual',
      date: s.day,
      source: actor(s.src[0], { name: s.src[1], ...spanOf(text, s.src[1]) }),
      target: actor(s.tgt[0], { name: s.tgt[1], ...spanOf(text, s.tgt[1], s.src[1].length) }),
      evidence: spanOf(text, text),
      trigger: spanOf(text, s.verb),
      rule: `fixture.${s.code}`,
    });
    items.push(item(a, [ev]));
  });
  const strikeText =
    'KYIV, Sept 20 (Redline) - Ukrainian forces struck an airfield inside Russia with long-range missiles on Friday, officials said.';
  const strike = article('d-strike', { text: strikeText, title: 'Ukraine strikes Russian airfield', published: '2024-09-20' });
  items.push(
    item(strike, [
      makeEvent('d-strike', 0, {
        code: '195',
        root: '19',
        goldstein: -10,
        quadClass: 4,
        plover: { type: 'ASSAULT', mode: 'aerial' },
        date: '2024-09-20',
        source: actor('UKRMIL', { name: 'Ukrainian forces', ...spanOf(strikeText, 'Ukrainian forces') }),
        target: actor('RUS', { name: 'Russia', ...spanOf(strikeText, 'Russia') }),
        evidence: spanOf(strikeText, strikeText.slice(strikeText.indexOf('Ukrainian'))),
        trigger: spanOf(strikeText, 'struck'),
        rule: 'fixture.195',
      }),
    ]),
  );
  return items;
}

/** the red lines of dashboardBatch: one met (crossed by d-strike:0), one open */
export function dashboardRedLines(): RedLine[] {
  const [rl] = dashboardBatch();
  const e = rl.events[0];
  return [
    {
      id: 'rl-longrange',
      articleId: 'd-rl',
      eventId: e.id,
      date: '2024-09-12',
      holder: e.source,
      addressees: [e.target!],
      condition: {
        text: e.condition!.text,
        start: e.condition!.start,
        end: e.condition!.end,
        sources: ['NATO', 'UKR'],
        targets: ['RUS'],
        roots: ['19'],
        codes: [],
        terms: ['long-range'],
      },
      response: { text: 'Moscow will respond', code: '138' },
      status: 'met',
      evidence: e.evidence,
    },
    {
      id: 'rl-iran',
      articleId: 'd08',
      eventId: 'd08:0',
      date: '2024-09-08',
      holder: actor('ISRGOV', { name: 'Israel' }),
      addressees: [actor('IRNGOV', { name: 'Iran' })],
      condition: { text: 'if Iran attacks', start: 0, end: 15, sources: ['IRN'], targets: ['ISR'], roots: ['19'], codes: [], terms: [] },
      response: { text: 'retaliation', code: '130' },
      status: 'open',
      evidence: { start: 0, end: 40, text: 'Israel threatened Iran with retaliation' },
    },
  ];
}

export function dashboardCrossings(): RedLineCrossing[] {
  const strike = dashboardBatch().at(-1)!.events[0];
  return [
    {
      redLineId: 'rl-longrange',
      eventId: strike.id,
      articleId: strike.articleId,
      date: '2024-09-20',
      lagDays: 8,
      status: 'met',
      reason: 'source UKR, target RUS, root 19, term "long-range"',
      evidence: strike.evidence,
    },
  ];
}

/** Fixtures of the API and dashboard tests: a month of news with offsets matching the texts. */
import type { CodedEvent } from '../../src/model/event.js';
import type { RedLine, RedLineCrossing } from '../../src/model/redline.js';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { actor, article, item, makeEvent, spanOf, tempDir } from '../helpers/events.js';

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

function parseStory(line: string): StoryLine {
  const [day, src, verb, tgt, tail, code, quad, g, modality] = line.split('|');
  const pair = (s: string): [string, string] => [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
  return {
    day,
    src: pair(src),
    verb,
    tgt: pair(tgt),
    tail,
    code,
    quad: Number(quad) as StoryLine['quad'],
    g: Number(g),
    modality: (modality || undefined) as StoryLine['modality'],
  };
}

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
  const rlArticle = article('d-rl', {
    text: rlText,
    title: 'Putin warns NATO over long-range strikes',
    published: '2024-09-12',
    outlet: 'wire',
  });
  const cond = spanOf(
    rlText,
    'if the alliance allows Ukraine to strike deep into Russia with long-range missiles',
  );
  const rlEvent = makeEvent('d-rl', 0, {
    code: '138',
    root: '13',
    goldstein: -7,
    quadClass: 3,
    plover: { type: 'THREATEN', mode: null },
    modality: 'conditional',
    date: '2024-09-12',
    source: actor('RUSGOV', {
      name: 'Vladimir Putin',
      ...spanOf(rlText, 'Russian President Vladimir Putin'),
    }),
    target: actor('NATO', { name: 'NATO', ...spanOf(rlText, 'NATO') }),
    condition: {
      ...cond,
      source: actor('NATO'),
      target: actor('RUS'),
      code: '190',
      subjects: [actor('NATO')],
      actors: [],
    },
    evidence: spanOf(rlText, rlSentence),
    trigger: spanOf(rlText, 'warned'),
    rule: 'threaten.warn_if',
  });

  // day | source code:surface | verb | target code:surface | rest of the sentence | CAMEO code | quad | Goldstein | modality
  const stories: StoryLine[] = [
    '2024-09-02|RUSMIL:Russian troops|shelled|UKR:Kharkiv| overnight|190|4|-10',
    '2024-09-03|RUSGOV:Moscow|accused|UKRGOV:Kyiv| of sabotage|112|3|-2',
    '2024-09-04|USAGOV:Washington|pledged|UKRGOV:Ukraine| new military aid|0332|1|5.2',
    '2024-09-05|CHNGOV:Beijing|signed|BRAGOV:Brazil| a trade agreement|057|1|8',
    '2024-09-05|DEUGOV:Germany|sent|UKRMIL:Ukrainian forces| air defence systems|070|2|7',
    '2024-09-06|RUSMIL:Russian forces|attacked|UKR:Odesa| with drones|190|4|-10',
    '2024-09-07|FRAGOV:France|urged|IRNGOV:Iran| to halt enrichment|100|3|-5',
    '2024-09-08|ISRGOV:Israel|threatened|IRNGOV:Iran| with retaliation|130|3|-4.4|threat',
    '2024-09-09|RUSGOV:Russia|met|CHNGOV:China| for talks in Beijing|040|1|1',
    '2024-09-10|RUSMIL:Russian artillery|hit|UKR:Sumy| again|190|4|-10',
    '2024-09-11|JPNGOV:Japan|praised|INDGOV:India| for its mediation|051|1|3.4',
    '2024-09-12|RUSGOV:Moscow|agreed with|UKRGOV:Kyiv| on a prisoner exchange|0312|1|5',
    '2024-09-13|GBRGOV:Britain|sanctioned|RUS:Russian banks| on Friday|163|4|-8',
    '2024-09-14|TURGOV:Turkey|offered|UKRGOV:Ukraine| to host talks|0331|1|5.2|future',
    "2024-09-15|RUSGOV:The Kremlin|rejected|UKRGOV:Kyiv|'s peace plan|120|3|-4",
    '2024-09-16|USAGOV:The United States|did not send|UKRMIL:Ukrainian forces| ATACMS|070|2|7|negated',
    '2024-09-17|EGYGOV:Egypt|hosted|SAUGOV:Saudi Arabia| for a summit|042|1|1.9',
    '2024-09-18|RUSMIL:Russian troops|shelled|UKR:Kherson| at dawn|190|4|-10',
    '2024-09-19|POLGOV:Poland|condemned|BLRGOV:Belarus| for border provocations|111|3|-2',
    '2024-09-21|RUSGOV:Moscow|threatened|UKRGOV:Kyiv| with a harsh response|130|3|-4.4|threat',
    '2024-09-22|RUSMIL:Russian forces|struck|UKR:Kyiv| with missiles|190|4|-10',
    '2024-09-25|ZAFGOV:South Africa|called on|ISRGOV:Israel| to respect a ceasefire|100|3|-5',
  ].map(parseStory);
  const items = [item(rlArticle, [rlEvent])];
  stories.forEach((s, i) => {
    const text = `${s.src[1]} ${s.verb} ${s.tgt[1]}${s.tail}, officials said on ${s.day}.`;
    const id = `d${String(i + 1).padStart(2, '0')}`;
    const a = article(id, {
      text,
      title: `${s.src[1]} ${s.verb} ${s.tgt[1]}`,
      published: s.day,
      outlet: i % 2 ? 'wire' : 'daily',
    });
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
  const strike = article('d-strike', {
    text: strikeText,
    title: 'Ukraine strikes Russian airfield',
    published: '2024-09-20',
  });
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
      condition: {
        text: 'if Iran attacks',
        start: 0,
        end: 15,
        sources: ['IRN'],
        targets: ['ISR'],
        roots: ['19'],
        codes: [],
        terms: [],
      },
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

/** a temp DuckDB file filled with the dashboard fixtures (closed again, ready to open read-only) */
export async function fixtureDb(): Promise<{ file: string; cleanup: () => void }> {
  const tmp = tempDir();
  const file = tmp.file('redline.duckdb');
  const rw = new DuckDbStore(file);
  try {
    await rw.saveBatch(dashboardBatch());
    await rw.saveRedLines(dashboardRedLines());
    await rw.saveCrossings(dashboardCrossings());
  } finally {
    await rw.close();
  }
  return { file, cleanup: tmp.cleanup };
}

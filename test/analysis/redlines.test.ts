import { describe, expect, it } from 'vitest';
import { checkCrossing, extractRedLines } from '../../src/analysis/redlines.js';
import { Blocs, loadBlocs } from '../../src/lexicon/blocs.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { negatedCondition } from '../../src/analysis/track.js';
import type { RedLine } from '../../src/model/redline.js';
import { actor, makeEvent } from '../helpers/events.js';
import { code } from '../helpers/code.js';
import { codeArticle } from '../../src/coding/pipeline.js';

describe('red lines from conditional events', () => {
  it('one red line per condition and holder, described by the act threatened rather than the warning', () => {
    const d = code(
      'Serbian President Aleksandar Vucic warned on Wednesday that Serbia would intervene militarily if Kosovo special police units entered the four northern municipalities.',
      '2024-03-04',
    );
    const conditional = d.events.filter((e) => e.modality === 'conditional');
    expect(conditional.length).toBeGreaterThanOrEqual(2); // the warning and the intervention
    const lines = extractRedLines(conditional, ['police'], () => 4);
    expect(lines).toHaveLength(1);
    expect(lines[0].holder?.code).toMatch(/^SRB/);
    expect(lines[0].response.code.slice(0, 2)).not.toBe('13');
    expect(lines[0].condition.text).toMatch(/^if Kosovo special police units entered/);
  });
  it('a condition whose act is not coded and names no force gets no act family, one naming force gets 18-20', () => {
    const lines = (text: string) =>
      extractRedLines(
        code(text, '2024-03-05').events.filter((e) => e.modality === 'conditional'),
        ['long-range', 'territory', 'sanctions'],
        () => 4,
      );
    const trade = lines(
      'The European Union will retaliate if Congress passes the trade bill, its trade commissioner said.',
    );
    expect(trade[0].condition).toMatchObject({ sources: ['USA'], roots: [], terms: [] });
    const strikes = lines(
      'Russia will respond if NATO allows long-range strikes on Russian territory, the Kremlin said.',
    );
    expect(strikes[0].condition).toMatchObject({ sources: ['NATO'], roots: ['18', '19', '20'] });
  });
});

describe('red lines are conditional threats', () => {
  const lex = loadLexicon();
  const quad = (c: string) => lex.cameo.get(c)?.quadClass ?? 4;
  const lines = (text: string) =>
    extractRedLines(
      code(text, '2005-01-10').events.filter((e) => e.modality === 'conditional'),
      lex.cues.redLineTerms,
      quad,
    );
  it('an offer or promise on a condition draws none; a commitment to help if attacked does', () => {
    expect(
      code(
        'The EU offered to start membership talks with Turkey as long as Ankara ends its standoff with Cyprus.',
        '2005-01-10',
      ).events.some((e) => e.modality === 'conditional'),
    ).toBe(true);
    expect(
      lines(
        'The EU offered to start membership talks with Turkey as long as Ankara ends its standoff with Cyprus.',
      ),
    ).toEqual([]);
    expect(
      lines('Powell said the United States will offer to assist Taiwan if it is threatened.'),
    ).toHaveLength(1);
    expect(lines('Russia will respond if NATO allows long-range strikes on Russian territory.')).toHaveLength(
      1,
    );
  });
});

describe('crossings of red lines whose act was not coded', () => {
  const blocs = new Blocs({});
  const civil = new Set(['BUS', 'EDU', 'CVL']);
  /** USA's red line "if Japan's exporters keep dumping chips, ..." with the condition's act uncoded */
  const line = (over: Partial<RedLine['condition']> = {}): RedLine => ({
    id: 'rl:x',
    articleId: 'a0',
    eventId: 'a0:0',
    date: '2024-01-01',
    holder: actor('USAGOV'),
    addressees: [actor('JPN')],
    condition: {
      text: 'if Japan keeps dumping',
      start: 0,
      end: 22,
      sources: ['JPN'],
      targets: [],
      roots: [],
      codes: [],
      terms: ['sanctions'],
      ...over,
    },
    response: { text: 'retaliate', code: '1723' },
    status: 'open',
    evidence: { start: 0, end: 30, text: 'The US will retaliate if Japan keeps dumping.' },
  });
  const ev = (code: string, text: string, source = 'JPNGOV') =>
    makeEvent('a1', 0, {
      code,
      root: code.slice(0, 2),
      date: '2024-02-01',
      source: actor(source),
      target: actor('USAGOV'),
      evidence: { start: 0, end: text.length, text },
    });

  it('is met only by a material-conflict act of its actor that names a key term', () => {
    expect(checkCrossing(line(), ev('163', 'Japan imposed sanctions on US chips.'), blocs)?.status).toBe(
      'met',
    );
    expect(checkCrossing(line(), ev('163', 'Japan cut chip imports from the US.'), blocs)).toBeNull();
    expect(checkCrossing(line(), ev('036', 'Japan offered talks on the sanctions.'), blocs)).toBeNull();
    expect(
      checkCrossing(line(), ev('163', 'Korea imposed sanctions on US chips.', 'KORGOV'), blocs),
    ).toBeNull();
  });
  it('is never met when it names no actor or no key term', () => {
    const sanctions = ev('163', 'Japan imposed sanctions on US chips.');
    expect(checkCrossing(line({ sources: [] }), sanctions, blocs)).toBeNull();
    expect(checkCrossing(line({ terms: [] }), sanctions, blocs)).toBeNull();
  });
  it('is never met by a business, school or civilian actor', () => {
    const byFirm = ev('163', 'A Japanese firm imposed sanctions on US chips.', 'JPNBUS');
    expect(checkCrossing(line(), byFirm, blocs)?.status).toBe('met'); // no civil roles given
    expect(checkCrossing(line(), byFirm, blocs, civil)).toBeNull();
  });
  it('a negated condition ("unless …", "if … not …") is never met by an event', () => {
    const coded = line({ roots: ['16'], terms: [], negated: true });
    expect(checkCrossing(coded, ev('163', 'Japan cut chip imports from the US.'), blocs)).toBeNull();
    expect(checkCrossing(coded, ev('120', 'Japan rejected the US demands.'), blocs)).toBeNull();
  });
  it('a condition of words or protest needs a key term; one naming its means is only possibly met without them', () => {
    const said = ev('016', 'Japan denied the sanctions talk.');
    expect(
      checkCrossing(line({ roots: ['01'], terms: [] }), ev('016', 'Japan denied the report.'), blocs),
    ).toBeNull();
    expect(checkCrossing(line({ roots: ['01'] }), said, blocs)?.status).toBe('met');
    const test = line({ roots: ['15'], terms: ['nuclear'] });
    expect(
      checkCrossing(test, ev('150', 'Japan put 100 armored vehicles on the streets.'), blocs)?.status,
    ).toBe('possibly-met');
    expect(checkCrossing(test, ev('150', 'Japan carried out a nuclear test.'), blocs)?.status).toBe('met');
  });
  it('is watched for a horizon of days after it was drawn', () => {
    const later = (date: string) => ({ ...ev('163', 'Japan imposed sanctions on US chips.'), date });
    // the line is drawn on 2024-01-01 (see line())
    expect(checkCrossing(line(), later('2025-12-01'), blocs, civil, 730)?.status).toBe('met');
    expect(checkCrossing(line(), later('2026-02-01'), blocs, civil, 730)).toBeNull();
    expect(checkCrossing(line(), later('2040-01-01'), blocs)?.status).toBe('met'); // no horizon given
  });
  it('a coded condition still meets by its act family without terms', () => {
    const coded = line({ roots: ['16'], terms: [] });
    expect(checkCrossing(coded, ev('163', 'Japan cut chip imports from the US.'), blocs)?.status).toBe('met');
  });
});

describe('a red line on armed people sent across a border', () => {
  it('is met by a later report of them sent in, by the people named', () => {
    const lex = loadLexicon();
    const quad = (c: string) => lex.cameo.get(c)?.quadClass ?? 4;
    const drawn = code(
      '"If Moscow sends saboteurs across our border, we will ask the European Union for help," Moldovan President Maia Sandu said.',
      '2026-03-03',
    );
    const [rl] = extractRedLines(
      drawn.events.filter((e) => e.modality === 'conditional'),
      lex.cues.redLineTerms,
      quad,
    );
    expect(rl.condition).toMatchObject({ roots: ['15'], terms: ['border', 'saboteurs'] });
    const later = (text: string) =>
      codeArticle({ id: 'later', text, published: '2026-03-20' }).events.find((e) => e.code === '154')!;
    const sent = later('Moldovan police said Russia had sent saboteurs into Moldova.');
    expect(checkCrossing(rl, sent, loadBlocs())?.status).toBe('met');
    const troops = later('Moldovan police said Russia had sent troops into Moldova.');
    expect(checkCrossing(rl, troops, loadBlocs())?.status).toBe('possibly-met');
  });
});

describe('negated conditions', () => {
  it('"unless …" and a negation word or verb mark the condition negated', () => {
    const lex = loadLexicon();
    expect(negatedCondition('unless Japan pulled its troops out of Iraq', lex)).toBe(true);
    expect(negatedCondition('if the demands were not met', lex)).toBe(true);
    expect(negatedCondition("if Tokyo doesn't act", lex)).toBe(true);
    expect(negatedCondition('if Tokyo failed to act', lex)).toBe(true);
    expect(negatedCondition('if NATO allows long-range strikes', lex)).toBe(false);
  });
});

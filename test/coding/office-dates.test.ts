/** An undated article dated by the offices of the titled people it names. */
import { describe, it, expect } from 'vitest';
import { codeArticle } from '../../src/coding/pipeline.js';

const undated = (text: string) => codeArticle({ id: 'u', text, published: null });

describe('office dates', () => {
  it('puts the article in the period when every titled person held that office', () => {
    const d = undated(
      'Foreign Secretary Jack Straw will visit Thailand. Prime Minister Tony Blair met President Bush.',
    );
    expect(d.referenceFrom).toBe('people');
    // Straw at the Foreign Office 2001-06-08..2006-05-05, Blair PM to 2007, Bush president 2001..2009
    expect(d.referenceDate >= '2001-06-08' && d.referenceDate < '2006-05-05').toBe(true);
    expect(d.events.map((e) => e.source?.code)).toContain('GBRGOV');
  });
  it("takes the office the title names, not another of the person's offices with the same role", () => {
    const d = undated('Chancellor Gordon Brown has visited Kenya.');
    expect(d.referenceDate < '2007-06-27').toBe(true); // Chancellor until 2007, prime minister after
  });
  it('ignores former office holders and keeps today when no title dates the text', () => {
    const d = undated('Former President Bill Clinton met Chinese President Xi Jinping.');
    expect(d.referenceFrom).toBe('today');
    expect(undated('Russia attacked Ukraine.').referenceFrom).toBe('today');
  });
  it('never overrides a publication date or a date in the lead', () => {
    expect(
      codeArticle({ id: 'p', text: 'President Bush met Prime Minister Tony Blair.', published: '2024-05-01' })
        .referenceDate,
    ).toBe('2024-05-01');
    const lead = undated('WASHINGTON, Sept. 30, 2004 -- President Bush met Prime Minister Tony Blair.');
    expect([lead.referenceDate, lead.referenceFrom]).toEqual(['2004-09-30', 'lead']);
  });
  it('with no titled person, dates the text by the common years of the people it names in full', () => {
    const d = undated('Tony Blair has rejected the offer. Gordon Brown criticised the plan.');
    expect(d.referenceFrom).toBe('people');
    // Blair prime minister 1997-2007, Brown chancellor 1997-2007 (prime minister 2007-2010)
    expect(d.referenceDate >= '1997-05-02' && d.referenceDate < '2007-06-27').toBe(true);
    expect(d.events.map((e) => e.source?.code)).toEqual(['GBRGOV', 'GBRGOV']);
  });
  it('not by a lone surname, a name after a title of the past, or a person whose offices never meet the others', () => {
    expect(undated('Mr Blair has rejected the offer.').referenceFrom).toBe('today');
    expect(undated('Tony Blair, the former prime minister, rejected the offer.').referenceFrom).toBe('today');
    expect(undated('Tony Blair and Keir Starmer rejected the offer.').referenceFrom).toBe('today');
    // a titled person dates it alone: the untitled are weaker evidence
    const d = undated('Tony Blair met President Joe Biden.');
    expect(d.referenceDate >= '2021-01-20' && d.referenceDate < '2025-01-20').toBe(true);
  });
});

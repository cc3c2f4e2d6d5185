import { describe, it, expect } from 'vitest';
import { Pipeline } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/tokenize.js';
import { dateStage, createDateStage } from '../../src/nlp/dates.js';

const p = new Pipeline([tokenizeStage, dateStage]);
const dates = (text: string, published: string) =>
  p.run({ id: 'd', text, published }).dates.map((d) => [d.text, d.value, d.granularity]);

describe('dates stage: resolved against the publication date', () => {
  it('resolves month-day expressions ("Sept. 12")', () => {
    expect(dates('Putin stated on Sept. 12 that the West was involved.', '2024-10-01')).toEqual([
      ['Sept. 12', '2024-09-12', 'day'],
    ]);
  });
  it('puts a bare weekday in the past ("on Sunday" before a Tuesday) or on the same day', () => {
    expect(dates('Officials said on Sunday that talks failed.', '2024-11-19')[0][1]).toBe('2024-11-17');
    expect(dates('Forces fired missiles on Tuesday.', '2024-11-19')[0][1]).toBe('2024-11-19');
  });
  it('puts a weekday in a future clause ahead', () => {
    expect(dates('The ministers will meet on Sunday in Geneva.', '2024-11-19')[0][1]).toBe('2024-11-24');
  });
  it('gives a year for "this year" / "last year" / "next year", not the anchor day', () => {
    expect(dates('It will sell sugar this year and bought oil last year.', '1987-03-19')).toEqual([
      ['this year', '1987', 'year'],
      ['last year', '1986', 'year'],
    ]);
  });
  it('gives years for "in early 2022" and "since 2014"', () => {
    expect(dates('since the invasion in early 2022', '2024-10-01')).toEqual([['early 2022', '2022', 'year']]);
    expect(dates('The war has gone on since 2014.', '2024-10-01')[0][1]).toBe('2014');
  });
  it('handles "last week" (week) and "last November" (the previous one)', () => {
    expect(dates('Last week the army moved.', '2024-10-01')[0][2]).toBe('week');
    expect(dates('It happened last November.', '2024-10-01')[0][1]).toBe('2023-11');
  });
  it('reads "last May" and "early May" as the month, "may" as no date', () => {
    expect(dates('Troops last May raided the town.', '1987-04-09')[0][1]).toBe('1986-05');
    expect(dates('Troops raided the town in early May.', '1987-06-09')[0][1]).toBe('1987-05');
    expect(dates('Troops may raid the town.', '1987-06-09')).toEqual([]);
  });
  it('moves an undated month after the publication date into the past year', () => {
    expect(dates('They met in March.', '2024-10-01')[0][1]).toBe('2024-03');
    expect(dates('Talks stalled in December.', '2024-10-01')[0][1]).toBe('2023-12');
  });
  it('ignores numbers that are not dates and bare times', () => {
    expect(dates('Some 2,000 troops and 1999 soldiers arrived at 5 pm.', '2024-10-01')).toEqual([]);
    expect(dates('A score of 3-1 in the match.', '2024-10-01')).toEqual([]);
  });
  it('gives offsets that slice to the date text', () => {
    const text = 'KYIV, Nov. 19 (Redline sample) - Strikes continued.';
    const d = p.run({ id: 'd', text, published: '2024-11-19' });
    expect(text.slice(d.dates[0].start, d.dates[0].end)).toBe('Nov. 19');
  });
});

describe('dates stage: what is not a date', () => {
  it('reads "march" the verb and "may" the modal as words, "May" and "MARCH 6" as months', () => {
    expect(dates('Farmers began a march to the capital and may stay for days.', '2024-10-01')).toEqual([]);
    expect(dates('They met in May.', '2024-10-01')[0][1]).toBe('2024-05');
    expect(dates('BRASILIA, MARCH 6 - The minister left.', '1987-03-06')[0][1]).toBe('1987-03-06');
    expect(dates('Quito, march 11 - The talks began.', '1987-03-11')[0][1]).toBe('1987-03-11');
  });
  it('does not turn durations or fractions into dates', () => {
    expect(dates('The plan must be done within three years.', '1987-03-03')).toEqual([]);
    expect(dates('The troops left five days later.', '1987-03-03')).toEqual([]);
    expect(dates('It signed a 12-1/2 year accord.', '1987-03-03')).toEqual([]);
  });
  it('reads a weekday abbreviation or a month after a name as part of the name ("Sun Weidong", "Theresa May")', () => {
    expect(dates('Ambassador Sun Weidong met officials on Friday.', '2024-10-08')).toEqual([
      ['on Friday', '2024-10-04', 'day'],
    ]);
    expect(dates('Spokesman Sun said Wed Ling left.', '2024-10-08')).toEqual([]);
    expect(dates('Theresa May met Macron in May.', '2024-10-08').map((d) => d[1])).toEqual(['2024-05']);
    expect(dates('The army moved on Sun, Oct. 6.', '2024-10-08')[0][1]).toBe('2024-10-06');
  });
  it('keeps "last night" and "two days ago"', () => {
    expect(dates('He arrived last night.', '1987-03-11')).toHaveLength(1);
    expect(dates('He said two days ago that exports would stop.', '1987-03-11')[0][1]).toBe('1987-03-09');
  });
});

describe('dates stage: on-demand mode', () => {
  const lazy = new Pipeline([tokenizeStage, createDateStage({ mode: 'on-demand' })]);
  const text = 'Talks stalled on Sunday. Nothing happened. Troops moved on Sept. 12.';
  it('resolves nothing until a sentence is asked for, then exactly what the eager stage finds there', () => {
    const d = lazy.run({ id: 'l', text, published: '2024-10-01' });
    expect(d.dates).toEqual([]);
    expect(d.datesIn(1)).toEqual([]);
    const eager = p.run({ id: 'l', text, published: '2024-10-01' });
    expect(d.datesIn(2)).toEqual(eager.dates.filter((x) => x.sentence === 2));
    expect(d.datesIn(0)).toEqual(eager.dates.filter((x) => x.sentence === 0));
    expect(d.dates).toEqual(eager.dates);
    expect(d.datesIn(0)).toHaveLength(1); // asked twice: resolved once
    expect(d.dates).toHaveLength(2);
  });
});

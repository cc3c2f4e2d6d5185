import { describe, it, expect } from 'vitest';
import { buildSeries } from '../../src/analysis/series.js';
import type { StoredEvent } from '../../src/store/repository.js';
import { actor, makeEvent } from '../helpers/events.js';

function stored(
  id: string,
  date: string,
  code: string,
  goldstein: number,
  quadClass: 1 | 2 | 3 | 4,
  src = 'RUS',
  tgt = 'UKR',
): StoredEvent {
  return {
    ...makeEvent(id, 0, {
      date,
      code,
      root: code.slice(0, 2),
      goldstein,
      quadClass,
      source: actor(src),
      target: actor(tgt),
    }),
    clusterId: null,
    numMentions: 1,
    numSources: 1,
    numArticles: 1,
    articleUrl: null,
    articleOutlet: null,
    published: null,
    ingestedAt: null,
  };
}

describe('dyad series and escalation index', () => {
  it('counts per day, weights conflict by Goldstein and flags a spike against the dyad baseline', () => {
    const events: StoredEvent[] = [];
    // 20 quiet days with one verbal cooperation event each, then a day of heavy fighting
    for (let d = 1; d <= 20; d++)
      events.push(stored(`c${d}`, `2024-03-${String(d).padStart(2, '0')}`, '040', 1, 1));
    events.push(stored('f1', '2024-03-21', '190', -10, 4), stored('f2', '2024-03-21', '195', -10, 4));
    const [s] = buildSeries(events);
    expect(s.source).toBe('RUS');
    expect(s.target).toBe('UKR');
    expect(s.points).toHaveLength(21);
    const quiet = s.points[10];
    expect(quiet.escalation).toBe(0);
    expect(quiet.spike).toBe(false);
    const war = s.points[20];
    expect(war.byQuad).toEqual([0, 0, 0, 2]);
    expect(war.conflictWeight).toBe(20);
    expect(war.escalation).toBeGreaterThan(0.7);
    expect(war.spike).toBe(true);
  });

  it('counts one duplicate cluster once and leaves out coarse dates and self-dyads', () => {
    const a = { ...stored('a', '2024-05-01', '190', -10, 4), clusterId: 'k' };
    const b = { ...stored('b', '2024-05-01', '190', -10, 4), clusterId: 'k' };
    const coarse = stored('c', '2024-05', '190', -10, 4);
    const self = stored('d', '2024-05-01', '173', -5, 4, 'RUS', 'RUS');
    const series = buildSeries([a, b, coarse, self]);
    expect(series).toHaveLength(1);
    expect(series[0].points[0].events).toBe(1);
  });
});

/**
 * Rule families found on news Redline had not seen (world-news, long-articles, own sample articles; earlier ones are
 * in unseen-news-rules*.test.ts), each checked on every changed event of both corpora.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('an act noun after "reject"', () => {
  it("is someone else's act, not the rejecter's", () => {
    expect(ev('Beijing rejected the protest.')).toEqual(['CHNGOV>- 120 actual']);
    expect(ev('The Serbian government rejected the protest on Tuesday.')).toEqual(['SRBGOV>- 120 actual']);
  });
  it('its owner or its "by" phrase is its agent', () => {
    expect(ev('China rejected the protest by Japan.')).toEqual(['JPN>- 141 actual', 'CHNGOV>JPN 120 actual']);
    expect(ev("But he rejected the Tories' call for a quota.", '2005-03-01')).toEqual([
      'GBRPTY>- 020 actual',
    ]);
  });
  it("an assenting light verb still makes the act its subject's own", () => {
    expect(ev('Washington approved an arms sale to Taiwan.')).toEqual(['USAGOV>TWN 062 actual']);
  });
});

describe('armed people sent into a country', () => {
  it('saboteurs, commandos, mercenaries and fighters are deployed as troops are', () => {
    expect(ev('Russia sent saboteurs into Moldova.')).toEqual(['RUS>MDA 154 actual']);
    expect(ev('Turkey dispatched mercenaries to Libya.')).toEqual(['TUR>LBY 154 actual']);
  });
  it('sending no armed people is no deployment', () => {
    expect(ev('Russia sent diplomats to Moldova.')).not.toContain('RUS>MDA 154 actual');
  });
});

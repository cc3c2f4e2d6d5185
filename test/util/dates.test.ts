/** Date helpers: a day written without its year at its likeliest. */
import { describe, it, expect } from 'vitest';
import { latestMonthDay } from '../../src/util/dates.js';

describe('latestMonthDay', () => {
  it('takes the latest year in which the day is not after the bound', () => {
    expect(latestMonthDay(3, 3, '2026-12-05')).toBe('2026-03-03');
    expect(latestMonthDay(12, 15, '2026-12-05')).toBe('2025-12-15');
    expect(latestMonthDay(12, 5, '2026-12-05')).toBe('2026-12-05');
  });
  it('looks back to a leap year for 29 February, and gives up before the lower bound', () => {
    expect(latestMonthDay(2, 29, '2026-12-05')).toBe('2024-02-29');
    expect(latestMonthDay(8, 17, '2005-04-06', '2004-06-28')).toBe('2004-08-17');
    expect(latestMonthDay(5, 1, '2005-04-06', '2004-06-28')).toBeNull();
    expect(latestMonthDay(2, 30, '2026-12-05')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { utcHoursBetween, utcHoursOfLocalDate } from './local-hours';

const count = (byDay: Map<string, Set<string>>) =>
  [...byDay.values()].reduce((total, hours) => total + hours.size, 0);

describe('the UTC hours of local dates', () => {
  it('start at local midnight and follow summer time', () => {
    const paris = utcHoursBetween('2026-03-29', '2026-03-29', 'Europe/Paris');
    // The day the clocks go forward has 23 hours: from 23:00 UTC the evening before.
    expect(count(paris)).toBe(23);
    expect([...paris.get('2026-03-28')!]).toEqual(['23']);
    expect(count(utcHoursBetween('2026-03-01', '2026-03-31', 'Europe/Paris'))).toBe(31 * 24 - 1);
  });

  it('name each hour of a date with its local hour', () => {
    const tokyo = utcHoursOfLocalDate('2026-03-02', 'Asia/Tokyo');
    expect(tokyo[0]).toMatchObject({ day: '2026-03-01', utcHour: '15', localHour: 0 });
    expect(tokyo).toHaveLength(24);
  });
});

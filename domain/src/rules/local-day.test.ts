import { describe, expect, it } from 'vitest';
import { localDayBounds } from './local-day';

describe('local day bounds', () => {
  it('start at local midnight, in UTC', () => {
    expect(localDayBounds('2026-11-30T01:00:00Z', 'Europe/Warsaw')).toEqual({
      start: '2026-11-29T23:00:00.000Z',
      end: '2026-11-30T23:00:00.000Z',
    });
    expect(localDayBounds('2026-11-30T01:00:00Z', 'America/Los_Angeles')).toEqual({
      start: '2026-11-29T08:00:00.000Z',
      end: '2026-11-30T08:00:00.000Z',
    });
  });

  it('make the days of a DST change 23 and 25 hours long', () => {
    expect(localDayBounds('2026-03-29T12:00:00Z', 'Europe/Warsaw')).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    expect(localDayBounds('2026-10-25T12:00:00Z', 'Europe/Warsaw')).toEqual({
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
    });
  });
});

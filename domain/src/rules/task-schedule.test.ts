import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingDaysToDate,
  dueAfterWorkingDays,
  dueBucketsAt,
  isWorkingDay,
  localDateOf,
  localDayRange,
  localTimeOf,
  localTimeToInstant,
} from './task-schedule';

const WARSAW = 'Europe/Warsaw';
const NEW_YORK = 'America/New_York';

describe('local dates and times of an instant', () => {
  it('reads 23:30 UTC as the next morning in Tokyo and the same evening in New York', () => {
    expect(localDateOf('2026-11-26T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-27');
    expect(localTimeOf('2026-11-26T23:30:00Z', 'Asia/Tokyo')).toBe('08:30');
    expect(localDateOf('2026-11-26T23:30:00Z', NEW_YORK)).toBe('2026-11-26');
    expect(localTimeOf('2026-11-26T23:30:00Z', NEW_YORK)).toBe('18:30');
  });

  it('places a wall-clock time with the offset of its season', () => {
    expect(localTimeToInstant('2026-01-15', '10:00', WARSAW)).toBe('2026-01-15T09:00:00.000Z');
    expect(localTimeToInstant('2026-07-15', '10:00', WARSAW)).toBe('2026-07-15T08:00:00.000Z');
    expect(localTimeToInstant('2026-07-15', '10:00', 'Asia/Kolkata')).toBe(
      '2026-07-15T04:30:00.000Z',
    );
  });

  it('moves a time the spring-forward night skips forward by the gap', () => {
    expect(localTimeToInstant('2026-03-29', '02:30', WARSAW)).toBe('2026-03-29T01:30:00.000Z');
    expect(localTimeOf('2026-03-29T01:30:00.000Z', WARSAW)).toBe('03:30');
    expect(localTimeToInstant('2026-03-08', '02:30', NEW_YORK)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the earlier of the two occurrences of a time the clocks go back over', () => {
    expect(localTimeToInstant('2026-10-25', '02:30', WARSAW)).toBe('2026-10-25T00:30:00.000Z');
    expect(localTimeToInstant('2026-11-01', '01:30', NEW_YORK)).toBe('2026-11-01T05:30:00.000Z');
  });

  it('reads an unknown time zone as UTC', () => {
    expect(localTimeToInstant('2026-03-29', '02:30', 'Mars/Olympus_Mons')).toBe(
      '2026-03-29T02:30:00.000Z',
    );
    expect(localDateOf('2026-11-26T23:30:00Z', '')).toBe('2026-11-26');
  });

  it('refuses a date or a time that does not exist on any calendar', () => {
    expect(() => localTimeToInstant('2026-02-29', '10:00', WARSAW)).toThrow(RangeError);
    expect(() => localTimeToInstant('2026-02-28', '24:00', WARSAW)).toThrow(RangeError);
    expect(() => localTimeToInstant('2026-02-28', '9:00', WARSAW)).toThrow(RangeError);
  });
});

describe('the bounds of a local day', () => {
  it('is 23 hours on the spring-forward day and 25 on the fall-back day', () => {
    expect(localDayRange('2026-03-29', WARSAW)).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    expect(localDayRange('2026-10-25', WARSAW)).toEqual({
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
    });
  });

  it('starts when the clocks say 01:00 where midnight itself is skipped (Santiago)', () => {
    expect(localDayRange('2026-09-06', 'America/Santiago').start).toBe('2026-09-06T04:00:00.000Z');
  });

  it('starts the previous UTC afternoon in Tokyo', () => {
    expect(localDayRange('2026-11-30', 'Asia/Tokyo')).toEqual({
      start: '2026-11-29T15:00:00.000Z',
      end: '2026-11-30T15:00:00.000Z',
    });
  });
});

describe('working days after a date', () => {
  it('takes Friday + 1 to Monday and Thursday + 1 to Friday', () => {
    expect(addWorkingDaysToDate('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDaysToDate('2026-11-26', 1)).toBe('2026-11-27');
  });

  it('never lands on a weekend: Saturday or Sunday + 0 and + 1 are Monday', () => {
    expect(addWorkingDaysToDate('2026-11-28', 0)).toBe('2026-11-30');
    expect(addWorkingDaysToDate('2026-11-29', 0)).toBe('2026-11-30');
    expect(addWorkingDaysToDate('2026-11-28', 1)).toBe('2026-11-30');
    expect(addWorkingDaysToDate('2026-11-29', 2)).toBe('2026-12-01');
    expect(addWorkingDaysToDate('2026-11-25', 0)).toBe('2026-11-25');
  });

  it('takes a week for five working days and two for ten', () => {
    expect(addWorkingDaysToDate('2026-11-25', 5)).toBe('2026-12-02');
    expect(addWorkingDaysToDate('2026-11-30', 10)).toBe('2026-12-14');
  });

  it('counts through a leap day', () => {
    expect(addWorkingDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addWorkingDaysToDate('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('counts across the end of the year', () => {
    expect(addWorkingDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addWorkingDaysToDate('2026-12-31', 2)).toBe('2027-01-04');
  });

  it('agrees with counting day by day for every start of a fortnight and up to a year', () => {
    const countDayByDay = (start: string, days: number) => {
      let date = new Date(`${start}T00:00:00Z`);
      const next = () => (date = new Date(date.getTime() + 86_400_000));
      const iso = () => date.toISOString().slice(0, 10);
      if (days === 0) while (!isWorkingDay(iso())) next();
      for (let left = days; left > 0;) {
        next();
        if (isWorkingDay(iso())) left -= 1;
      }
      return iso();
    };
    for (let offset = 0; offset < 14; offset += 1) {
      const start = new Date(Date.UTC(2026, 11, 20 + offset)).toISOString().slice(0, 10);
      for (const days of [0, 1, 2, 3, 4, 5, 6, 9, 13, 22, 365]) {
        expect(addWorkingDaysToDate(start, days), `${start} + ${days}`).toBe(
          countDayByDay(start, days),
        );
      }
    }
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDaysToDate('2026-11-30', -1)).toThrow(RangeError);
    expect(() => addWorkingDaysToDate('2026-11-30', 1.5)).toThrow(RangeError);
  });
});

describe('a due instant some working days after an anchor', () => {
  it('keeps the anchor’s local time of day, to the minute', () => {
    expect(addWorkingDays('2026-11-27T09:00:41.500Z', 1, WARSAW)).toBe('2026-11-30T09:00:00.000Z');
  });

  it('takes the local time it is given', () => {
    expect(addWorkingDays('2026-11-27T09:00:00Z', 2, WARSAW, '14:15')).toBe(
      '2026-12-01T13:15:00.000Z',
    );
  });

  it('keeps 10:00 on the wall across the spring and autumn changes in Warsaw', () => {
    expect(addWorkingDays('2026-03-27T09:00:00Z', 1, WARSAW)).toBe('2026-03-30T08:00:00.000Z');
    expect(addWorkingDays('2026-10-23T08:00:00Z', 1, WARSAW)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('keeps 09:00 on the wall across the spring and autumn changes in New York', () => {
    expect(addWorkingDays('2026-03-06T14:00:00Z', 1, NEW_YORK)).toBe('2026-03-09T13:00:00.000Z');
    expect(addWorkingDays('2026-10-30T13:00:00Z', 1, NEW_YORK)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('counts from the local date east of UTC: Thursday 23:30 UTC is Friday in Tokyo', () => {
    expect(addWorkingDays('2026-11-26T23:30:00Z', 1, 'Asia/Tokyo')).toBe(
      '2026-11-29T23:30:00.000Z',
    );
    expect(addWorkingDays('2026-11-26T23:30:00Z', 1, 'UTC')).toBe('2026-11-27T23:30:00.000Z');
  });

  it('counts from the local date west of UTC: Saturday 03:00 UTC is Friday in Los Angeles', () => {
    expect(addWorkingDays('2026-11-28T03:00:00Z', 1, 'America/Los_Angeles')).toBe(
      '2026-12-01T03:00:00.000Z',
    );
    expect(addWorkingDays('2026-11-28T03:00:00Z', 1, 'UTC')).toBe('2026-11-30T03:00:00.000Z');
  });

  it('moves a weekend anchor to Monday at the same wall-clock time, over the DST weekend', () => {
    // Saturday 28 March 13:00 CET; the clocks go forward on Sunday.
    expect(addWorkingDays('2026-03-28T12:00:00Z', 0, WARSAW)).toBe('2026-03-30T11:00:00.000Z');
  });
});

describe('when a task planned some working days ahead is due', () => {
  it('is due at the local time it is given', () => {
    expect(dueAfterWorkingDays('2026-11-27T15:00:00Z', 1, NEW_YORK, '08:00')).toEqual({
      dueAt: '2026-11-30T13:00:00.000Z',
      allDay: false,
    });
  });

  it('is due all day from the start of the local day when it has no time', () => {
    expect(dueAfterWorkingDays('2026-11-27T15:00:00Z', 1, 'Asia/Tokyo')).toEqual({
      dueAt: '2026-11-29T15:00:00.000Z',
      allDay: true,
    });
  });
});

describe('whether a planned task is overdue, due today or upcoming', () => {
  const now = '2026-11-30T12:00:00Z'; // Monday 13:00 in Warsaw
  const inWarsaw = dueBucketsAt(now, WARSAW);

  it('is overdue once a timed task’s instant has passed', () => {
    expect(inWarsaw({ dueAt: '2026-11-30T11:00:00Z', allDay: false })).toBe('overdue');
    expect(inWarsaw({ dueAt: '2026-11-30T15:00:00Z', allDay: false })).toBe('today');
  });

  it('keeps an all-day task due all day and overdue from the next day', () => {
    const allDayToday = { dueAt: localDayRange('2026-11-30', WARSAW).start, allDay: true };
    const allDayFriday = { dueAt: localDayRange('2026-11-27', WARSAW).start, allDay: true };
    expect(inWarsaw(allDayToday)).toBe('today');
    expect(inWarsaw(allDayFriday)).toBe('overdue');
  });

  it('puts what falls after local midnight among the upcoming ones, per time zone', () => {
    const lateEvening = { dueAt: '2026-11-30T23:30:00Z', allDay: false };
    expect(inWarsaw(lateEvening)).toBe('upcoming');
    expect(dueBucketsAt(now, NEW_YORK)(lateEvening)).toBe('today');
  });
});

import { describe, expect, it } from 'vitest';
import {
  daysOf,
  dayKey,
  fromLocalInput,
  movedDueAt,
  shiftAnchor,
  toLocalInput,
} from './calendar-range';

describe('the calendar range', () => {
  const wednesday = new Date(2026, 11, 2, 15, 0);

  it('shows a day, a week from Monday, and a month as six weeks from the Monday before its 1st', () => {
    expect(daysOf('day', wednesday).map(dayKey)).toEqual(['2026-12-02']);
    const week = daysOf('week', wednesday).map(dayKey);
    expect([week[0], week[6]]).toEqual(['2026-11-30', '2026-12-06']);
    const month = daysOf('month', wednesday).map(dayKey);
    expect(month).toHaveLength(42);
    expect([month[0], month[41]]).toEqual(['2026-11-30', '2027-01-10']);
  });

  it('pages by a day, a week or a month', () => {
    expect(dayKey(shiftAnchor('day', wednesday, -1))).toBe('2026-12-01');
    expect(dayKey(shiftAnchor('week', wednesday, 1))).toBe('2026-12-09');
    expect(dayKey(shiftAnchor('month', wednesday, 1))).toBe('2027-01-01');
  });

  it('moves a due date to another day keeping its time, or to another hour keeping its minutes', () => {
    const due = new Date(2026, 11, 2, 9, 45).toISOString();
    const friday = new Date(2026, 11, 4);
    expect(new Date(movedDueAt(due, friday))).toEqual(new Date(2026, 11, 4, 9, 45));
    expect(new Date(movedDueAt(due, friday, 14))).toEqual(new Date(2026, 11, 4, 14, 45));
  });

  it('reads back what the date and time inputs show', () => {
    const due = new Date(2026, 11, 2, 9, 5).toISOString();
    expect(toLocalInput(due, false)).toBe('2026-12-02T09:05');
    expect(toLocalInput(due, true)).toBe('2026-12-02');
    expect(fromLocalInput('2026-12-02T09:05')).toBe(due);
    expect(fromLocalInput('tomorrow')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { dueCounts, dueState } from './due';

const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

describe('when an activity is due, in the local day', () => {
  const now = new Date(2026, 10, 30, 14, 0);

  it('is overdue from its time on when timed, from the next day on when all day', () => {
    expect(dueState({ dueAt: local(2026, 11, 30, 13, 59), allDay: false }, now)).toBe('overdue');
    expect(dueState({ dueAt: local(2026, 11, 30, 14, 1), allDay: false }, now)).toBe('today');
    expect(dueState({ dueAt: local(2026, 11, 30), allDay: true }, now)).toBe('today');
    expect(dueState({ dueAt: local(2026, 11, 29), allDay: true }, now)).toBe('overdue');
    expect(dueState({ dueAt: local(2026, 12, 1), allDay: false }, now)).toBe('later');
  });

  it('counts a record’s overdue and due-today activities', () => {
    const planned = [
      { dueAt: local(2026, 11, 2, 9), allDay: false },
      { dueAt: local(2026, 11, 29), allDay: true },
      { dueAt: local(2026, 11, 30, 17), allDay: false },
      { dueAt: local(2026, 11, 30), allDay: true },
      { dueAt: local(2026, 12, 3, 9), allDay: false },
    ];
    expect(dueCounts(planned, now)).toEqual({ overdue: 2, dueToday: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { remindersOf, snoozedUntil } from './reminder-times';

const task = (dueAt: string, allDay = false) => ({
  tenantId: 't',
  id: 'a',
  dueAt,
  allDay,
  assigneeId: 'u',
});
const times = (reminders: { kind: string; at: string }[]) =>
  Object.fromEntries(reminders.map((r) => [r.kind, r.at]));

describe('when the assignee hears of a task', () => {
  it('is at its due time, and once more at 09:00 local the next working day', () => {
    // Friday 16:30 in Warsaw (UTC+1): overdue on Monday, not on the weekend.
    expect(
      times(remindersOf(task('2026-03-06T15:30:00.000Z'), 'Europe/Warsaw', '2026-03-01T00:00:00Z')),
    ).toEqual({
      due: '2026-03-06T15:30:00.000Z',
      overdue: '2026-03-09T08:00:00.000Z',
    });
  });

  it('is at 09:00 local on an all-day task’s day, across a DST change', () => {
    // New York springs forward on Sunday 8 March 2026: Friday is UTC-5, Monday UTC-4.
    const friday = '2026-03-06T05:00:00.000Z';
    expect(
      times(remindersOf(task(friday, true), 'America/New_York', '2026-03-01T00:00:00Z')),
    ).toEqual({
      due: '2026-03-06T14:00:00.000Z',
      overdue: '2026-03-09T13:00:00.000Z',
    });
  });

  it('leaves out what is already past', () => {
    const reminders = remindersOf(task('2026-03-02T10:00:00.000Z'), 'UTC', '2026-03-02T12:00:00Z');
    expect(times(reminders)).toEqual({ overdue: '2026-03-03T09:00:00.000Z' });
  });
});

describe('a snooze from a card', () => {
  const now = '2026-03-04T15:20:41.000Z'; // a Wednesday, 16:20 in Paris
  it('moves the task an hour on, tomorrow at 09:00 or next Monday at 09:00, local', () => {
    expect(snoozedUntil('hour', now, 'Europe/Paris')).toBe('2026-03-04T16:20:00.000Z');
    expect(snoozedUntil('tomorrow', now, 'Europe/Paris')).toBe('2026-03-05T08:00:00.000Z');
    expect(snoozedUntil('nextWeek', now, 'Europe/Paris')).toBe('2026-03-09T08:00:00.000Z');
  });

  it('takes a Monday to the Monday after, and a late Sunday to the day after', () => {
    expect(snoozedUntil('nextWeek', '2026-03-09T10:00:00Z', 'UTC')).toBe(
      '2026-03-16T09:00:00.000Z',
    );
    // Sunday 23:30 UTC is already Monday in Warsaw.
    expect(snoozedUntil('tomorrow', '2026-03-08T23:30:00Z', 'Europe/Warsaw')).toBe(
      '2026-03-10T08:00:00.000Z',
    );
  });
});

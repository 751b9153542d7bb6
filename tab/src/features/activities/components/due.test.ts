import { describe, expect, it } from 'vitest';
import { dueState } from './due';

describe("when an activity is due, in the user's day", () => {
  // 15:00 in Paris on 30 November 2026.
  const now = new Date('2026-11-30T14:00:00Z');
  const PARIS = 'Europe/Paris';

  it('is overdue from its time on when timed, from the next day on when all day', () => {
    const timed = (dueAt: string) => dueState({ dueAt, allDay: false }, now, PARIS);
    expect(timed('2026-11-30T13:59:00Z')).toBe('overdue');
    expect(timed('2026-11-30T14:01:00Z')).toBe('today');
    expect(timed('2026-11-30T22:59:00Z')).toBe('today');
    expect(timed('2026-11-30T23:00:00Z')).toBe('later');
    // An all-day activity is stored at its day's midnight in the assignee's time zone.
    const allDay = (dueAt: string) => dueState({ dueAt, allDay: true }, now, PARIS);
    expect(allDay('2026-11-29T23:00:00Z')).toBe('today');
    expect(allDay('2026-11-28T23:00:00Z')).toBe('overdue');
  });

  it("counts days in the user's time zone, whatever time zone the device is in", () => {
    // 21:00 in Paris is already 10:00 the next day at UTC+14: today's all-day task is still
    // today for a Paris user, overdue for one whose profile is in Kiritimati.
    const evening = new Date('2026-11-30T20:00:00Z');
    const todayInParis = { dueAt: '2026-11-29T23:00:00Z', allDay: true };
    expect(dueState(todayInParis, evening, PARIS)).toBe('today');
    expect(dueState(todayInParis, evening, 'Pacific/Kiritimati')).toBe('overdue');
    // A task at 23:30 in Paris is due today there, tomorrow morning in Tokyo.
    const lateInParis = { dueAt: '2026-11-30T22:30:00Z', allDay: false };
    expect(dueState(lateInParis, now, PARIS)).toBe('today');
    expect(dueState(lateInParis, now, 'Asia/Tokyo')).toBe('later');
  });
});

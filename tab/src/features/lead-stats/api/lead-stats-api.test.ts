import { describe, expect, it } from 'vitest';
import { periodDates } from './lead-stats-api';

describe('the period the statistics page asks for', () => {
  it("ends on the viewer's local today, not the UTC date", () => {
    const lateEvening = Date.parse('2026-03-02T23:30:00Z');
    expect(periodDates(7, lateEvening, 'Europe/Paris')).toEqual({
      from: '2026-02-25',
      to: '2026-03-03',
    });
    expect(periodDates(7, lateEvening, 'America/New_York')).toEqual({
      from: '2026-02-24',
      to: '2026-03-02',
    });
  });
});

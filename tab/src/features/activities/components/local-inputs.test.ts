import { describe, expect, it } from 'vitest';
import { fromLocalInputs, nextFullHour, toLocalInputs } from './local-inputs';

describe('the due date inputs', () => {
  it('show an instant as the local date and time, and read it back', () => {
    const iso = new Date(2026, 2, 29, 9, 5).toISOString();
    expect(toLocalInputs(iso)).toEqual({ date: '2026-03-29', time: '09:05' });
    expect(fromLocalInputs('2026-03-29', '09:05', false)).toBe(iso);
  });

  it('start an all-day activity at the start of its day', () => {
    expect(fromLocalInputs('2026-03-29', '09:05', true)).toBe(new Date(2026, 2, 29).toISOString());
  });

  it('send what the user typed when it is no date, for the API to name the field', () => {
    expect(fromLocalInputs('', '10:00', false)).toBe('');
  });

  it('propose the next full hour', () => {
    expect(nextFullHour(new Date(2026, 10, 30, 14, 20))).toBe(
      new Date(2026, 10, 30, 15, 0).toISOString(),
    );
  });
});

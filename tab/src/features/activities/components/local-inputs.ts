const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the date and time inputs show it, in the device's time zone. */
export function toLocalInputs(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/**
 * The instant the inputs name (an all-day one: the day's start). Unreadable inputs go to the
 * API as typed, so its 400 names the field.
 */
export function fromLocalInputs(date: string, time: string, allDay: boolean): string {
  const at = new Date(`${date}T${allDay ? '00:00' : time || '00:00'}`);
  return Number.isNaN(at.getTime()) ? date : at.toISOString();
}

/** The next full hour from `now`: where a new activity starts. */
export function nextFullHour(now: Date): string {
  const at = new Date(now);
  at.setHours(at.getHours() + 1, 0, 0, 0);
  return at.toISOString();
}

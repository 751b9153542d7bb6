import { describe, expect, it } from 'vitest';
import { CONVERSATION_WINDOWS, TENANT_WINDOWS } from './rate-limits';
import { addSlot, earliestSlot, emptyLog, type SlotLog } from './slot-log';

/** Greedily takes `n` slots from time 0 and answers their times. */
function schedule(n: number, windows = CONVERSATION_WINDOWS, margin = 0): number[] {
  let log: SlotLog = emptyLog();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = earliestSlot(log, windows, 0, margin);
    times.push(at);
    log = addSlot(log, at, 3_600_000);
  }
  return times;
}

const maxInWindow = (times: number[], ms: number) =>
  Math.max(...times.map((t) => times.filter((u) => u > t - ms && u <= t).length));

describe('slot log', () => {
  it('never lets more than the documented number into any window', () => {
    const times = schedule(200);
    for (const { ms, max } of CONVERSATION_WINDOWS)
      expect(maxInWindow(times, ms)).toBeLessThanOrEqual(max);
  });

  it('uses the allowance fully: 7 at once, the 8th within 2 s, then the 30 s window', () => {
    const times = schedule(61);
    expect(times.slice(0, 7).every((t) => t === 0)).toBe(true);
    expect(times[7]).toBeLessThan(1_100);
    expect(times[60]).toBeGreaterThanOrEqual(30_000);
  });

  it('holds the hourly limit: the 1,801st slot of an hour waits for the hour to pass', () => {
    const times = schedule(1_801);
    expect(times[1_800]! - times[0]!).toBeGreaterThanOrEqual(3_600_000);
  });

  it('widens windows by the margin', () => {
    const times = schedule(51, TENANT_WINDOWS, 40);
    expect(times[50]).toBeGreaterThanOrEqual(1_040);
  });
});

import { BUCKET_MS, EXACT_SPAN_MS, type RateWindow } from './rate-limits';

/**
 * The send times reserved for one conversation or tenant: exact timestamps for the short
 * windows, per-minute counts for the hourly one (counted as if at the end of their minute,
 * which can only overestimate). Slots are appended in time order.
 */
export type SlotLog = { recent: number[]; buckets: [start: number, count: number][] };

export const emptyLog = (): SlotLog => ({ recent: [], buckets: [] });

export const lastSlot = (log: SlotLog): number => log.recent.at(-1) ?? 0;

/** Earliest time ≥ `from` at which one more slot keeps every window (widened by `marginMs`). */
export function earliestSlot(
  log: SlotLog,
  windows: RateWindow[],
  from: number,
  marginMs: number,
): number {
  let at = Math.max(from, lastSlot(log));
  for (let moved = true; moved;) {
    moved = false;
    for (const { ms, max } of windows) {
      const span = ms + marginMs;
      const freeAt =
        ms <= EXACT_SPAN_MS ? exactFreeAt(log, span, max, at) : bucketFreeAt(log, span, max, at);
      if (freeAt > at) {
        at = freeAt;
        moved = true;
      }
    }
  }
  return at;
}

function exactFreeAt(log: SlotLog, span: number, max: number, at: number): number {
  const inWindow = log.recent.filter((t) => t > at - span);
  if (inWindow.length < max) return at;
  return inWindow[inWindow.length - max]! + span + 1;
}

function bucketFreeAt(log: SlotLog, span: number, max: number, at: number): number {
  const counted = log.buckets.filter(([start]) => start + BUCKET_MS - 1 > at - span);
  let total = counted.reduce((sum, [, count]) => sum + count, 0);
  for (const [start, count] of counted) {
    if (total < max) return at;
    total -= count;
    at = Math.max(at, start + BUCKET_MS + span);
  }
  return total < max ? at : Number.POSITIVE_INFINITY;
}

export function addSlot(log: SlotLog, at: number, longestMs: number): SlotLog {
  const recent = [...log.recent.filter((t) => t > at - EXACT_SPAN_MS), at];
  const start = Math.floor(at / BUCKET_MS) * BUCKET_MS;
  const buckets = log.buckets
    .filter(([s]) => s + BUCKET_MS > at - longestMs - BUCKET_MS)
    .map(([s, c]): [number, number] => [s, c]);
  const current = buckets.find(([s]) => s === start);
  if (current) current[1]++;
  else buckets.push([start, 1]);
  return { recent, buckets };
}

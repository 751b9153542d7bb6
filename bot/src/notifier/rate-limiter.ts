import { CONVERSATION_WINDOWS, TENANT_WINDOWS, type RateWindow } from './rate-limits';
import { addSlot, earliestSlot, lastSlot, type SlotLog } from './slot-log';
import type { NotifierState, StoredSlots } from './state';

export type RateLimiterOptions = {
  /** Widening of every window, covering the time from a slot to the request's arrival. */
  marginMs: number;
  /** How far ahead of now a slot is reserved, so the shared write completes before it. */
  leadMs: number;
  /** Slots further ahead than this are not reserved: the caller waits or requeues. */
  maxAheadMs: number;
  now: () => number;
};

export type Reservation = { kind: 'slot'; at: number } | { kind: 'wait'; ms: number };

export type RateLimiter = {
  /** A send slot for the tenant and, unless creating a conversation, the conversation. */
  reserve(tenantId: string, thread?: string): Promise<Reservation>;
};

export const DEFAULT_LIMITER_OPTIONS: RateLimiterOptions = {
  // Measured: 50 let real violations through in the two-instance fault test; 100 costs ~2 % of
  // the tenant's 50/s (the 1 s window binds, so only its margin matters for throughput).
  marginMs: 75,
  leadMs: 25,
  maxAheadMs: 2_000,
  now: Date.now,
};

type Part = { id: string; windows: RateWindow[]; longestMs: number };
type Request = {
  tenantId: string;
  thread?: string;
  resolve(r: Reservation): void;
  reject(e: unknown): void;
};

/**
 * Slots of a tenant are spread evenly at its fastest allowed pace rather than granted in
 * bursts: a burst of sends arrives spread out by its own queueing, which the windows' margin
 * would have to absorb.
 */
const TENANT_SPACING_MS = Math.max(...TENANT_WINDOWS.map((w) => w.ms / w.max));

/** Reservations written together: one Table transaction holds at most 100 entities. */
const MAX_BATCH = 48;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const partsFor = (thread?: string): Part[] => [
  { id: 'tenant', windows: TENANT_WINDOWS, longestMs: 1_000 },
  ...(thread
    ? [{ id: `conversation|${thread}`, windows: CONVERSATION_WINDOWS, longestMs: 3_600_000 }]
    : []),
];

/**
 * Slots live in shared logs (NotifierState.slots) so the limits hold across every sender
 * instance: reservations are etag-guarded writes of the tenant's and the conversations' logs.
 * Within one process the logs are cached and the reservations waiting meanwhile are written
 * together in one transaction, so the shared write costs once per batch, not per card.
 */
export function createRateLimiter(
  slots: NotifierState['slots'],
  options: RateLimiterOptions = DEFAULT_LIMITER_OPTIONS,
): RateLimiter {
  const cache = new Map<string, StoredSlots>();
  let waiting: Request[] = [];
  let draining = false;

  const cacheKey = (tenantId: string, id: string) => `${tenantId}|${id}`;
  async function load(tenantId: string, id: string) {
    const cached = cache.get(cacheKey(tenantId, id));
    if (cached) return cached;
    const loaded = await slots.load(tenantId, id);
    cache.set(cacheKey(tenantId, id), loaded);
    return loaded;
  }

  async function reserveBatch(
    tenantId: string,
    threads: (string | undefined)[],
  ): Promise<Reservation[]> {
    for (;;) {
      const ids = [...new Set(threads.flatMap((t) => partsFor(t).map((p) => p.id)))];
      const stored = new Map(
        await Promise.all(ids.map(async (id) => [id, await load(tenantId, id)] as const)),
      );
      const logs = new Map(ids.map((id) => [id, stored.get(id)!.log]));
      const now = options.now();
      const results = threads.map((thread): Reservation => {
        const parts = partsFor(thread);
        const partLogs = parts.map((p) => logs.get(p.id)!);
        const paced = lastSlot(logs.get('tenant')!) + TENANT_SPACING_MS;
        const from = Math.max(now + options.leadMs, paced);
        const at = jointEarliest(partLogs, parts, from, options.marginMs);
        if (at - now > options.maxAheadMs) return { kind: 'wait', ms: at - now - options.leadMs };
        for (const p of parts) logs.set(p.id, addSlot(logs.get(p.id)!, at, p.longestMs));
        return { kind: 'slot', at };
      });
      const changed = ids.filter((id) => logs.get(id) !== stored.get(id)!.log);
      if (changed.length === 0) return results;
      const writes = changed.map((id) => ({
        id,
        log: logs.get(id)!,
        etag: stored.get(id)!.etag,
      }));
      const etags = await slots.commit(tenantId, writes);
      if (!etags) {
        for (const id of ids) cache.delete(cacheKey(tenantId, id));
        await sleep(Math.random() * 10);
        continue;
      }
      for (const w of writes)
        cache.set(cacheKey(tenantId, w.id), { log: w.log, etag: etags[w.id] });
      // A slot the write made us miss stays recorded (it only costs capacity): reserve again.
      const after = options.now();
      return results.map((r) => (r.kind === 'slot' && r.at < after ? { kind: 'wait', ms: 0 } : r));
    }
  }

  async function drain() {
    if (draining) return;
    draining = true;
    try {
      while (waiting.length > 0) {
        const tenantId = waiting[0]!.tenantId;
        const batch = waiting.filter((r) => r.tenantId === tenantId).slice(0, MAX_BATCH);
        waiting = waiting.filter((r) => !batch.includes(r));
        try {
          const results = await reserveBatch(
            tenantId,
            batch.map((r) => r.thread),
          );
          batch.forEach((r, i) => r.resolve(results[i]!));
        } catch (error) {
          for (const r of batch) r.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    reserve: (tenantId, thread) =>
      new Promise<Reservation>((resolve, reject) => {
        waiting.push({ tenantId, thread, resolve, reject });
        void drain();
      }),
  };
}

function jointEarliest(logs: SlotLog[], parts: Part[], from: number, marginMs: number): number {
  let at = from;
  for (let moved = true; moved;) {
    moved = false;
    for (const [i, log] of logs.entries()) {
      const next = earliestSlot(log, parts[i]!.windows, at, marginMs);
      if (next > at) {
        at = next;
        moved = true;
      }
    }
  }
  return at;
}

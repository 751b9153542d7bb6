import type { CrmStore, KeyedDocument, KeyedDocumentAddress } from '../store/ports';

/**
 * Each sales team's round-robin counter is a keyed document: `next` is the next ticket to
 * hand out. Drawing tickets is an etag-guarded increment (`keyedDocuments.change` reads it
 * again and retries on 412/409), so every arrival on any API instance, before or after a
 * restart, gets tickets of its own.
 */
type Counter = { next: number; reservations: Reservation[] };
/** A drawing a retry may ask for again (an import chunk run twice): it gets the same tickets. */
type Reservation = { key: string; start: number; count: number };

/**
 * Only other API instances race for a counter (this process draws it one increment at a
 * time), so a lost race is rare; with the backoff capped at 250 ms this gives up after
 * about 25 s of losing.
 */
const COUNTER_ATTEMPTS = 200;

/** Enough to recognise any chunk still being retried. */
const KEPT_RESERVATIONS = 50;

const counterAddress = (tenantId: string, spaceId: string, teamId: string) =>
  ({
    kind: 'round-robin-counter',
    tenantId,
    ownerId: spaceId,
    key: teamId,
  }) satisfies KeyedDocumentAddress;

const counterIn = (stored: KeyedDocument | undefined): Counter => {
  const next = stored?.next;
  const reservations = stored?.reservations;
  return {
    next: typeof next === 'number' && Number.isSafeInteger(next) ? next : 0,
    reservations: Array.isArray(reservations) ? (reservations as Reservation[]) : [],
  };
};

export type TeamCounter = { tenantId: string; spaceId: string; teamId: string };

/**
 * Takes `count` consecutive tickets of the team and answers the first. With a reservation
 * key, asking again answers the tickets that key already took, and takes none.
 */
export function drawTickets(
  store: CrmStore,
  team: TeamCounter,
  count: number,
  reservationKey?: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const counters = lines.get(store) ?? new Map<string, Draw[]>();
    lines.set(store, counters);
    const counterKey = `${team.tenantId}/${team.spaceId}/${team.teamId}`;
    const waiting = counters.get(counterKey);
    const draw = { count, reservationKey, resolve, reject };
    if (waiting) waiting.push(draw);
    else {
      counters.set(counterKey, [draw]);
      void serve(store, team, counters, counterKey);
    }
  });
}

type Draw = {
  count: number;
  reservationKey: string | undefined;
  resolve: (first: number) => void;
  reject: (error: unknown) => void;
};

/**
 * This process's draws of each counter, waiting their turn: concurrent arrivals here would
 * only lose the etag race to each other and back off, so one increment at a time takes the
 * tickets of every draw waiting for it together. Other instances still race, and the etag
 * guard keeps every ticket unique.
 */
const lines = new WeakMap<CrmStore, Map<string, Draw[]>>();

/**
 * Runs until no draw of the counter waits. It runs in the async context of the arrival that
 * started it, whose unit of work the shared increments count in.
 */
async function serve(
  store: CrmStore,
  team: TeamCounter,
  counters: Map<string, Draw[]>,
  counterKey: string,
) {
  for (let waiting = counters.get(counterKey)!; waiting.length > 0;) {
    // A reserved drawing goes alone: its key may already hold tickets, and then takes none.
    const alone = waiting[0]!.reservationKey !== undefined;
    const together = alone ? 1 : waiting.findIndex((d) => d.reservationKey !== undefined);
    const batch = waiting.splice(0, together === -1 ? waiting.length : together);
    const total = batch.reduce((sum, draw) => sum + draw.count, 0);
    try {
      let first = await increment(store, team, total, batch[0]!.reservationKey);
      for (const draw of batch) {
        draw.resolve(first);
        first += draw.count;
      }
    } catch (error) {
      for (const draw of batch) draw.reject(error);
    }
  }
  counters.delete(counterKey);
}

function increment(
  store: CrmStore,
  team: TeamCounter,
  count: number,
  reservationKey?: string,
): Promise<number> {
  return store.keyedDocuments.change<number>(
    counterAddress(team.tenantId, team.spaceId, team.teamId),
    (stored) => {
      const counter = counterIn(stored);
      const earlier = reservationKey
        ? counter.reservations.find((r) => r.key === reservationKey)
        : undefined;
      if (earlier) return { answer: earlier.start };
      const reservations = reservationKey
        ? [...counter.reservations, { key: reservationKey, start: counter.next, count }].slice(
            -KEPT_RESERVATIONS,
          )
        : counter.reservations;
      return { next: { next: counter.next + count, reservations }, answer: counter.next };
    },
    { attempts: COUNTER_ATTEMPTS },
  );
}

/** The next ticket the team would hand out, read only (a dry run simulates from it). */
export async function nextTicket(store: CrmStore, team: TeamCounter): Promise<number> {
  const address = counterAddress(team.tenantId, team.spaceId, team.teamId);
  return counterIn(await store.keyedDocuments.get(address)).next;
}

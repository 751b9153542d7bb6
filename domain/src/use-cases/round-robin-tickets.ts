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
 * Every arrival of a busy team increments the same document: a burst of concurrent arrivals
 * (50 at once) takes about as many rounds before the last one wins its turn.
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
  return inTurn(`${team.tenantId}/${team.spaceId}/${team.teamId}`, () =>
    increment(store, team, count, reservationKey),
  );
}

/**
 * This process's draws of one counter, one after the other: concurrent arrivals here would
 * only lose the etag race to each other and back off. Other instances still race, and the
 * etag guard keeps every ticket unique.
 */
const drawing = new Map<string, Promise<unknown>>();

function inTurn<T>(counterKey: string, draw: () => Promise<T>): Promise<T> {
  const previous = drawing.get(counterKey) ?? Promise.resolve();
  const mine = previous.then(draw, draw);
  const settled = mine.catch(() => undefined);
  drawing.set(counterKey, settled);
  void settled.then(() => {
    if (drawing.get(counterKey) === settled) drawing.delete(counterKey);
  });
  return mine;
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

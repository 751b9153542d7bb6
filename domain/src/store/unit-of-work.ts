import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

/**
 * One API request or card action as the store sees it: the round trips it took, and the
 * documents it read by id, so its commit writes them guarded by the `_etag` already read
 * instead of reading them again.
 */
type UnitOfWork = {
  roundTrips: number;
  read: Map<string, unknown>;
  /** The documents it is reading or read, released when it settles. */
  held: Set<string>;
};

const units = new AsyncLocalStorage<UnitOfWork>();
/** `host:port` of every Cosmos endpoint a store client was made for. */
const storeHosts = new Set<string>();
let listening = false;

const hostOf = (request: ClientRequest) => String(request.getHeader('host') ?? request.host);

function listen(): void {
  if (listening) return;
  listening = true;
  // Every HTTP request Node starts, in the async context of the code that started it.
  subscribe('http.client.request.start', (message) => {
    const unit = units.getStore();
    if (!unit) return;
    const { request } = message as { request: ClientRequest };
    if (!storeHosts.has(hostOf(request))) return;
    // The SDK sends a query-plan lookup beside every query; a query within one partition
    // never waits for it or uses it, so it is metadata, not a round trip of the action.
    if (request.getHeader('x-ms-cosmos-is-query-plan-request')) return;
    unit.roundTrips += 1;
  });
}

/** Called for each Cosmos client: its requests are the store's round trips. */
export function countRoundTripsTo(endpoint: string): void {
  storeHosts.add(new URL(endpoint).host);
  listen();
}

/**
 * Runs `work` as one unit and counts the requests it sent to the store until it settled.
 * Work it leaves running afterwards, such as dispatch, is not counted.
 */
export async function inUnitOfWork<T>(
  work: () => Promise<T>,
): Promise<{ value: T; roundTrips: number }> {
  const unit: UnitOfWork = { roundTrips: 0, read: new Map(), held: new Set() };
  try {
    const value = await units.run(unit, work);
    return { value, roundTrips: unit.roundTrips };
  } finally {
    for (const key of unit.held) release(key);
  }
}

/** Runs `work` outside any unit: what it starts (dispatch after a write) is not the unit's. */
export const outsideUnitOfWork = <T>(work: () => T): T => units.exit(work);

const readKey = (tenantId: string, id: string) => `${tenantId}\n${id}`;

/** How many running units read each document, and who waits until none does. */
const holders = new Map<string, number>();
const waiters = new Map<string, Set<() => void>>();

function release(key: string): void {
  const left = (holders.get(key) ?? 1) - 1;
  if (left > 0) {
    holders.set(key, left);
    return;
  }
  holders.delete(key);
  for (const wake of waiters.get(key) ?? []) wake();
}

/** Marks a document this unit is about to read, before the read is sent. */
export function holdDocument(tenantId: string, id: string): void {
  const unit = units.getStore();
  const key = readKey(tenantId, id);
  if (!unit || unit.held.has(key)) return;
  unit.held.add(key);
  holders.set(key, (holders.get(key) ?? 0) + 1);
}

/** Keeps a document this unit read or wrote, as the store returned it (with its `_etag`). */
export function rememberDocument(doc: { tenantId: string; id: string }): void {
  if (!units.getStore()) return;
  holdDocument(doc.tenantId, doc.id);
  units.getStore()!.read.set(readKey(doc.tenantId, doc.id), doc);
}

/** Long enough for an edit to commit what it read; short enough that an outbox is not late. */
export const ACKNOWLEDGEMENT_WAIT_MS = 250;
/** How long delivered events wait for the next edit of their record to take them. */
export const ACKNOWLEDGEMENT_GRACE_MS = 20;

/** Delivered events of a document held by an edit, which that edit's commit drops. */
const delivered = new Map<string, Set<string>>();
/** The acknowledgement writes running now, by document. */
const acknowledging = new Map<string, Promise<unknown>>();

/**
 * Acknowledges delivered events of a document's outbox between this process's edits of it,
 * never inside one: the acknowledgement changes the document's `_etag`, which would fail the
 * edit's guard and cost it a fresh read and a second batch. The events are handed to the
 * commit of an edit that holds the document or starts within `graceMs`, which writes the
 * outbox without them; when none did (an edit holding it is waited for up to `maxWaitMs`),
 * `write` acknowledges what is left. A unit
 * reading the document while `write` runs waits for it (`acknowledgementOn`).
 */
export async function acknowledgeBetweenEdits(
  tenantId: string,
  id: string,
  eventIds: string[],
  write: (eventIds: string[]) => Promise<unknown>,
  { graceMs = ACKNOWLEDGEMENT_GRACE_MS, maxWaitMs = ACKNOWLEDGEMENT_WAIT_MS } = {},
): Promise<void> {
  if (units.getStore()) {
    await write(eventIds);
    return;
  }
  const key = readKey(tenantId, id);
  const handed = delivered.get(key) ?? new Set<string>();
  delivered.set(key, handed);
  for (const eventId of eventIds) handed.add(eventId);
  // A record just written is often written again at once (moves on a board, an edit after a
  // note): that edit's commit can take the events instead of a write of their own.
  await new Promise((resolve) => setTimeout(resolve, graceMs));
  await untilReleased(key, maxWaitMs);
  const left = eventIds.filter((eventId) => delivered.get(key)?.has(eventId));
  committedWithout(tenantId, id, left);
  if (left.length === 0) return;
  const running = write(left);
  const settled = running.catch(() => undefined);
  acknowledging.set(key, settled);
  void settled.then(() => {
    if (acknowledging.get(key) === settled) acknowledging.delete(key);
  });
  await running;
}

/** The delivered events a commit of the document leaves out of its outbox. */
export function deliveredEventsOf(tenantId: string, id: string): ReadonlySet<string> | undefined {
  return delivered.get(readKey(tenantId, id));
}

/** A commit wrote the document's outbox without these delivered events. */
export function committedWithout(tenantId: string, id: string, eventIds: Iterable<string>): void {
  const key = readKey(tenantId, id);
  const handed = delivered.get(key);
  if (!handed) return;
  for (const eventId of eventIds) handed.delete(eventId);
  if (handed.size === 0) delivered.delete(key);
}

/** What a unit about to read a document waits for: the acknowledgement running on it. */
export function acknowledgementOn(tenantId: string, id: string): Promise<unknown> | undefined {
  return units.getStore() ? acknowledging.get(readKey(tenantId, id)) : undefined;
}

function untilReleased(key: string, maxWaitMs: number): Promise<void> {
  if (!holders.has(key)) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      const waiting = waiters.get(key);
      waiting?.delete(wake);
      if (waiting?.size === 0) waiters.delete(key);
      resolve();
    };
    const timer = setTimeout(wake, maxWaitMs);
    const waiting = waiters.get(key) ?? new Set();
    waiters.set(key, waiting.add(wake));
  });
}

/** The document as this unit last read or wrote it, if it did. */
export function rememberedDocument<T>(tenantId: string, id: string): T | undefined {
  return units.getStore()?.read.get(readKey(tenantId, id)) as T | undefined;
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

/**
 * One API request or card action as the store sees it: the round trips it took, and the
 * documents it read by id, so its commit writes them guarded by the `_etag` already read
 * instead of reading them again.
 */
type UnitOfWork = { roundTrips: number; read: Map<string, unknown> };

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
  const unit: UnitOfWork = { roundTrips: 0, read: new Map() };
  try {
    const value = await units.run(unit, work);
    return { value, roundTrips: unit.roundTrips };
  } finally {
    for (const key of unit.read.keys()) release(key);
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

/** Keeps a document this unit read or wrote, as the store returned it (with its `_etag`). */
export function rememberDocument(doc: { tenantId: string; id: string }): void {
  const unit = units.getStore();
  if (!unit) return;
  const key = readKey(doc.tenantId, doc.id);
  if (!unit.read.has(key)) holders.set(key, (holders.get(key) ?? 0) + 1);
  unit.read.set(key, doc);
}

/** Long enough for an edit to commit what it read; short enough that housekeeping is not late. */
export const HOUSEKEEPING_WAIT_MS = 250;

/** The housekeeping writes running now, by document. */
const housekeeping = new Map<string, Promise<unknown>>();

/**
 * Runs a housekeeping write that changes only a document's `_etag` (an outbox
 * acknowledgement) between the edits of this process instead of in the middle of one: it
 * starts once no running unit holds the document it read (or after `maxWaitMs`), and a unit
 * reading the document meanwhile waits for it to end. Either way round, the edit's guard
 * would fail and cost it a fresh read and a second batch. Inside a unit it does not wait.
 */
export async function asHousekeeping<T>(
  tenantId: string,
  id: string,
  write: () => Promise<T>,
  maxWaitMs = HOUSEKEEPING_WAIT_MS,
): Promise<T> {
  if (units.getStore()) return write();
  const key = readKey(tenantId, id);
  await untilReleased(key, maxWaitMs);
  const running = write();
  const settled = running.catch(() => undefined);
  housekeeping.set(key, settled);
  void settled.then(() => {
    if (housekeeping.get(key) === settled) housekeeping.delete(key);
  });
  return running;
}

/** What a unit about to read a document waits for: the housekeeping write running on it. */
export function housekeepingOn(tenantId: string, id: string): Promise<unknown> | undefined {
  return units.getStore() ? housekeeping.get(readKey(tenantId, id)) : undefined;
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

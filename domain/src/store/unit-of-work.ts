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
  const value = await units.run(unit, work);
  return { value, roundTrips: unit.roundTrips };
}

/** Runs `work` outside any unit: what it starts (dispatch after a write) is not the unit's. */
export const outsideUnitOfWork = <T>(work: () => T): T => units.exit(work);

const readKey = (tenantId: string, id: string) => `${tenantId}\n${id}`;

/** Keeps a document this unit read or wrote, as the store returned it (with its `_etag`). */
export function rememberDocument(doc: { tenantId: string; id: string }): void {
  units.getStore()?.read.set(readKey(doc.tenantId, doc.id), doc);
}

/** The document as this unit last read or wrote it, if it did. */
export function rememberedDocument<T>(tenantId: string, id: string): T | undefined {
  return units.getStore()?.read.get(readKey(tenantId, id)) as T | undefined;
}

import type { Actor, CrmStore } from '@channel-crm/domain/server';
import { createHash } from 'node:crypto';
import { z } from 'zod';

const KEY = /^[\x21-\x7e]{1,200}$/;

export const isValidIdempotencyKey = (key: string) => KEY.test(key);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Same route, same path and the same JSON (key order and spacing aside) hash alike. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest('hex');
}

/** A response kept for replay: the same key and request answer it again, unchanged. */
const IdempotencyRecord = z.object({
  requestHash: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
  createdAt: z.string(),
});
export type IdempotencyRecord = z.infer<typeof IdempotencyRecord>;

const address = (actor: Actor, key: string) => ({
  kind: 'idempotency',
  tenantId: actor.tenantId,
  ownerId: actor.userId,
  key,
});

/** The response kept for this user's key; a document of another shape counts as none. */
export async function findReplay(
  store: CrmStore,
  actor: Actor,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const found = IdempotencyRecord.safeParse(await store.keyedDocuments.get(address(actor, key)));
  return found.success ? found.data : undefined;
}

/**
 * How long a kept response answers its key again: a day, far beyond any client's retries. Cosmos
 * DB then deletes it by itself (per-item `ttl`; the container allows it, see containers.ts), so
 * the records of every write ever sent do not pile up.
 */
export const REPLAY_TTL_SECONDS = 24 * 60 * 60;

export const keepReplay = (store: CrmStore, actor: Actor, key: string, record: IdempotencyRecord) =>
  store.keyedDocuments.put(address(actor, key), { ...record, ttl: REPLAY_TTL_SECONDS });

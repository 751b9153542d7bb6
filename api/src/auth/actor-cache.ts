import { AsyncResource } from 'node:async_hooks';
import { onMembershipWrite, type Actor } from '@channel-crm/domain/server';
import type { ActorBuilder } from './actor';
import type { VerifiedIdentity } from './validator';

/** Long enough to serve a burst of requests; short enough that other instances catch up. */
export const ACTOR_TTL_MS = 5_000;
/** An actor served past this age is read again in the background, before a request waits. */
const REFRESH_AFTER_MS = ACTOR_TTL_MS / 2;
const MAX_ENTRIES = 5_000;

type Entry = { actor: Actor; expiresAt: number; refreshAt: number; refreshing: boolean };

/**
 * The async context of this module's loading, at start, outside any request: a background
 * read started from it is not counted in, nor holds documents for, the request that asked.
 */
const atStart = new AsyncResource('actor-refresh');

/**
 * Reads the actor once per token for a few seconds. A write of a user or space of the tenant
 * in this process (API or bot) drops the tenant's entries at once; another instance's write is
 * seen when the entry expires. An entry in use is read again in the background before then.
 */
export function cachedActors(
  builder: ActorBuilder,
  now: () => number = Date.now,
): ActorBuilder & { dispose(): void } {
  const entries = new Map<string, Entry>();
  // Bumped by every membership write, so a read that overlapped one is not kept.
  const generations = new Map<string, number>();
  const stopListening = onMembershipWrite((tenantId) => {
    generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
    for (const [key, entry] of entries) if (entry.actor.tenantId === tenantId) entries.delete(key);
  });
  const load = async (identity: VerifiedIdentity, key: string) => {
    const generation = generations.get(identity.tenantId) ?? 0;
    const actor = await builder.actorFor(identity);
    if ((generations.get(identity.tenantId) ?? 0) !== generation) return actor;
    entries.delete(key);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    const at = now();
    entries.set(key, {
      actor,
      expiresAt: at + ACTOR_TTL_MS,
      refreshAt: at + REFRESH_AFTER_MS,
      refreshing: false,
    });
    return actor;
  };
  return {
    async actorFor(identity) {
      const key = `${identity.tenantId}/${identity.userId}/${identity.tokenId}`;
      const cached = entries.get(key);
      const at = now();
      if (cached && cached.expiresAt > at) {
        if (at >= cached.refreshAt && !cached.refreshing) {
          cached.refreshing = true;
          atStart.runInAsyncScope(() =>
            load(identity, key).catch(() => {
              cached.refreshing = false;
            }),
          );
        }
        return cached.actor;
      }
      entries.delete(key);
      return load(identity, key);
    },
    dispose: stopListening,
  };
}

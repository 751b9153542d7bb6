import { onMembershipWrite, type Actor } from '@channel-crm/domain/server';
import type { ActorBuilder } from './actor';

/** Long enough to serve a burst of requests; short enough that other instances catch up. */
export const ACTOR_TTL_MS = 5_000;
const MAX_ENTRIES = 5_000;

type Entry = { actor: Actor; expiresAt: number };

/**
 * Reads the actor once per token for a few seconds. A write of a user or space of the tenant
 * in this process (API or bot) drops the tenant's entries at once; another instance's write is
 * seen when the entry expires.
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
  return {
    async actorFor(identity) {
      const key = `${identity.tenantId}/${identity.userId}/${identity.tokenId}`;
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now()) return cached.actor;
      entries.delete(key);
      const generation = generations.get(identity.tenantId) ?? 0;
      const actor = await builder.actorFor(identity);
      if ((generations.get(identity.tenantId) ?? 0) !== generation) return actor;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, { actor, expiresAt: now() + ACTOR_TTL_MS });
      return actor;
    },
    dispose: stopListening,
  };
}

import {
  buildActor,
  ensureUser,
  type Actor,
  type Clock,
  type CrmStore,
  type IdGenerator,
} from '@channel-crm/domain/server';
import { z } from 'zod';
import type { VerifiedIdentity } from './validator';

export type ActorBuilder = { actorFor(identity: VerifiedIdentity): Promise<Actor> };

const validEmail = (email: string | undefined) =>
  email && z.email().safeParse(email).success ? email : undefined;

/**
 * Token → User document (recorded on first sign-in; the tenant's first user is its admin) →
 * Actor with the subordinates of the org chart. The domain decides all of it.
 */
export function createActorBuilder(store: CrmStore, clock: Clock, ids: IdGenerator): ActorBuilder {
  return {
    async actorFor(identity) {
      const email = validEmail(identity.email) ?? `${identity.userId}@users.invalid`;
      const name = identity.name?.trim().slice(0, 200) || email;
      const known = await buildActor(store, identity.tenantId, identity.userId);
      // One point read on the hot path; first sign-ins and renamed users go through ensureUser.
      if (known.ok && (!identity.name || known.value.name === name)) return known.value;
      const user = await ensureUser(
        { store, clock, ids, commitId: ids.uuid() },
        { tenantId: identity.tenantId, userId: identity.userId, name, email },
      );
      if (!user.ok)
        throw new Error(`Could not record user ${identity.userId}: ${user.error.message}`);
      const actor = await buildActor(store, identity.tenantId, identity.userId);
      if (!actor.ok) throw new Error(`No actor for ${identity.userId}: ${actor.error.message}`);
      return actor.value;
    },
  };
}

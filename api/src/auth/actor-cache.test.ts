import { describe, expect, it } from 'vitest';
import { tellMembershipWrite, type Actor } from '@channel-crm/domain/server';
import type { ActorBuilder } from './actor';
import { ACTOR_TTL_MS, cachedActors } from './actor-cache';
import type { VerifiedIdentity } from './validator';

const identity = (tenantId: string, tokenId = 'token-1'): VerifiedIdentity => ({
  tokenId,
  tenantId,
  userId: 'user-1',
});

/** A builder that answers the role it holds now and counts how often it was asked. */
function roles(initial: Actor['role']) {
  const state = { role: initial, reads: 0 };
  const builder: ActorBuilder = {
    async actorFor({ tenantId, userId }) {
      state.reads += 1;
      return { tenantId, userId, name: 'N', role: state.role, spaceIds: [], subordinateIds: [] };
    },
  };
  return { state, builder };
}

describe('the actor cache', () => {
  it('reads the actor once per token while it is fresh', async () => {
    const { state, builder } = roles('seller');
    const actors = cachedActors(builder);
    await actors.actorFor(identity('t-a'));
    await actors.actorFor(identity('t-a'));
    expect(state.reads).toBe(1);
    await actors.actorFor(identity('t-a', 'token-2'));
    expect(state.reads).toBe(2);
    actors.dispose();
  });

  it("answers a role changed by this process's writes on the next request", async () => {
    const { state, builder } = roles('seller');
    const actors = cachedActors(builder);
    expect((await actors.actorFor(identity('t-b'))).role).toBe('seller');
    state.role = 'admin';
    tellMembershipWrite('t-b');
    expect((await actors.actorFor(identity('t-b'))).role).toBe('admin');
    actors.dispose();
  });

  it("keeps other tenants' actors when one tenant's users change", async () => {
    const { state, builder } = roles('seller');
    const actors = cachedActors(builder);
    await actors.actorFor(identity('t-c'));
    tellMembershipWrite('t-other');
    await actors.actorFor(identity('t-c'));
    expect(state.reads).toBe(1);
    actors.dispose();
  });

  it("sees another instance's change once the entry expires", async () => {
    const { state, builder } = roles('seller');
    let now = 1_000;
    const actors = cachedActors(builder, () => now);
    await actors.actorFor(identity('t-d'));
    state.role = 'manager';
    now += ACTOR_TTL_MS - 1;
    expect((await actors.actorFor(identity('t-d'))).role).toBe('seller');
    now += 1;
    expect((await actors.actorFor(identity('t-d'))).role).toBe('manager');
    actors.dispose();
  });

  it('does not keep an actor read while a membership write landed', async () => {
    const { state, builder } = roles('seller');
    const racing: ActorBuilder = {
      async actorFor(id) {
        const actor = await builder.actorFor(id);
        state.role = 'admin';
        tellMembershipWrite(id.tenantId);
        return actor;
      },
    };
    const actors = cachedActors(racing);
    expect((await actors.actorFor(identity('t-e'))).role).toBe('seller');
    expect((await actors.actorFor(identity('t-e'))).role).toBe('admin');
    actors.dispose();
  });

  it('reads an actor in use again in the background, before a request would wait for it', async () => {
    const { state, builder } = roles('seller');
    let now = 1_000;
    const actors = cachedActors(builder, () => now);
    await actors.actorFor(identity('t-f'));
    state.role = 'manager';
    now += ACTOR_TTL_MS * 0.6;
    expect((await actors.actorFor(identity('t-f'))).role).toBe('seller');
    await new Promise((resolve) => setImmediate(resolve));
    expect(state.reads).toBe(2);
    now += ACTOR_TTL_MS * 0.45;
    expect((await actors.actorFor(identity('t-f'))).role).toBe('manager');
    expect(state.reads).toBe(2);
    actors.dispose();
  });
});

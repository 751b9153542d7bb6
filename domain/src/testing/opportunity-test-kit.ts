import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { CreateLeadInput, Lead } from '../model/lead';
import type { Pipeline } from '../model/pipeline';
import type { Role, User } from '../model/user';
import type { Result } from '../result';
import type { CrmStore } from '../store/ports';
import { randomIds, type UseCaseContext } from '../use-cases/context';
import { createLead } from '../use-cases/create-lead';
import { createPipeline } from '../use-cases/create-pipeline';

/** Test support for the deal use cases (used by *.test.ts only). */

export const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
};

/** A clock that moves one second per reading, so "newest first" is well defined. */
const tickingClock = () => {
  let t = Date.parse('2026-05-04T08:00:00.000Z');
  return { now: () => new Date((t += 1000)).toISOString() };
};

export type World = {
  store: CrmStore;
  tenantId: string;
  spaceA: string;
  spaceB: string;
  /** A fresh context (new commit id) for the actor, as each request gets. */
  as(actor: Actor): UseCaseContext;
  actor(userId: string, role: Role, spaceIds: string[], extra?: Partial<Actor>): Actor;
  pipeline(spaceId: string, name?: string): Promise<Pipeline>;
  account(spaceId: string, name: string): Promise<Account>;
  contact(spaceId: string, lastName: string): Promise<Contact>;
  /** A lead `who` captures by hand (no tags unless given), through the use case. */
  lead(
    who: Actor,
    spaceId: string,
    lastName: string,
    fields?: Partial<CreateLeadInput>,
  ): Promise<Lead>;
  /** Stores a seller, a member of `spaceIds` (space A unless told). */
  user(userId: string, spaceIds?: string[]): Promise<User>;
};

const DOC = (tenantId: string, id: string, at: string) => ({
  id,
  tenantId,
  schemaVersion: 1,
  version: 1,
  createdAt: at,
  createdBy: 'seed',
  updatedAt: at,
  updatedBy: 'seed',
});

/** A tenant of its own with two spaces, in the given store. */
export async function newWorld(store: CrmStore): Promise<World> {
  const tenantId = `tenant-${randomUUID()}`;
  const clock = tickingClock();
  const at = clock.now();
  const commit = { expectedVersion: 0, commitId: 'seed' };
  const [spaceA, spaceB] = [randomUUID(), randomUUID()];
  for (const [id, name] of [
    [spaceA, 'Sales DACH'],
    [spaceB, 'Sales Nordics'],
  ] as const) {
    value(
      await store.spaces.commit(
        { ...DOC(tenantId, id, at), type: 'space', name, defaultCurrency: 'EUR' },
        [],
        commit,
      ),
    );
  }
  const actor: World['actor'] = (userId, role, spaceIds, extra = {}) => ({
    tenantId,
    userId,
    name: userId,
    role,
    spaceIds,
    subordinateIds: [],
    ...extra,
  });
  const as = (who: Actor): UseCaseContext => ({
    actor: who,
    store,
    clock,
    ids: randomIds,
    commitId: randomUUID(),
  });
  const admin = actor('admin', 'admin', [spaceA, spaceB]);
  return {
    store,
    tenantId,
    spaceA,
    spaceB,
    as,
    actor,
    pipeline: async (spaceId, name = 'Sales') =>
      value(
        await createPipeline(as(admin), spaceId, {
          name,
          stages: [
            { name: 'Qualification', kind: 'open', probability: 10 },
            { name: 'Proposal', kind: 'open', probability: 50 },
            { name: 'Negotiation', kind: 'open', probability: 80 },
            { name: 'Won', kind: 'won', probability: 100 },
            { name: 'Lost', kind: 'lost', probability: 0 },
          ],
        }),
      ),
    account: async (spaceId, name) =>
      value(
        await store.accounts.commit(
          {
            ...DOC(tenantId, randomUUID(), at),
            type: 'account',
            name,
            kind: 'other',
            keyAccount: false,
            tags: [],
            global: false,
            spaceIds: [spaceId],
            private: false,
            ownerId: 'seed',
            searchText: '',
          },
          [],
          commit,
        ),
      ),
    contact: async (spaceId, lastName) =>
      value(
        await store.contacts.commit(
          {
            ...DOC(tenantId, randomUUID(), at),
            type: 'contact',
            lastName,
            champion: false,
            tags: [],
            global: false,
            spaceIds: [spaceId],
            ownerId: 'seed',
            searchText: '',
          },
          [],
          commit,
        ),
      ),
    lead: async (who, spaceId, lastName, fields = {}) =>
      value(
        await createLead(as(who), { spaceId, lastName, source: 'manual', tags: [], ...fields }),
      ),
    user: async (userId, spaceIds = [spaceA]) =>
      value(
        await store.users.commit(
          {
            ...DOC(tenantId, userId, at),
            type: 'user',
            name: userId,
            email: `${userId}@example.com`,
            role: 'seller',
            spaceIds,
            timeZone: 'UTC',
            locale: 'en',
          },
          [],
          commit,
        ),
      ),
  };
}

import { z } from 'zod';
import { Email, ShortText, TenantId, UserId } from '../model/common';
import type { Tenant } from '../model/tenant';
import type { User } from '../model/user';
import { creationMeta, nextVersion, type ChangeSource } from '../rules/changes';
import { ok, type Result } from '../result';
import type { CrmStore } from '../store/ports';
import type { UseCaseContext } from './context';

/** Who signed in, from the verified token (or a Teams roster). */
export const UserIdentity = z.object({
  tenantId: TenantId,
  userId: UserId,
  name: ShortText,
  email: Email,
});
export type UserIdentity = z.infer<typeof UserIdentity>;

/** Signing in happens before there is an actor: the store, the time and ids are enough. */
export type SystemContext = Pick<UseCaseContext, 'store' | 'clock' | 'ids' | 'commitId'>;

const sourceFor = (ctx: SystemContext, identity: UserIdentity): ChangeSource => ({
  actor: { tenantId: identity.tenantId, userId: identity.userId },
  clock: ctx.clock,
  ids: ctx.ids,
});

/**
 * Whoever creates the tenant's document is its first user; a tenant seeded without users
 * also makes its first signer the admin.
 */
async function isFirstUser(ctx: SystemContext, identity: UserIdentity): Promise<boolean> {
  const tenant: Tenant = {
    ...creationMeta(sourceFor(ctx, identity), identity.tenantId),
    type: 'tenant',
    name: identity.tenantId,
  };
  const created = await ctx.store.tenants.commit(tenant, [], {
    expectedVersion: 0,
    commitId: ctx.commitId,
  });
  if (created.ok) return true;
  return (await ctx.store.users.listAll(identity.tenantId)).length === 0;
}

const readUser = (store: CrmStore, identity: UserIdentity) =>
  store.users.get(identity.tenantId, identity.userId);

/**
 * The user's document, created on first sign-in: the tenant's first user becomes its admin,
 * everyone after them a seller (an admin assigns other roles). A changed name or e-mail is
 * kept up to date.
 */
export async function ensureUser(
  ctx: SystemContext,
  identity: UserIdentity,
): Promise<Result<User>> {
  const src = sourceFor(ctx, identity);
  const existing = await readUser(ctx.store, identity);
  if (existing) {
    if (existing.name === identity.name && existing.email === identity.email) return ok(existing);
    return ctx.store.users.commit(
      { ...nextVersion(src, existing), name: identity.name, email: identity.email },
      [],
      { expectedVersion: existing.version, commitId: ctx.commitId },
    );
  }
  const user: User = {
    ...creationMeta(src, identity.userId),
    type: 'user',
    name: identity.name,
    email: identity.email,
    role: (await isFirstUser(ctx, identity)) ? 'admin' : 'seller',
    spaceIds: [],
    timeZone: 'UTC',
    locale: 'en',
  };
  const created = await ctx.store.users.commit(user, [], {
    expectedVersion: 0,
    commitId: ctx.commitId,
  });
  if (created.ok || created.error.kind !== 'duplicate') return created;
  const winner = await readUser(ctx.store, identity);
  return winner ? ok(winner) : created;
}

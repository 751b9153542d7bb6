import { z } from 'zod';
import { Email, ShortText, UserId } from '../model/common';
import type { User } from '../model/user';
import { nextVersion } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { guardAdmin } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { ensureUser } from './ensure-user';

const RosterMember = z.object({ userId: UserId, name: ShortText, email: Email });

/**
 * A Teams roster change: the whole roster (on install), or members added and removed (on
 * conversationUpdate). Members unknown so far get a user document (role seller).
 */
export const RosterInput = z.object({
  members: z.array(RosterMember).max(10000).optional(),
  added: z.array(RosterMember).max(10000).default([]),
  removed: z.array(UserId).max(10000).default([]),
});
export type RosterInput = z.infer<typeof RosterInput>;

export type RosterChange = { added: string[]; removed: string[] };

/**
 * One roster change writes a user's document twice (created, then joined): each write needs
 * its own commit id, or the store would take the second for a retry of the first.
 */
const stepId = (ctx: UseCaseContext, userId: string, step: string) =>
  derivedId(ctx.commitId, `roster/${userId}/${step}`);

const withSpaces = (ctx: UseCaseContext, user: User, spaceIds: string[]) =>
  ctx.store.users.commit({ ...nextVersion(ctx, user), spaceIds }, [], {
    expectedVersion: user.version,
    commitId: stepId(ctx, user.id, spaceIds.length > user.spaceIds.length ? 'join' : 'leave'),
  });

/**
 * Records who belongs to a space from its Teams roster. Only an admin — or the bot acting for
 * Teams with an admin system actor — may, since membership decides who sees what.
 */
export async function recordSpaceRoster(
  ctx: UseCaseContext,
  spaceId: string,
  input: RosterInput,
): Promise<Result<RosterChange>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  if (!(await ctx.store.spaces.get(tenantId, spaceId))) return notFound('space', spaceId);

  const joining = [...(input.members ?? []), ...input.added];
  const staying = new Set(joining.map((m) => m.userId));
  const users = await ctx.store.users.listAll(tenantId);
  const leaving = input.members
    ? users.filter((u) => u.spaceIds.includes(spaceId) && !staying.has(u.id)).map((u) => u.id)
    : input.removed.filter((id) => !staying.has(id));

  const added: string[] = [];
  for (const member of joining) {
    const user = await ensureUser(
      { ...ctx, commitId: stepId(ctx, member.userId, 'sign-in') },
      { tenantId, ...member },
    );
    if (!user.ok) return user;
    if (user.value.spaceIds.includes(spaceId)) continue;
    const joined = await withSpaces(ctx, user.value, [...user.value.spaceIds, spaceId]);
    if (!joined.ok) return joined;
    added.push(member.userId);
  }
  const removed: string[] = [];
  for (const id of leaving) {
    const user = await ctx.store.users.get(tenantId, id);
    if (!user || !user.spaceIds.includes(spaceId)) continue;
    const left = await withSpaces(
      ctx,
      user,
      user.spaceIds.filter((s) => s !== spaceId),
    );
    if (!left.ok) return left;
    removed.push(id);
  }
  return ok({ added, removed });
}

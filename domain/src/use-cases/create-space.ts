import { CreateSpaceInput, type Space } from '../model/space';
import { creationMeta, nextVersion } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { forbidden, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

export { CreateSpaceInput };

/** A space pinned to a Teams team or channel has an id derived from them: pinning twice is one space. */
const spaceIdFor = (ctx: UseCaseContext, input: CreateSpaceInput) =>
  input.teamId || input.channelId
    ? derivedId(ctx.actor.tenantId, `space/${input.teamId ?? ''}/${input.channelId ?? ''}`)
    : ctx.ids.uuid();

async function joinSpace(ctx: UseCaseContext, spaceId: string) {
  const user = await ctx.store.users.get(ctx.actor.tenantId, ctx.actor.userId);
  if (!user || user.spaceIds.includes(spaceId)) return;
  await ctx.store.users.commit(
    { ...nextVersion(ctx, user), spaceIds: [...user.spaceIds, spaceId] },
    [],
    { expectedVersion: user.version, commitId: ctx.commitId },
  );
}

/**
 * Creates the CRM of a team or channel where the tab is pinned; its creator becomes a member
 * (the roster adds the others). Partner users do not create spaces.
 */
export async function createSpace(
  ctx: UseCaseContext,
  input: CreateSpaceInput,
): Promise<Result<Space>> {
  if (ctx.actor.role === 'partner')
    return forbidden('Partner users cannot create spaces', 'partners_cannot_create_spaces');
  const id = spaceIdFor(ctx, input);
  const existing = await ctx.store.spaces.get(ctx.actor.tenantId, id);
  if (existing) {
    await joinSpace(ctx, id);
    return ok(existing);
  }
  const space: Space = {
    ...creationMeta(ctx, id),
    type: 'space',
    name: input.name,
    teamId: input.teamId,
    channelId: input.channelId,
    defaultCurrency: input.defaultCurrency ?? 'EUR',
  };
  const created = await ctx.store.spaces.commit(space, [], {
    expectedVersion: 0,
    commitId: ctx.commitId,
  });
  if (!created.ok && created.error.kind !== 'duplicate') return created;
  await joinSpace(ctx, id);
  return created.ok ? created : ok((await ctx.store.spaces.get(ctx.actor.tenantId, id)) ?? space);
}

import { UpdateSpaceInput, type Space } from '../model/space';
import { nextVersion } from '../rules/changes';
import { canManageSpace, canSeeSpace } from '../rules/permissions';
import { forbidden, invalid, notFound, type Result } from '../result';
import type { UseCaseContext } from './context';

export { UpdateSpaceInput };

/**
 * Renames a space, changes its currency, or pins it to a Teams team and channel (the channel
 * tab's configuration page picking an existing space, with the tab's `entityId`). Admins, and
 * managers among its members.
 */
export async function updateSpace(
  ctx: UseCaseContext,
  id: string,
  input: UpdateSpaceInput,
  expectedVersion: number,
): Promise<Result<Space>> {
  const { actor } = ctx;
  const current = await ctx.store.spaces.get(actor.tenantId, id);
  if (!current || !canSeeSpace(actor, id)) return notFound('space', id);
  if (!canManageSpace(actor, id)) {
    return forbidden(
      'Only admins, and managers of this space, change its settings',
      'space_settings_managers_only',
    );
  }
  if (input.channelTabEntityId && input.channelTabEntityId.split(':')[0] !== id) {
    return invalid([
      {
        path: 'channelTabEntityId',
        message: 'A tab of another space',
        code: 'field.invalid',
        params: {},
      },
    ]);
  }
  const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return ctx.store.spaces.commit(nextVersion(ctx, { ...current, ...patch }), [], {
    expectedVersion,
    commitId: ctx.commitId,
  });
}

import { canManageSpace, canSeeSpace } from '../rules/permissions';
import { forbidden, notFound, ok, type Result } from '../result';
import type { Space } from '../model/space';
import type { UseCaseContext } from './context';

/** A space whose inbound settings (API keys, web forms) the actor manages: admins and its managers. */
export async function managedSpace(ctx: UseCaseContext, spaceId: string): Promise<Result<Space>> {
  const { actor } = ctx;
  const space = await ctx.store.spaces.get(actor.tenantId, spaceId);
  if (!space || !canSeeSpace(actor, spaceId)) return notFound('space', spaceId);
  if (!canManageSpace(actor, spaceId))
    return forbidden(
      'Only admins, and managers of this space, manage its API keys and web forms',
      'space_settings_managers_only',
    );
  return ok(space);
}

import { guardAdmin } from '../rules/permissions';
import { invalid, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { DeleteTenantInput } from '../model/tenant';
import { publicDocumentsListedIn } from './public-index-documents';

/**
 * Deletes every document of the tenant, for an admin who confirmed it, with its spaces' API
 * keys and web forms in the public index: their keys stop answering and their forms 404.
 */
export async function deleteTenant(
  ctx: UseCaseContext,
  input: DeleteTenantInput,
): Promise<Result<{ deleted: number }>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  if (input.confirmTenantId !== ctx.actor.tenantId) {
    return invalid([
      {
        path: 'confirmTenantId',
        message: 'Type the tenant id to confirm',
        code: 'field.confirm_tenant_id',
        params: {},
      },
    ]);
  }
  return ok({ deleted: await ctx.store.deleteTenant(ctx.actor.tenantId, publicDocumentsListedIn) });
}

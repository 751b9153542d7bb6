import { z } from 'zod';
import { guardAdmin } from '../rules/permissions';
import { invalid, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** The admin types the tenant id to confirm: deletion cannot be undone. */
export const DeleteTenantInput = z.object({ confirmTenantId: z.string().min(1).max(64) });
export type DeleteTenantInput = z.infer<typeof DeleteTenantInput>;

/** Deletes every document of the tenant, for an admin who confirmed it. */
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
  return ok({ deleted: await ctx.store.deleteTenant(ctx.actor.tenantId) });
}

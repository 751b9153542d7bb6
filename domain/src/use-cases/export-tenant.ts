import { guardAdmin } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { StoredDocument } from '../store/ports';
import type { UseCaseContext } from './context';

export type TenantExport = { tenantId: string; exportedAt: string; documents: StoredDocument[] };

/**
 * Every document of the tenant as JSON, for an admin — except other people's private
 * accounts and their timelines, which not even an admin may see.
 */
export async function exportTenant(ctx: UseCaseContext): Promise<Result<TenantExport>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const all = await ctx.store.exportTenant(ctx.actor.tenantId);
  const hidden = new Set(
    all
      .filter((d) => d.type === 'account' && d.private && d.createdBy !== ctx.actor.userId)
      .map((d) => d.id),
  );
  const documents = all.filter(
    (d) => !hidden.has(d.id) && !(d.type === 'timeline' && hidden.has(d.recordId)),
  );
  return ok({ tenantId: ctx.actor.tenantId, exportedAt: ctx.clock.now(), documents });
}

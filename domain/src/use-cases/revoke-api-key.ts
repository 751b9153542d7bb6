import { canManageSpace, canSeeSpace } from '../rules/permissions';
import { forbidden, notFound, ok, type Result } from '../result';
import { keyAddress, keyListAddress, type ApiKeyList } from './api-key-documents';
import type { UseCaseContext } from './context';

/** Revokes a key: its record is marked first, so it stops working before it leaves the list. */
export async function revokeApiKey(
  ctx: UseCaseContext,
  spaceId: string,
  keyId: string,
): Promise<Result<void>> {
  const { actor } = ctx;
  const space = await ctx.store.spaces.get(actor.tenantId, spaceId);
  if (!space || !canSeeSpace(actor, spaceId)) return notFound('space', spaceId);
  if (!canManageSpace(actor, spaceId))
    return forbidden(
      'Only admins, and managers of this space, manage its API keys',
      'space_settings_managers_only',
    );
  const listAddress = keyListAddress(actor.tenantId, spaceId);
  const list = (await ctx.store.keyedDocuments.get(listAddress)) as ApiKeyList | undefined;
  const stored = await ctx.store.keyedDocuments.get(keyAddress(keyId));
  const listed = list?.keys.some((k) => k.id === keyId) ?? false;
  if (!listed || stored?.spaceTenantId !== actor.tenantId || stored.spaceId !== spaceId)
    return notFound('api_key', keyId);
  await ctx.store.keyedDocuments.put(keyAddress(keyId), { ...stored, revokedAt: ctx.clock.now() });
  await ctx.store.keyedDocuments.put(listAddress, {
    keys: list!.keys.filter((k) => k.id !== keyId),
  });
  return ok(undefined);
}

import { notFound, ok, type Result } from '../result';
import { keyAddress, keyListAddress, keyUseAddress, type ApiKeyList } from './api-key-documents';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';

/**
 * Revokes a key: its record goes first, so it stops working before it leaves the list, and
 * nothing of it stays in the public index, where only the list could have found it.
 */
export async function revokeApiKey(
  ctx: UseCaseContext,
  spaceId: string,
  keyId: string,
): Promise<Result<void>> {
  const { actor } = ctx;
  const space = await managedSpace(ctx, spaceId);
  if (!space.ok) return space;
  const listAddress = keyListAddress(actor.tenantId, spaceId);
  const list = (await ctx.store.keyedDocuments.get(listAddress)) as ApiKeyList | undefined;
  const stored = await ctx.store.keyedDocuments.get(keyAddress(keyId));
  const listed = list?.keys.some((k) => k.id === keyId) ?? false;
  if (!listed || stored?.spaceTenantId !== actor.tenantId || stored.spaceId !== spaceId)
    return notFound('api_key', keyId);
  await ctx.store.deleteKeyedDocuments([keyAddress(keyId), keyUseAddress(keyId)]);
  // Guarded: a key another admin listed meanwhile stays listed.
  await ctx.store.keyedDocuments.change(listAddress, (current) => {
    const keys = (current as ApiKeyList | undefined)?.keys ?? [];
    return keys.some((k) => k.id === keyId)
      ? { next: { keys: keys.filter((k) => k.id !== keyId) }, answer: undefined }
      : { answer: undefined };
  });
  return ok(undefined);
}

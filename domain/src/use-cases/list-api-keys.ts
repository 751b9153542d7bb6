import type { ApiKeySummary } from '../model/inbound';
import { ok, type Result } from '../result';
import { keyListAddress, keyUseAddress, type ApiKeyList } from './api-key-documents';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';

/** A space's API keys with their last use, for the people who manage them. */
export async function listApiKeys(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<ApiKeySummary[]>> {
  const { actor } = ctx;
  const space = await managedSpace(ctx, spaceId);
  if (!space.ok) return space;
  const list = (await ctx.store.keyedDocuments.get(keyListAddress(actor.tenantId, spaceId))) as
    ApiKeyList | undefined;
  const keys = list?.keys ?? [];
  const uses = await Promise.all(
    keys.map((k) => ctx.store.keyedDocuments.get(keyUseAddress(k.id))),
  );
  return ok(
    keys.map((key, i) => {
      const lastUsedAt = uses[i]?.lastUsedAt;
      return typeof lastUsedAt === 'string' ? { ...key, lastUsedAt } : key;
    }),
  );
}

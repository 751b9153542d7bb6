import { CreateApiKeyInput, type CreatedApiKey } from '../model/inbound';
import { ok, ruleBroken, type Result } from '../result';
import {
  hashSecret,
  keyAddress,
  keyListAddress,
  MAX_KEYS_PER_SPACE,
  newKeyToken,
  type ApiKeyList,
  type StoredApiKey,
} from './api-key-documents';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';

export { CreateApiKeyInput };

/**
 * Creates an API key for a space's inbound leads: admins, and managers of the space (the people
 * who set the space up). The token is answered once; only its secret's hash is kept.
 */
export async function createApiKey(
  ctx: UseCaseContext,
  spaceId: string,
  input: CreateApiKeyInput,
): Promise<Result<CreatedApiKey>> {
  const { actor } = ctx;
  const space = await managedSpace(ctx, spaceId);
  if (!space.ok) return space;
  const { keyId, secret, token } = newKeyToken();
  const summary = {
    id: keyId,
    spaceId,
    name: input.name,
    prefix: token.slice(0, 12),
    createdAt: ctx.clock.now(),
    createdBy: actor.userId,
    requireSignature: input.requireSignature,
    ratePerMinute: input.ratePerMinute,
  };
  // Listed first: a key whose record failed to land is listed without working, and can be
  // revoked; never the other way round (a working key nobody sees). Another admin's key
  // listed meanwhile makes the edit run again on their list, so both stay.
  const listed = await ctx.store.keyedDocuments.change<Result<void>>(
    keyListAddress(actor.tenantId, spaceId),
    (stored) => {
      const { keys } = (stored as ApiKeyList | undefined) ?? { keys: [] };
      if (keys.length >= MAX_KEYS_PER_SPACE)
        return {
          answer: ruleBroken('too_many_api_keys', 'A space holds at most 10 API keys', {
            max: MAX_KEYS_PER_SPACE,
          }),
        };
      return { next: { keys: [...keys, summary] }, answer: ok(undefined) };
    },
  );
  if (!listed.ok) return listed;
  const secretHash = hashSecret(secret);
  const stored: StoredApiKey = {
    spaceTenantId: actor.tenantId,
    spaceId,
    secretHash,
    requireSignature: input.requireSignature,
    ratePerMinute: input.ratePerMinute,
    createdBy: actor.userId,
    name: input.name,
  };
  await ctx.store.keyedDocuments.put(keyAddress(keyId), stored);
  return ok({ ...summary, token, signingSecret: secretHash });
}

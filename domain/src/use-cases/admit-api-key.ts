import type { Actor } from '../actor';
import type { CrmStore } from '../store/ports';
import {
  hashSecret,
  keyAddress,
  keyUseAddress,
  readKeyToken,
  sameHash,
  type StoredApiKey,
} from './api-key-documents';

/** A key that may send leads to the space it was created for. */
export type AdmittedKey = {
  keyId: string;
  /** The HMAC key for `X-Signature`. */
  secretHash: string;
  requireSignature: boolean;
  ratePerMinute: number;
  /**
   * Acts for the key's creator with an admin's reach, confined to the key's space: the inbound
   * use case touches only the lead its externalId names there.
   */
  actor: Actor;
};

/**
 * The key a token names, when it is known, not revoked, its secret matches and it belongs to
 * `spaceId`; `undefined` otherwise, without telling which (one point read).
 */
export async function admitApiKey(
  store: CrmStore,
  token: string,
  spaceId: string,
): Promise<AdmittedKey | undefined> {
  const parts = readKeyToken(token);
  if (!parts) return undefined;
  const stored = (await store.keyedDocuments.get(keyAddress(parts.keyId))) as
    StoredApiKey | undefined;
  if (!stored || stored.revokedAt !== undefined || stored.spaceId !== spaceId) return undefined;
  if (!sameHash(hashSecret(parts.secret), stored.secretHash)) return undefined;
  return {
    keyId: parts.keyId,
    secretHash: stored.secretHash,
    requireSignature: stored.requireSignature,
    ratePerMinute: stored.ratePerMinute,
    actor: {
      tenantId: stored.spaceTenantId,
      userId: stored.createdBy,
      name: stored.name,
      role: 'admin',
      spaceIds: [spaceId],
      subordinateIds: [],
    },
  };
}

const USE_RECORD_INTERVAL_MS = 60_000;
const recordedUses = new Map<string, number>();

/**
 * Notes when a key was last used, at most once a minute per key in this process: a busy
 * sender costs one write a minute, and the list is at most that much behind.
 */
export async function recordApiKeyUse(store: CrmStore, keyId: string, now: string): Promise<void> {
  const at = Date.parse(now);
  if (at - (recordedUses.get(keyId) ?? -Infinity) < USE_RECORD_INTERVAL_MS) return;
  recordedUses.set(keyId, at);
  await store.keyedDocuments.put(keyUseAddress(keyId), { lastUsedAt: now });
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyedDocumentAddress } from '../store/ports';
import type { ApiKeySummary } from '../model/inbound';

/**
 * Where API keys live. A request carries no tenant, so each key's record is filed in one
 * partition of its own (`PUBLIC_INDEX`), found by the key id in the token with one point read.
 * The space's list of keys (what admins see) is in the tenant's partition; the last use is a
 * third small document, so recording it never races with a revocation.
 */
export const PUBLIC_INDEX = '@public-index';

/** The most keys a space holds, which bounds listing's point reads. */
export const MAX_KEYS_PER_SPACE = 10;

export type StoredApiKey = {
  /** Not `tenantId`: the record is filed in the public index, the store's own field. */
  spaceTenantId: string;
  spaceId: string;
  /** Hex SHA-256 of the token's secret part; also the HMAC key for signatures. */
  secretHash: string;
  requireSignature: boolean;
  ratePerMinute: number;
  createdBy: string;
  name: string;
  /** Set by revocations before they deleted the record (older data). */
  revokedAt?: string;
};

export type ApiKeyList = { keys: Omit<ApiKeySummary, 'lastUsedAt'>[] };

export const keyAddress = (keyId: string): KeyedDocumentAddress => ({
  kind: 'api-key',
  tenantId: PUBLIC_INDEX,
  ownerId: '',
  key: keyId,
});

export const keyUseAddress = (keyId: string): KeyedDocumentAddress => ({
  kind: 'api-key-use',
  tenantId: PUBLIC_INDEX,
  ownerId: '',
  key: keyId,
});

export const keyListAddress = (tenantId: string, spaceId: string): KeyedDocumentAddress => ({
  kind: 'api-key-list',
  tenantId,
  ownerId: spaceId,
  key: 'keys',
});

const TOKEN =
  /^crm_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new key id and secret, and the token that carries both. */
export function newKeyToken(): { keyId: string; secret: string; token: string } {
  const keyId = crypto.randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, token: `crm_${keyId}_${secret}` };
}

/** The key id and secret of a well-formed token. */
export function readKeyToken(token: string): { keyId: string; secret: string } | undefined {
  const match = TOKEN.exec(token);
  return match ? { keyId: match[1]!, secret: match[2]! } : undefined;
}

/** Compares hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

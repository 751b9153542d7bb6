import { createHash } from 'node:crypto';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/**
 * One accepted token form: the `aud` it carries and the `iss` expected for the token's own
 * tenant (Entra v1 and v2 tokens differ in both; the dev issuer has its own).
 */
export type TokenForm = {
  version: '1.0' | '2.0';
  audience: string;
  issuerFor(tenantId: string): string;
};

export type TenantPolicy =
  | { kind: 'single'; tenantId: string }
  | { kind: 'multi'; allowedTenantIds: string[] }
  /** Only for the local dev issuer, which signs for any demo tenant. */
  | { kind: 'any' };

export type ValidatorConfig = {
  keys: JWTVerifyGetKey;
  forms: TokenForm[];
  tenants: TenantPolicy;
  requiredScope: string;
  clockToleranceSeconds: number;
};

export type VerifiedIdentity = {
  /** The token's own id (`uti` from Entra, `jti`), else a hash of the token. */
  tokenId: string;
  tenantId: string;
  userId: string;
  name?: string;
  email?: string;
};

export type TokenCheck = { ok: true; identity: VerifiedIdentity } | { ok: false; reason: string };

export type TokenValidator = (authorization: string | null) => Promise<TokenCheck>;

const refuse = (reason: string): TokenCheck => ({ ok: false, reason });

const stringClaim = (payload: JWTPayload, name: string) => {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

function tenantAllowed(policy: TenantPolicy, tenantId: string): boolean {
  if (policy.kind === 'single') return policy.tenantId === tenantId;
  if (policy.kind === 'multi') return policy.allowedTenantIds.includes(tenantId);
  return true;
}

/**
 * A token verified this long ago is accepted again without verifying its signature again
 * (never past its `exp`): a tab sends the same token with every request for up to an hour.
 */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
const MAX_VERIFIED_TOKENS = 10_000;

type Verified = { identity: VerifiedIdentity; until: number };

/** Validates a bearer token the same way for Entra ID and for the local dev issuer. */
export function createTokenValidator(
  config: ValidatorConfig,
  now: () => number = Date.now,
): TokenValidator {
  const audiences = [...new Set(config.forms.map((f) => f.audience))];
  const verified = new Map<string, Verified>();
  const remember = (token: string, identity: VerifiedIdentity, expiresAt: number | undefined) => {
    const until = Math.min(now() + VERIFIED_TOKEN_TTL_MS, (expiresAt ?? 0) * 1000);
    if (until <= now()) return;
    if (verified.size >= MAX_VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
    verified.set(token, { identity, until });
  };
  return async (authorization) => {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return refuse('A bearer token is required');
    const known = verified.get(token);
    if (known && known.until > now()) return { ok: true, identity: known.identity };
    verified.delete(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, config.keys, {
        algorithms: ['RS256'],
        audience: audiences,
        clockTolerance: config.clockToleranceSeconds,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
      }));
    } catch (error) {
      return refuse(error instanceof errors.JOSEError ? error.code : 'The token is not valid');
    }
    const tenantId = stringClaim(payload, 'tid');
    const userId = stringClaim(payload, 'oid');
    if (!tenantId || !userId) return refuse('The token names no tenant or user');
    const form = config.forms.find(
      (f) =>
        f.version === payload['ver'] &&
        payload.aud === f.audience &&
        payload.iss === f.issuerFor(tenantId),
    );
    if (!form) return refuse('The token was issued for another audience or by another issuer');
    if (!tenantAllowed(config.tenants, tenantId)) return refuse('The tenant is not allowed');
    const scopes = (stringClaim(payload, 'scp') ?? '').split(' ');
    if (!scopes.includes(config.requiredScope)) return refuse('The token lacks the required scope');
    const identity: VerifiedIdentity = {
      tokenId:
        stringClaim(payload, 'uti') ??
        stringClaim(payload, 'jti') ??
        createHash('sha256').update(token).digest('base64url'),
      tenantId,
      userId,
      name: stringClaim(payload, 'name'),
      email:
        stringClaim(payload, 'preferred_username') ??
        stringClaim(payload, 'upn') ??
        stringClaim(payload, 'email'),
    };
    remember(token, identity, payload.exp);
    return { ok: true, identity };
  };
}

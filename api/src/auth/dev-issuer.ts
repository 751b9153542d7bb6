import { readFile, writeFile } from 'node:fs/promises';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import { SCOPE } from './entra';
import type { ValidatorConfig } from './validator';

/** Local stand-in for Entra ID: its tokens go through the same validator as Entra's. */
export const DEV_ISSUER = 'https://dev-issuer.channel-crm.local';
export const DEV_AUDIENCE = 'api://localhost/channel-crm-dev';

export type DevTokenSubject = { tenantId: string; userId: string; name: string; email: string };

/** Deliberate deviations, for the security tests. */
export type DevTokenOverrides = {
  expiresInSeconds?: number;
  notBeforeInSeconds?: number;
  audience?: string;
  issuer?: string;
  scope?: string;
};

export type DevIssuer = {
  jwks: JSONWebKeySet;
  validatorConfig: ValidatorConfig;
  sign(subject: DevTokenSubject, overrides?: DevTokenOverrides): Promise<string>;
};

type StoredKey = { privateJwk: JWK; publicJwk: JWK };

const TOKEN_LIFETIME_SECONDS = 8 * 3600;

async function loadOrCreateKey(keyFile: string | undefined): Promise<StoredKey> {
  if (keyFile) {
    const saved = await readFile(keyFile, 'utf8').catch(() => undefined);
    if (saved) return JSON.parse(saved) as StoredKey;
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = crypto.randomUUID();
  const key: StoredKey = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
  if (keyFile) await writeFile(keyFile, JSON.stringify(key), { mode: 0o600 });
  return key;
}

/** Keeps its key in `keyFile` when given, so tokens stay valid across restarts. */
export async function createDevIssuer(options: { keyFile?: string } = {}): Promise<DevIssuer> {
  const key = await loadOrCreateKey(options.keyFile);
  const privateKey = (await importJWK(key.privateJwk, 'RS256')) as CryptoKey;
  const jwks: JSONWebKeySet = { keys: [key.publicJwk] };
  return {
    jwks,
    validatorConfig: {
      keys: createLocalJWKSet(jwks),
      forms: [{ version: '2.0', audience: DEV_AUDIENCE, issuerFor: () => DEV_ISSUER }],
      tenants: { kind: 'any' },
      requiredScope: SCOPE,
      clockToleranceSeconds: 60,
    },
    async sign(subject, overrides = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        tid: subject.tenantId,
        oid: subject.userId,
        name: subject.name,
        preferred_username: subject.email,
        scp: overrides.scope ?? SCOPE,
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', kid: key.privateJwk.kid, typ: 'JWT' })
        .setIssuer(overrides.issuer ?? DEV_ISSUER)
        .setAudience(overrides.audience ?? DEV_AUDIENCE)
        .setSubject(subject.userId)
        .setIssuedAt(now)
        .setNotBefore(now + (overrides.notBeforeInSeconds ?? 0))
        .setExpirationTime(now + (overrides.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS))
        .sign(privateKey);
    },
  };
}

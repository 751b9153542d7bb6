import { createRemoteJWKSet } from 'jose';
import type { TenantPolicy, TokenForm, ValidatorConfig } from './validator';

export type EntraSettings = {
  /** The customer's tenant (single-tenant) or the allow-list (multi-tenant). */
  tenants: TenantPolicy;
  clientId: string;
  /** `api://<host>/<client id>`; set to accept v1.0 tokens. */
  applicationIdUri?: string;
  acceptV2: boolean;
};

export const SCOPE = 'access_as_user';
const CLOCK_TOLERANCE_SECONDS = 60;
/** Entra rolls its signing keys over days; a token with an unknown `kid` refetches sooner. */
const KEYS_MAX_AGE_MS = 60 * 60_000;
const KEYS_REFETCH_COOLDOWN_MS = 30_000;

export function entraForms(settings: EntraSettings): TokenForm[] {
  const forms: TokenForm[] = [];
  if (settings.acceptV2)
    forms.push({
      version: '2.0',
      audience: settings.clientId,
      issuerFor: (tid) => `https://login.microsoftonline.com/${tid}/v2.0`,
    });
  if (settings.applicationIdUri)
    forms.push({
      version: '1.0',
      audience: settings.applicationIdUri,
      issuerFor: (tid) => `https://sts.windows.net/${tid}/`,
    });
  return forms;
}

export function entraValidatorConfig(settings: EntraSettings): ValidatorConfig {
  const keyTenant = settings.tenants.kind === 'single' ? settings.tenants.tenantId : 'common';
  return {
    keys: createRemoteJWKSet(
      new URL(`https://login.microsoftonline.com/${keyTenant}/discovery/v2.0/keys`),
      { cacheMaxAge: KEYS_MAX_AGE_MS, cooldownDuration: KEYS_REFETCH_COOLDOWN_MS },
    ),
    forms: entraForms(settings),
    tenants: settings.tenants,
    requiredScope: SCOPE,
    clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
  };
}

/**
 * From app settings: ENTRA_TENANT_ID (single-tenant) or ENTRA_ALLOWED_TENANT_IDS (comma list,
 * multi-tenant), ENTRA_CLIENT_ID, ENTRA_APP_ID_URI (accept v1.0 tokens), ENTRA_ACCEPT_V2
 * ("false" to refuse v2.0 tokens).
 */
export function entraSettingsFromEnv(env: NodeJS.ProcessEnv): EntraSettings {
  const clientId = env.ENTRA_CLIENT_ID;
  if (!clientId) throw new Error('ENTRA_CLIENT_ID is not set');
  const allowed = env.ENTRA_ALLOWED_TENANT_IDS?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const tenants: TenantPolicy = allowed?.length
    ? { kind: 'multi', allowedTenantIds: allowed }
    : { kind: 'single', tenantId: requireEnv(env, 'ENTRA_TENANT_ID') };
  return {
    tenants,
    clientId,
    applicationIdUri: env.ENTRA_APP_ID_URI || undefined,
    acceptV2: env.ENTRA_ACCEPT_V2 !== 'false',
  };
}

function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

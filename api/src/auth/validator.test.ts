import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWTVerifyGetKey,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { entraForms, SCOPE, type EntraSettings } from './entra';
import {
  createTokenValidator,
  VERIFIED_TOKEN_TTL_MS,
  type TenantPolicy,
  type TokenValidator,
} from './validator';

const HOME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const CLIENT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const APP_URI = `api://crm.example.com/${CLIENT}`;

let signingKey: CryptoKey;
let keys: ReturnType<typeof createLocalJWKSet>;
let single: TokenValidator;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  keys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }],
  });
  single = validator({ kind: 'single', tenantId: HOME });
});

function validator(tenants: TenantPolicy, settings: Partial<EntraSettings> = {}): TokenValidator {
  return createTokenValidator({
    keys,
    forms: entraForms({
      tenants,
      clientId: CLIENT,
      applicationIdUri: APP_URI,
      acceptV2: true,
      ...settings,
    }),
    tenants,
    requiredScope: SCOPE,
    clockToleranceSeconds: 60,
  });
}

type Claims = Record<string, unknown>;
const v2 = (tid: string): Claims => ({
  ver: '2.0',
  aud: CLIENT,
  iss: `https://login.microsoftonline.com/${tid}/v2.0`,
  tid,
  oid: 'user-1',
  scp: 'access_as_user',
});
const v1 = (tid: string): Claims => ({
  ver: '1.0',
  aud: APP_URI,
  iss: `https://sts.windows.net/${tid}/`,
  tid,
  oid: 'user-1',
  scp: 'User.Read access_as_user',
});

async function token(claims: Claims, lifetime = 3600): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return `Bearer ${await new SignJWT({ nbf: now, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(signingKey)}`;
}

describe('the token validator', () => {
  it('accepts a v2.0 and a v1.0 Entra token of the home tenant', async () => {
    expect(await single(await token(v2(HOME)))).toMatchObject({
      ok: true,
      identity: { tenantId: HOME, userId: 'user-1' },
    });
    expect(await single(await token(v1(HOME)))).toMatchObject({ ok: true });
  });

  it('accepts only the configured forms', async () => {
    const v2Only = validator({ kind: 'single', tenantId: HOME }, { applicationIdUri: undefined });
    expect((await v2Only(await token(v1(HOME)))).ok).toBe(false);
    expect((await single(await token({ ...v2(HOME), ver: '1.0' }))).ok).toBe(false);
    expect((await single(await token({ ...v2(HOME), aud: APP_URI }))).ok).toBe(false);
    expect(
      (
        await single(
          await token({ ...v1(HOME), iss: `https://login.microsoftonline.com/${HOME}/v2.0` }),
        )
      ).ok,
    ).toBe(false);
  });

  it('refuses another tenant in single-tenant mode', async () => {
    expect((await single(await token(v2(OTHER)))).ok).toBe(false);
  });

  it('checks the issuer against the token tenant and the allow-list in multi-tenant mode', async () => {
    const multi = validator({ kind: 'multi', allowedTenantIds: [HOME, OTHER] });
    expect((await multi(await token(v2(OTHER)))).ok).toBe(true);
    expect(
      (
        await multi(
          await token({ ...v2(OTHER), iss: `https://login.microsoftonline.com/${HOME}/v2.0` }),
        )
      ).ok,
    ).toBe(false);
    const outsider = '33333333-3333-4333-8333-333333333333';
    expect((await multi(await token(v2(outsider)))).ok).toBe(false);
  });

  it('requires the access_as_user scope, a tenant and a user', async () => {
    expect((await single(await token({ ...v2(HOME), scp: 'User.Read' }))).ok).toBe(false);
    expect((await single(await token({ ...v2(HOME), oid: undefined }))).ok).toBe(false);
  });

  it('refuses expired tokens beyond the clock skew but tolerates a small skew', async () => {
    expect((await single(await token(v2(HOME), -120))).ok).toBe(false);
    expect((await single(await token(v2(HOME), -30))).ok).toBe(true);
    const now = Math.floor(Date.now() / 1000);
    expect((await single(await token({ ...v2(HOME), nbf: now + 600 }))).ok).toBe(false);
  });

  it('refuses unsigned tokens, other algorithms and a missing bearer', async () => {
    const [header, payload] = (await token(v2(HOME))).slice(7).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect((await single(`Bearer ${none}.${payload}.`)).ok).toBe(false);
    expect((await single(`Bearer ${header}.${payload}.AAAA`)).ok).toBe(false);
    const hs = await new SignJWT(v2(HOME))
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-of-enough-length!'));
    expect((await single(`Bearer ${hs}`)).ok).toBe(false);
    expect((await single(null)).ok).toBe(false);
    expect((await single('Basic abc')).ok).toBe(false);
  });

  describe('a token it verified', () => {
    /** A home-tenant validator on a clock the test moves, counting the signature checks. */
    function counted() {
      const clock = { now: Date.now(), checks: 0 };
      const counting: JWTVerifyGetKey = (header, jwt) => {
        clock.checks += 1;
        return keys(header, jwt);
      };
      const home: TenantPolicy = { kind: 'single', tenantId: HOME };
      const validate = createTokenValidator(
        {
          keys: counting,
          forms: entraForms({ tenants: home, clientId: CLIENT, acceptV2: true }),
          tenants: home,
          requiredScope: SCOPE,
          clockToleranceSeconds: 60,
        },
        () => clock.now,
      );
      return { clock, validate };
    }

    it('is accepted again without checking its signature again for a minute', async () => {
      const { clock, validate } = counted();
      const bearer = await token(v2(HOME));
      const first = await validate(bearer);
      expect(await validate(bearer)).toEqual(first);
      expect(clock.checks).toBe(1);
      clock.now += VERIFIED_TOKEN_TTL_MS;
      expect((await validate(bearer)).ok).toBe(true);
      expect(clock.checks).toBe(2);
    });

    it('is refused once it expired, though it was accepted before', async () => {
      const { clock, validate } = counted();
      const bearer = await token(v2(HOME), 30);
      expect((await validate(bearer)).ok).toBe(true);
      clock.now += 30_000 + 61_000;
      expect(await validate(bearer)).toMatchObject({ ok: false, reason: 'ERR_JWT_EXPIRED' });
    });

    it('does not make a refused token acceptable', async () => {
      const { clock, validate } = counted();
      const bearer = await token({ ...v2(HOME), scp: 'User.Read' });
      expect((await validate(bearer)).ok).toBe(false);
      expect((await validate(bearer)).ok).toBe(false);
      expect(clock.checks).toBe(2);
    });
  });
});

import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../support/demo-data';
import { cardAction } from '../support/bot-activities';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import {
  BOT_FRAMEWORK_ISSUER,
  startBotOpenIdIssuer,
  type BotOpenIdIssuer,
} from '../support/bot-openid-issuer';

const APP_ID = '7c3e9f0a-5b1d-4e2f-9a8b-1c2d3e4f5a6b';

let issuer: BotOpenIdIssuer;
let h: BotHarness;

beforeAll(async () => {
  issuer = await startBotOpenIdIssuer();
  h = await startBotHarness({
    appId: APP_ID,
    appType: 'SingleTenant',
    tenantId: demoUser('Ioana Popescu').tenantId,
    password: 'not-used-by-inbound-checks',
    openIdMetadataUrl: issuer.metadataUrl,
  });
}, 120_000);
afterAll(async () => {
  await h?.close();
  await issuer?.close();
});

/** A refresh invoke: processing it answers a card in the HTTP response, nothing outbound. */
const refresh = () => {
  const u = demoUser('Ioana Popescu');
  return cardAction(
    h.emulator.serviceUrl,
    { tenantId: u.tenantId, userId: u.id },
    'a:ioana',
    'refresh',
    { recordType: 'opportunity', recordId: crypto.randomUUID(), version: 1, actionId: 'x' },
  );
};

const claims = (activity: { serviceUrl: string }) => ({
  iss: BOT_FRAMEWORK_ISSUER,
  aud: APP_ID,
  serviceurl: activity.serviceUrl,
});

describe('Bot Framework authentication on /api/messages', () => {
  it('refuses a request without a token', async () => {
    expect((await h.post(refresh())).status).toBe(401);
  });

  it('refuses a token signed by a key the validator does not trust', async () => {
    const activity = refresh();
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims(activity))
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
    expect((await h.post(activity, { authorization: `Bearer ${forged}` })).status).toBe(401);
  });

  it('refuses a valid signature for another bot', async () => {
    const activity = refresh();
    const token = await issuer.sign({ ...claims(activity), aud: 'another-bot' });
    expect((await h.post(activity, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('processes a request with a valid Bot Framework token', async () => {
    const activity = refresh();
    const token = await issuer.sign(claims(activity));
    const reply = await h.post(activity, { authorization: `Bearer ${token}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(JSON.stringify(reply.body)).toContain('Not available');
  });
});

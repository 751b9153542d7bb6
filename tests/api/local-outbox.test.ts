import type { OpportunityListItem, Opportunity } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type OutboxEntry = {
  kind: string;
  userId?: string;
  activity: { attachments?: { content: { body: unknown[] } }[] };
};

const seller = demoUser('Élodie Martin');
const admin = demoUser('Claire Dubois');
const france = DEMO_TENANTS[0]!.spaces[0]!.id;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(() => t?.dispose());

const outboxOf = async (userId: string) => {
  const reply = await t.request('GET', `/dev/outbox?userId=${encodeURIComponent(userId)}`);
  expect(reply.status).toBe(200);
  return reply.body as OutboxEntry[];
};

async function waitForCard(userId: string, text: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = (await outboxOf(userId)).find((e) =>
      JSON.stringify(e.activity.attachments?.[0]?.content.body ?? []).includes(text),
    );
    if (card) return card;
    if (Date.now() > deadline) throw new Error(`no card with "${text}" for ${userId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function api(method: string, path: string, userId: string, body?: unknown, version?: number) {
  const reply = await t.request(method, path, {
    token: await t.tokenFor(userId),
    body,
    headers: version === undefined ? {} : { 'if-match': `"${version}"` },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  return reply.body;
}

describe('npm start without Teams', () => {
  it('lists its dev outbox with the other local addresses', () => {
    expect(t.app.urls.outbox).toBe(`${t.app.api!.url}/api/dev/outbox`);
  });

  it("delivers a followed deal's stage change to the follower's outbox, none to the actor", async () => {
    const page = (await api('GET', `/opportunities?spaceId=${france}`, seller.id)) as {
      items: OpportunityListItem[];
    };
    const listed = page.items.find(
      (d) => d.status === 'open' && d.ownerId !== seller.id && d.ownerId !== admin.id,
    )!;
    expect(listed).toBeDefined();
    expect(await outboxOf(seller.id)).toEqual([]);

    const followed = (await api(
      'POST',
      `/opportunities/${listed.id}/follow`,
      seller.id,
      undefined,
      listed.version,
    )) as Opportunity;
    const pipeline = (await t.app.store!.pipelines.listForSpace(seller.tenantId, france)).find(
      (p) => p.id === followed.pipelineId,
    )!;
    const next = pipeline.stages.find((s) => s.kind === 'open' && s.id !== followed.stageId)!;
    await api(
      'PATCH',
      `/opportunities/${followed.id}/stage`,
      admin.id,
      { stageId: next.id },
      followed.version,
    );

    const card = await waitForCard(seller.id, 'Claire Dubois moved this deal');
    expect(card).toMatchObject({ kind: 'send', userId: seller.id });
    expect(JSON.stringify(card.activity)).toContain(followed.name);
    expect(await outboxOf(admin.id)).toEqual([]);
  });
});

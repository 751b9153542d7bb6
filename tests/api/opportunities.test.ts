import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Problem = { status: number; errors?: { path: string; reason: string }[]; rule?: string };

let t: TestApp;
let seller: string;
let manager: string;
let sellerOfOtherSpace: string;
let pipeline: Pipeline;
let otherPipeline: Pipeline;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const dach = DEMO_TENANTS[0]!.spaces[1]!.id;

beforeAll(async () => {
  t = await startTestApp();
  seller = await t.tokenFor(demoUser('Élodie Martin').id);
  manager = await t.tokenFor(demoUser('Jonas Becker').id);
  sellerOfOtherSpace = await t.tokenFor(demoUser('Lukas Schmidt').id);
  const tenantId = demoUser('Élodie Martin').tenantId;
  pipeline = (await t.app.store!.pipelines.listForSpace(tenantId, france))[0]!;
  otherPipeline = (await t.app.store!.pipelines.listForSpace(tenantId, dach))[0]!;
});
afterAll(() => t.dispose());

const openStages = () => pipeline.stages.filter((s) => s.kind === 'open');
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function create(name: string, key = crypto.randomUUID()) {
  const reply = await t.request('POST', '/opportunities', {
    token: seller,
    body: { spaceId: france, name, amount: { amount: 1_250_000, currency: 'EUR' } },
    headers: { 'idempotency-key': key },
  });
  expect(reply.status).toBe(201);
  return reply.body as Opportunity;
}

describe('opportunities over HTTP', () => {
  it('creates ten deals sent at the same moment, and the board counts all of them', async () => {
    type Column = { stage: { id: string }; figures: { count: number } };
    const firstColumn = async () => {
      const board = await t.request('GET', `/pipelines/${pipeline.id}/board`, { token: seller });
      return (board.body as { columns: Column[] }).columns[0]!.figures.count;
    };
    const before = await firstColumn();
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.request('POST', '/opportunities', {
          token: seller,
          body: { spaceId: france, name: `Rush order ${i + 1}` },
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 201));
    expect(await firstColumn()).toBe(before + 10);
  });

  it('creates one in the first open stage, with its version as ETag', async () => {
    const reply = await t.request('POST', '/opportunities', {
      token: seller,
      body: { spaceId: france, name: 'Château Mercier – Cave numérique' },
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('etag')).toBe('"1"');
    expect(reply.body).toMatchObject({ stageId: openStages()[0]!.id, status: 'open', version: 1 });
    expect(reply.body).not.toHaveProperty('outbox');
  });

  it('honours Idempotency-Key: a retry answers the first result, another body gets 422', async () => {
    const key = crypto.randomUUID();
    const first = await create('Retry-safe deal', key);
    const again = await t.request('POST', '/opportunities', {
      token: seller,
      body: {
        name: 'Retry-safe deal',
        amount: { currency: 'EUR', amount: 1_250_000 },
        spaceId: france,
      },
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(201);
    expect((again.body as Opportunity).id).toBe(first.id);
    const other = await t.request('POST', '/opportunities', {
      token: seller,
      body: { spaceId: france, name: 'Something else' },
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    // Kept for a day, then Cosmos DB deletes it.
    const kept = await t.app.store!.keyedDocuments.get({
      kind: 'idempotency',
      tenantId: first.tenantId,
      ownerId: demoUser('Élodie Martin').id,
      key,
    });
    expect(kept).toMatchObject({ status: 201, ttl: 86_400 });
    const all = await t.app.store!.exportTenant(first.tenantId);
    expect(
      all.filter((d) => d.type === 'opportunity' && d.name === 'Retry-safe deal'),
    ).toHaveLength(1);
  });

  it('lists every bad field of a create with its path and reason', async () => {
    const reply = await t.request('POST', '/opportunities', {
      token: seller,
      body: { spaceId: 'nope', name: '', amount: { amount: -5, currency: 'euro' } },
    });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    const paths = (reply.body as Problem).errors!.map((e) => e.path).sort();
    expect(paths).toEqual(['amount.amount', 'amount.currency', 'name', 'spaceId']);
    expect(reply.body).toMatchObject({ code: 'validation', params: {} });
    expect((reply.body as Problem).errors).toContainEqual(
      expect.objectContaining({ path: 'name', code: 'field.too_short', params: { minimum: 1 } }),
    );
  });

  it('refuses a create in a space the seller is not in and a body that is not JSON', async () => {
    const foreign = await t.request('POST', '/opportunities', {
      token: sellerOfOtherSpace,
      body: { spaceId: france, name: 'Not my space' },
    });
    expect([403, 404]).toContain(foreign.status);
    const garbage = await t.request('POST', '/opportunities', {
      token: seller,
      rawBody: '{"name":',
    });
    expect(garbage.status).toBe(400);
  });

  it('reads one, 404 for an unknown id, 400 for a malformed id', async () => {
    const opportunity = await create('Readable deal');
    const read = await t.request('GET', `/opportunities/${opportunity.id}`, { token: seller });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(
      (await t.request('GET', `/opportunities/${crypto.randomUUID()}`, { token: seller })).status,
    ).toBe(404);
    expect((await t.request('GET', '/opportunities/42', { token: seller })).status).toBe(400);
  });

  it('edits with If-Match: 428 without it, 412 when stale', async () => {
    const opportunity = await create('Editable deal');
    const path = `/opportunities/${opportunity.id}`;
    const missing = await t.request('PATCH', path, { token: seller, body: { name: 'Renamed' } });
    expect(missing.status).toBe(428);
    const done = await t.request('PATCH', path, {
      token: seller,
      body: { name: 'Renamed' },
      headers: ifMatch(1),
    });
    expect(done.status).toBe(200);
    expect(done.headers.get('etag')).toBe('"2"');
    const stale = await t.request('PATCH', path, {
      token: seller,
      body: { name: 'Lost update' },
      headers: ifMatch(1),
    });
    expect(stale.status).toBe(412);
    expect((await t.request('GET', path, { token: seller })).body).toMatchObject({
      name: 'Renamed',
    });
  });

  it("moves the stage within its pipeline and refuses another pipeline's stage", async () => {
    const opportunity = await create('Moving deal');
    const path = `/opportunities/${opportunity.id}/stage`;
    const moved = await t.request('PATCH', path, {
      token: seller,
      body: { stageId: openStages()[2]!.id },
      headers: ifMatch(1),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      stageId: openStages()[2]!.id,
      probability: openStages()[2]!.probability,
    });
    const wrong = await t.request('PATCH', path, {
      token: seller,
      body: { stageId: otherPipeline.stages[1]!.id },
      headers: ifMatch(2),
    });
    expect(wrong.status).toBe(422);
  });

  it('marks won (locked), refuses edits, lets a manager but not the seller unlock', async () => {
    const opportunity = await create('Deal to win');
    const base = `/opportunities/${opportunity.id}`;
    const noReason = await t.request('POST', `${base}/won`, {
      token: seller,
      body: {},
      headers: ifMatch(1),
    });
    expect(noReason.status).toBe(400);
    expect((noReason.body as Problem).errors?.[0]?.path).toBe('reason');
    expect(noReason.body).toMatchObject({
      code: 'validation',
      errors: [{ path: 'reason', code: 'field.reason_required', params: {} }],
    });
    const won = await t.request('POST', `${base}/won`, {
      token: seller,
      body: { reason: 'Best offer' },
      headers: ifMatch(1),
    });
    expect(won.status).toBe(200);
    expect(won.body).toMatchObject({ status: 'won', locked: true });
    const edit = await t.request('PATCH', base, {
      token: seller,
      body: { name: 'x' },
      headers: ifMatch(2),
    });
    expect(edit.status).toBe(422);
    expect(edit.headers.get('content-type')).toContain('application/problem+json');
    expect((edit.body as { detail: string }).detail).toContain('won and locked');
    expect(edit.body).toMatchObject({ code: 'opportunity_locked', params: {} });
    const sellerUnlock = await t.request('POST', `${base}/unlock`, {
      token: seller,
      headers: ifMatch(2),
    });
    expect(sellerUnlock.status).toBe(403);
    const unlocked = await t.request('POST', `${base}/unlock`, {
      token: manager,
      headers: ifMatch(2),
    });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ locked: false });
  });

  it('marks lost with a reason', async () => {
    const opportunity = await create('Deal to lose');
    const lost = await t.request('POST', `/opportunities/${opportunity.id}/lost`, {
      token: seller,
      body: { reason: 'Price' },
      headers: ifMatch(1),
    });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({ status: 'lost', closeReason: 'Price' });
  });
});

import type { MyFigures } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let seller: string;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const dach = DEMO_TENANTS[0]!.spaces[1]!.id;

beforeAll(async () => {
  t = await startTestApp();
  seller = await t.tokenFor(demoUser('Élodie Martin').id);
});
afterAll(() => t.dispose());

const figures = async (query = '') => {
  const reply = await t.request('GET', `/me/figures${query}`, { token: seller });
  expect(reply.status).toBe(200);
  return reply.body as MyFigures;
};

describe('My CRM figures over HTTP', () => {
  it('counts a new overdue deal and adds its amount to the pipeline of its space', async () => {
    const before = await figures(`?spaceId=${france}`);
    const created = await t.request('POST', '/opportunities', {
      token: seller,
      body: {
        spaceId: france,
        name: 'Late renewal',
        amount: { amount: 4_200_00, currency: 'CHF' },
        expectedCloseDate: '2020-01-31',
      },
    });
    expect(created.status).toBe(201);
    const after = await figures(`?spaceId=${france}`);
    expect(after.openOpportunities).toBe(before.openOpportunities + 1);
    expect(after.overdueOpportunities).toBe(before.overdueOpportunities + 1);
    expect(after.openLeads).toBe(before.openLeads);
    expect(after.pipeline!.amounts.CHF).toBe((before.pipeline!.amounts.CHF ?? 0) + 4_200_00);
    expect((await figures()).openOpportunities).toBeGreaterThanOrEqual(after.openOpportunities);
  });

  it('refuses a space the user is not in', async () => {
    const reply = await t.request('GET', `/me/figures?spaceId=${dach}`, { token: seller });
    expect(reply.status).toBe(404);
  });
});

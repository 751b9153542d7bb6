import { beforeAll, describe, expect, it } from 'vitest';
import { planQualify, qualifiedId } from '../rules/qualify';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { createLead } from './create-lead';
import { getLead } from './get-lead';
import { qualifyLead } from './qualify-lead';

const { test, w } = worldPerFile();

beforeAll(async () => {
  await w.pipeline(w.spaceA);
});

const seller = () => w.actor('anna', 'seller', [w.spaceA]);

const newLead = async (lastName: string) =>
  value(
    await createLead(w.as(seller()), {
      spaceId: w.spaceA,
      firstName: 'Ioana',
      lastName,
      company: `${lastName} SRL`,
      email: 'ioana@example.ro',
      source: 'email',
      tags: ['ro'],
    }),
  );

/** How many contacts, accounts and deals of the tenant came from the lead. */
async function madeFrom(leadId: string) {
  const docs = await test.store.exportTenant(w.tenantId);
  const count = (type: string) =>
    docs.filter(
      (d) =>
        d.type === type &&
        (('leadId' in d && d.leadId === leadId) || d.id === qualifiedId(leadId, 'account')),
    ).length;
  return {
    contacts: count('contact'),
    accounts: count('account'),
    opportunities: count('opportunity'),
  };
}

describe('qualifyLead', () => {
  it('creates the chosen records in one go, linked both ways', async () => {
    const lead = await newLead('Popescu');
    const done = value(
      await qualifyLead(w.as(seller()), lead.id, {
        contact: {},
        account: {},
        opportunity: { amount: { amount: 1_500_000, currency: 'RON' } },
      }),
    );
    const { contact, account, opportunity } = done;
    expect(done.lead).toMatchObject({
      status: 'qualified',
      version: 2,
      qualifiedInto: {
        contactId: contact?.id,
        accountId: account?.id,
        opportunityId: opportunity?.id,
      },
    });
    expect(contact).toMatchObject({ lastName: 'Popescu', leadId: lead.id, accountId: account?.id });
    expect(account).toMatchObject({ name: 'Popescu SRL', spaceIds: [w.spaceA] });
    expect(opportunity).toMatchObject({
      name: 'Popescu SRL',
      leadId: lead.id,
      contactId: contact?.id,
      primaryAccountId: account?.id,
      probability: 10,
      amount: { amount: 1_500_000, currency: 'RON' },
    });
    const stored = await test.store.opportunities.get(w.tenantId, opportunity!.id);
    expect(stored?.accountIds).toEqual([account?.id]);
  });

  it('completes a qualify interrupted after its first write, with exactly one of each', async () => {
    const lead = await newLead('Ionescu');
    const input = { contact: {}, account: {}, opportunity: { name: 'Ionescu fleet' } };
    const [pipeline] = await test.store.pipelines.listForSpace(w.tenantId, w.spaceA);
    const plan = value(planQualify(w.as(seller()), lead, input, { pipeline }));
    value(await test.store.commitBatch(w.tenantId, plan.writes.slice(0, 1), plan.commitId));
    expect(await madeFrom(lead.id)).toEqual({ contacts: 0, accounts: 1, opportunities: 0 });

    const resumed = value(await qualifyLead(w.as(seller()), lead.id, input));
    expect(resumed.contact?.id).toBe(plan.contact?.id);
    expect(resumed.account?.id).toBe(plan.account?.id);
    expect(await madeFrom(lead.id)).toEqual({ contacts: 1, accounts: 1, opportunities: 1 });
    expect(value(await getLead(w.as(seller()), lead.id)).qualifiedInto).toEqual({
      contactId: plan.contact?.id,
      accountId: plan.account?.id,
      opportunityId: plan.opportunity?.id,
    });

    const twice = await qualifyLead(w.as(seller()), lead.id, input);
    expect(!twice.ok && twice.error.kind === 'rule' && twice.error.rule).toBe('lead_qualified');
    expect(await madeFrom(lead.id)).toEqual({ contacts: 1, accounts: 1, opportunities: 1 });
  });

  it('needs at least one record, and edit rights on the lead', async () => {
    const lead = await newLead('Dumitrescu');
    const colleague = w.actor('cora', 'seller', [w.spaceA]);
    const refused = await qualifyLead(w.as(colleague), lead.id, { contact: {} });
    expect(!refused.ok && refused.error.kind).toBe('forbidden');
    expect(await madeFrom(lead.id)).toEqual({ contacts: 0, accounts: 0, opportunities: 0 });
  });

  it('answers not found for an existing account the seller cannot see', async () => {
    const lead = await newLead('Stan');
    const elsewhere = await w.account(w.spaceB, 'Hidden AG');
    const refused = await qualifyLead(w.as(seller()), lead.id, {
      contact: {},
      accountId: elsewhere.id,
    });
    expect(!refused.ok && refused.error.kind).toBe('not_found');
  });

  it('refuses a stale version', async () => {
    const lead = await newLead('Radu');
    const refused = await qualifyLead(w.as(seller()), lead.id, { contact: {} }, 7);
    expect(!refused.ok && refused.error.kind).toBe('stale');
  });
});

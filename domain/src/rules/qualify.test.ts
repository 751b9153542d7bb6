import { describe, expect, it } from 'vitest';
import { salesPipeline, fixedSource, leadFixture } from '../testing';
import { planQualify, qualifiedId } from './qualify';

const src = fixedSource();
const lead = leadFixture();
const pipeline = { ...salesPipeline, spaceId: lead.spaceId };

describe('planQualify', () => {
  it('creates all three records linked both ways, the lead written last', () => {
    const plan = planQualify(
      src,
      lead,
      { contact: {}, account: {}, opportunity: {} },
      { pipeline },
    );
    if (!plan.ok) throw new Error(plan.error.message);
    const { contact, account, opportunity, lead: next, writes } = plan.value;
    expect(next).toMatchObject({
      status: 'qualified',
      version: lead.version + 1,
      qualifiedInto: {
        contactId: contact?.id,
        accountId: account?.id,
        opportunityId: opportunity?.id,
      },
    });
    expect(contact).toMatchObject({
      firstName: 'Zofia',
      lastName: 'Wiśniewska',
      email: 'zofia.w@example.pl',
      accountId: account?.id,
      leadId: lead.id,
      spaceIds: [lead.spaceId],
    });
    expect(account).toMatchObject({ name: 'Kowalski Sp. z o.o.', ownerId: 'u1' });
    expect(opportunity).toMatchObject({
      name: 'Kowalski Sp. z o.o.',
      leadId: lead.id,
      contactId: contact?.id,
      accountIds: [account?.id],
      primaryAccountId: account?.id,
      pipelineId: 'p1',
      stageId: 'p1-lead in',
      probability: 10,
      status: 'open',
      subscriberIds: ['u2'],
    });
    expect(writes.map((w) => w.doc.type)).toEqual(['account', 'contact', 'opportunity', 'lead']);
    expect(writes.at(-1)?.expectedVersion).toBe(lead.version);
    expect(writes[3]?.events[0]?.type).toBe('lead.qualified');
  });

  it('derives ids and the commit id from the lead, so a rerun plans the same documents', () => {
    const a = planQualify(fixedSource(), lead, { contact: {} });
    const b = planQualify(fixedSource('u9'), lead, { contact: {} });
    expect(a.ok && a.value.contact?.id).toBe(qualifiedId(lead.id, 'contact'));
    expect(a.ok && b.ok && a.value.commitId === b.value.commitId).toBe(true);
  });

  it('creates only what the user chose', () => {
    const plan = planQualify(src, lead, { opportunity: { name: 'Fleet renewal' } }, { pipeline });
    expect(plan.ok && plan.value.contact).toBeUndefined();
    expect(plan.ok && plan.value.account).toBeUndefined();
    expect(plan.ok && plan.value.opportunity?.name).toBe('Fleet renewal');
    expect(plan.ok && plan.value.writes).toHaveLength(2);
  });

  it('links an existing account instead of creating one', () => {
    const existing = { id: '11111111-2222-4333-8444-555555555555' } as never;
    const plan = planQualify(
      src,
      lead,
      { contact: {}, accountId: 'x' },
      { existingAccount: existing },
    );
    expect(plan.ok && plan.value.contact?.accountId).toBe('11111111-2222-4333-8444-555555555555');
    expect(plan.ok && plan.value.lead.qualifiedInto?.accountId).toBe(
      '11111111-2222-4333-8444-555555555555',
    );
  });

  it('asks for an account name when the lead has no company', () => {
    const plan = planQualify(src, leadFixture({ company: undefined }), { account: {} });
    expect(!plan.ok && plan.error.kind).toBe('validation');
    expect(!plan.ok && plan.error.kind === 'validation' && plan.error.fields[0]?.path).toBe(
      'account.name',
    );
  });

  it('refuses an opportunity without a pipeline, or in a closed stage', () => {
    expect(planQualify(src, lead, { opportunity: {} }).ok).toBe(false);
    const closed = planQualify(src, lead, { opportunity: { stageId: 'p1-won' } }, { pipeline });
    expect(!closed.ok && closed.error.kind === 'rule' && closed.error.rule).toBe(
      'close_through_closing',
    );
  });

  it('refuses an archived lead and a lead qualified before', () => {
    const archived = planQualify(src, leadFixture({ archived: true }), { contact: {} });
    expect(!archived.ok && archived.error.kind === 'rule' && archived.error.rule).toBe(
      'lead_archived',
    );
    const twice = planQualify(src, leadFixture({ status: 'qualified' }), { contact: {} });
    expect(!twice.ok && twice.error.kind === 'rule' && twice.error.rule).toBe('lead_qualified');
  });
});

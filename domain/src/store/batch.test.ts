import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../model/opportunity';
import type { StageSummary } from '../model/summary';
import type { BatchWrite } from './ports';
import {
  startTestStore,
  type TestStore,
  aContact,
  aLead,
  anAccount,
  anEvent,
  anOpportunity,
} from '../testing';

let t: TestStore;
beforeAll(async () => {
  t = await startTestStore();
});
afterAll(() => t.close());

const tenant = () => `tenant-${randomUUID()}`;

describe('commitBatch (qualify)', () => {
  it('an operation interrupted after its first write and run again leaves one of each document', async () => {
    const tenantId = tenant();
    const lead = aLead(tenantId);
    await t.store.leads.commit(lead, [], { expectedVersion: 0, commitId: randomUUID() });
    const contact = aContact(tenantId, { leadId: lead.id });
    const account = anAccount(tenantId);
    const opportunity = anOpportunity(tenantId, { leadId: lead.id, accountIds: [account.id] });
    const writes: BatchWrite[] = [
      { doc: contact, events: [anEvent(contact, 'contact.created')], expectedVersion: 0 },
      { doc: account, events: [anEvent(account, 'account.created')], expectedVersion: 0 },
      {
        doc: opportunity,
        events: [anEvent(opportunity, 'opportunity.created')],
        expectedVersion: 0,
      },
      {
        doc: { ...lead, status: 'qualified', qualifiedInto: { contactId: contact.id } },
        events: [anEvent(lead, 'lead.qualified')],
        expectedVersion: 1,
      },
    ];
    const commitId = randomUUID();
    // The first write landed, then the process died.
    const partial = await t.store.commitBatch(tenantId, writes.slice(0, 1), commitId);
    expect(partial.ok).toBe(true);

    const resumed = await t.store.commitBatch(tenantId, writes, commitId);
    const again = await t.store.commitBatch(tenantId, writes, commitId);

    expect(resumed.ok && again.ok).toBe(true);
    const docs = await t.store.exportTenant(tenantId);
    // The lead's counters are spread over shards, one per commit that moved them.
    const counters = new Set(['lead-stats', 'lead-day']);
    expect(
      docs
        .filter((d) => !counters.has(d.type))
        .map((d) => d.type)
        .sort(),
    ).toEqual(['account', 'contact', 'lead', 'opportunity', 'stage-summary'].sort());
    expect(docs.filter((d) => String(d.type) === 'lead-day')).toHaveLength(1);
    expect(await t.store.leads.get(tenantId, lead.id)).toMatchObject({
      version: 2,
      status: 'qualified',
    });
    const outboxes = await t.store.outbox.pending(10_000);
    const events = outboxes.filter((o) => o.tenantId === tenantId).flatMap((o) => o.events);
    expect(events.map((e) => e.type).sort()).toEqual(
      ['account.created', 'contact.created', 'lead.qualified', 'opportunity.created'].sort(),
    );
    const [summary] = await t.store.summaries.forPipeline(tenantId, opportunity.pipelineId);
    expect(summary).toMatchObject({ stageId: opportunity.stageId, count: 1 });
  });

  it('refuses a batch with a stale write and writes none of it', async () => {
    const tenantId = tenant();
    const lead = aLead(tenantId);
    await t.store.leads.commit(lead, [], { expectedVersion: 0, commitId: randomUUID() });
    const contact = aContact(tenantId);
    const result = await t.store.commitBatch(
      tenantId,
      [
        { doc: contact, events: [], expectedVersion: 0 },
        { doc: { ...lead, status: 'qualified' }, events: [], expectedVersion: 5 },
      ],
      randomUUID(),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'stale', currentVersion: 1 } });
    expect(await t.store.contacts.get(tenantId, contact.id)).toBeUndefined();
  });
});

/** Board figures computed the slow way, from every deal. */
function expectedFigures(opportunities: Opportunity[]) {
  const byStage = new Map<string, Pick<StageSummary, 'count' | 'amounts' | 'weightedAmounts'>>();
  for (const opportunity of opportunities) {
    const figures = byStage.get(opportunity.stageId) ?? {
      count: 0,
      amounts: {},
      weightedAmounts: {},
    };
    figures.count += 1;
    const { amount, currency } = opportunity.amount!;
    figures.amounts[currency] = (figures.amounts[currency] ?? 0) + amount;
    figures.weightedAmounts[currency] =
      (figures.weightedAmounts[currency] ?? 0) +
      Math.round((amount * opportunity.probability) / 100);
    byStage.set(opportunity.stageId, figures);
  }
  return byStage;
}

describe('stage summaries', () => {
  it('match the opportunities after creates, moves, amount changes and removals', async () => {
    const tenantId = tenant();
    const pipelineId = randomUUID();
    const [lead, proposal, won] = [randomUUID(), randomUUID(), randomUUID()];
    const stored = new Map<string, Opportunity>();
    const commit = async (opportunity: Opportunity, expectedVersion: number) => {
      const result = await t.store.opportunities.commit(opportunity, [], {
        expectedVersion,
        commitId: randomUUID(),
      });
      if (!result.ok) throw new Error(result.error.message);
      stored.set(opportunity.id, result.value);
    };
    for (let i = 0; i < 6; i += 1) {
      await commit(
        anOpportunity(tenantId, {
          pipelineId,
          stageId: lead,
          probability: 10,
          amount: { amount: 1000 * (i + 1), currency: i % 2 ? 'EUR' : 'PLN' },
        }),
        0,
      );
    }
    const [a, b, c, d] = [...stored.values()];
    await commit({ ...a!, stageId: proposal, probability: 60 }, a!.version);
    await commit({ ...b!, stageId: proposal, probability: 60 }, b!.version);
    await commit({ ...b!, stageId: won, probability: 100, status: 'won' }, b!.version + 1);
    await commit({ ...c!, amount: { amount: 777, currency: 'RON' } }, c!.version);
    await t.store.opportunities.remove(tenantId, d!.id);
    stored.delete(d!.id);
    // An edit that moves no figure and a retried move change nothing.
    await commit({ ...a!, stageId: proposal, probability: 60, name: 'Renamed' }, a!.version + 1);

    const summaries = await t.store.summaries.forPipeline(tenantId, pipelineId);
    const actual = new Map(
      summaries
        .filter((s) => s.count > 0)
        .map((s) => [
          s.stageId,
          { count: s.count, amounts: s.amounts, weightedAmounts: s.weightedAmounts },
        ]),
    );
    const nonZero = (figures: Record<string, number>) =>
      Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== 0));
    for (const figures of actual.values()) {
      figures.amounts = nonZero(figures.amounts);
      figures.weightedAmounts = nonZero(figures.weightedAmounts);
    }
    expect(actual).toEqual(expectedFigures([...stored.values()]));
  });

  it('count every deal when 20 are created in one stage at the same moment', async () => {
    const tenantId = tenant();
    const [pipelineId, stageId] = [randomUUID(), randomUUID()];
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.store.opportunities.commit(
          anOpportunity(tenantId, {
            pipelineId,
            stageId,
            probability: 50,
            amount: { amount: 1000, currency: 'EUR' },
          }),
          [],
          { expectedVersion: 0, commitId: randomUUID() },
        ),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.store.summaries.forPipeline(tenantId, pipelineId)).toEqual([
      expect.objectContaining({
        stageId,
        count: 20,
        amounts: { EUR: 20_000 },
        weightedAmounts: { EUR: 10_000 },
      }),
    ]);
  });
});

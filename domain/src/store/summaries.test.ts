import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../model/opportunity';
import { anOpportunity, pipelineFixture, startTestStore, value, type TestStore } from '../testing';

let t: TestStore;
beforeAll(async () => {
  t = await startTestStore();
});
afterAll(() => t.close());

const tenant = () => `tenant-${randomUUID()}`;

/** A pipeline of the tenant, written through the store as a user creates one. */
async function aPipeline(tenantId: string) {
  const pipeline = {
    ...pipelineFixture(`pipeline-${randomUUID()}`, [
      ['New', 'open', 10],
      ['Demo', 'open', 50],
      ['Won', 'won', 100],
      ['Lost', 'lost', 0],
    ]),
    tenantId,
  };
  await t.store.pipelines.commit(pipeline, [], { expectedVersion: 0, commitId: randomUUID() });
  const [newStage, demo] = pipeline.stages;
  return { pipeline, newStage: newStage!.id, demo: demo!.id };
}

const create = async (deal: Opportunity) =>
  value(
    await t.store.opportunities.commit(deal, [], { expectedVersion: 0, commitId: randomUUID() }),
  );

const move = async (deal: Opportunity, stageId: string) =>
  value(
    await t.store.opportunities.commit({ ...deal, stageId, version: deal.version + 1 }, [], {
      expectedVersion: deal.version,
      commitId: randomUUID(),
    }),
  );

async function figures(tenantId: string, pipelineId: string) {
  const summaries = await t.store.summaries.forPipeline(tenantId, pipelineId);
  return Object.fromEntries(
    summaries.map((s) => [s.stageId, { count: s.count, amounts: s.amounts }]),
  );
}

describe('stage summaries', () => {
  it('show every stage of a new pipeline at zero, then follow creates and moves in two currencies', async () => {
    const tenantId = tenant();
    const { pipeline, newStage, demo } = await aPipeline(tenantId);
    expect(Object.keys(await figures(tenantId, pipeline.id))).toHaveLength(4);

    const inEuros = await create(
      anOpportunity(tenantId, { pipelineId: pipeline.id, stageId: newStage }),
    );
    await create(
      anOpportunity(tenantId, {
        pipelineId: pipeline.id,
        stageId: newStage,
        amount: { amount: 2_000, currency: 'USD' },
      }),
    );
    await move(inEuros, demo);

    const after = await figures(tenantId, pipeline.id);
    expect(after[newStage]).toEqual({ count: 1, amounts: { EUR: 0, USD: 2_000 } });
    expect(after[demo]).toEqual({ count: 1, amounts: { EUR: 100_000 } });
  });

  it('count deals of a pipeline whose stages have no summaries yet, as older data has', async () => {
    const tenantId = tenant();
    const pipelineId = randomUUID();
    const [from, to] = [randomUUID(), randomUUID()];
    const deals = await Promise.all(
      [1, 2, 3].map(() => create(anOpportunity(tenantId, { pipelineId, stageId: from }))),
    );
    await move(deals[0]!, to);

    const after = await figures(tenantId, pipelineId);
    expect(after[from]?.count).toBe(2);
    expect(after[to]).toEqual({ count: 1, amounts: { EUR: 100_000 } });
  });

  it('count a commit run again with the same id once', async () => {
    const tenantId = tenant();
    const { pipeline, newStage } = await aPipeline(tenantId);
    const deal = anOpportunity(tenantId, { pipelineId: pipeline.id, stageId: newStage });
    const commitId = randomUUID();
    const options = { expectedVersion: 0, commitId };
    const first = await t.store.opportunities.commit(deal, [], options);
    const again = await t.store.opportunities.commit(deal, [], options);

    expect(first.ok && again.ok).toBe(true);
    expect((await figures(tenantId, pipeline.id))[newStage]?.count).toBe(1);
  });

  it('are not changed by a batch that failed, as a transactional batch is atomic', async () => {
    const tenantId = tenant();
    const { pipeline, newStage } = await aPipeline(tenantId);
    const deal = anOpportunity(tenantId, { pipelineId: pipeline.id, stageId: newStage });
    const response = await t.container.items.batch(
      [
        { operationType: 'Create', partitionKey: tenantId, resourceBody: { ...deal } },
        {
          operationType: 'Patch',
          id: `stage-summary-${pipeline.id}-${newStage}-0`,
          partitionKey: tenantId,
          resourceBody: { operations: [{ op: 'incr', path: '/count', value: 1 }] },
        },
        {
          operationType: 'Patch',
          id: `stage-summary-${pipeline.id}-missing-0`,
          partitionKey: tenantId,
          resourceBody: { operations: [{ op: 'incr', path: '/count', value: 1 }] },
        },
      ],
      tenantId,
    );

    expect(response.result?.map((r) => r.statusCode)).toEqual([424, 424, 404]);
    expect(await t.store.opportunities.get(tenantId, deal.id)).toBeUndefined();
    expect((await figures(tenantId, pipeline.id))[newStage]?.count).toBe(0);
  });
});

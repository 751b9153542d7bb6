import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Pipeline } from '../model/pipeline';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { closeOpportunity } from './close-opportunity';
import { createOpportunity } from './create-opportunity';
import { deleteOpportunity } from './delete-opportunity';
import type { Board } from '../model/board';
import { getBoard } from './get-board';
import { moveOpportunityStage } from './move-opportunity-stage';
import { updateOpportunity } from './update-opportunity';

const { w: world } = worldPerFile();
let sales: Pipeline;
let anna: Actor;

beforeAll(async () => {
  sales = await world.pipeline(world.spaceA);
  anna = world.actor('anna', 'seller', [world.spaceA]);
});

const stageId = (name: string) => sales.stages.find((s) => s.name === name)!.id;
const column = (board: Board, name: string) => board.columns.find((c) => c.stage.name === name)!;
const board = async (actor = anna) =>
  value(await getBoard(world.as(actor), sales.id, { limit: 25 }));

const opportunity = async (name: string, amount: number) =>
  value(
    await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      name,
      amount: { amount, currency: 'EUR' },
      tags: [],
    }),
  );

describe('the board', () => {
  it('shows every stage in order with its figures and deals, and follows each move', async () => {
    const a = await opportunity('Alpha', 10_000);
    const b = await opportunity('Beta', 30_000);
    let now = await board();
    expect(now.columns.map((c) => c.stage.name)).toEqual([
      'Qualification',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
    ]);
    expect(column(now, 'Qualification').figures).toEqual({
      count: 2,
      amounts: { EUR: 40_000 },
      weightedAmounts: { EUR: 4_000 },
    });
    expect(
      column(now, 'Qualification')
        .opportunities.map((d) => d.name)
        .sort(),
    ).toEqual(['Alpha', 'Beta']);

    value(await moveOpportunityStage(world.as(anna), b.id, { stageId: stageId('Negotiation') }, 1));
    now = await board();
    expect(column(now, 'Qualification').figures).toMatchObject({
      count: 1,
      amounts: { EUR: 10_000 },
    });
    expect(column(now, 'Negotiation').figures).toEqual({
      count: 1,
      amounts: { EUR: 30_000 },
      weightedAmounts: { EUR: 24_000 },
    });
    expect(column(now, 'Negotiation').opportunities.map((d) => d.name)).toEqual(['Beta']);

    value(await closeOpportunity(world.as(anna), a.id, { outcome: 'won', reason: 'Signed' }, 1));
    value(
      await updateOpportunity(
        world.as(anna),
        b.id,
        { amount: { amount: 50_000, currency: 'EUR' } },
        2,
      ),
    );
    now = await board();
    expect(column(now, 'Qualification').figures).toMatchObject({ count: 0, amounts: { EUR: 0 } });
    expect(column(now, 'Won').figures).toMatchObject({ count: 1, amounts: { EUR: 10_000 } });
    expect(column(now, 'Negotiation').figures).toMatchObject({
      count: 1,
      amounts: { EUR: 50_000 },
      weightedAmounts: { EUR: 40_000 },
    });

    value(await deleteOpportunity(world.as(anna), b.id));
    now = await board();
    expect(column(now, 'Negotiation').figures).toMatchObject({ count: 0 });
    expect(column(now, 'Negotiation').opportunities).toEqual([]);
  });

  it('pages a column by its continuation', async () => {
    const local = await world.pipeline(world.spaceA, 'Paging');
    const first = local.stages[0]!;
    for (const name of ['P1', 'P2', 'P3']) {
      value(
        await createOpportunity(world.as(anna), {
          spaceId: world.spaceA,
          pipelineId: local.id,
          name,
          tags: [],
        }),
      );
    }
    const page = value(await getBoard(world.as(anna), local.id, { limit: 2 }));
    const col = page.columns.find((c) => c.stage.id === first.id)!;
    expect(col.opportunities).toHaveLength(2);
    expect(col.continuation).toBeDefined();
    expect(col.figures?.count).toBe(3);
  });

  it('is not found for someone outside the space, and shows partner users no totals', async () => {
    const outsider = world.actor('otto', 'seller', [world.spaceB]);
    const hidden = await getBoard(world.as(outsider), sales.id, { limit: 25 });
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
    const partner = world.actor('pia', 'partner', [world.spaceA], {
      partnerId: crypto.randomUUID(),
    });
    const theirs = value(
      await createOpportunity(world.as(partner), {
        spaceId: world.spaceA,
        name: 'Via partner',
        tags: [],
      }),
    );
    const partial = value(await getBoard(world.as(partner), sales.id, { limit: 25 }));
    expect(partial.columns.every((c) => c.figures === undefined)).toBe(true);
    expect(partial.columns.flatMap((c) => c.opportunities.map((d) => d.id))).toEqual([theirs.id]);
  });
});

describe('concurrent stage moves', () => {
  it('lets exactly one of several moves with the same version win', async () => {
    const d = await opportunity('Race', 1_000);
    const targets = ['Proposal', 'Negotiation', 'Proposal', 'Negotiation', 'Proposal'];
    const results = await Promise.all(
      targets.map((name) =>
        moveOpportunityStage(world.as(anna), d.id, { stageId: stageId(name) }, 1),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.kind === 'stale')).toBe(true);
    const stored = (await world.store.opportunities.get(world.tenantId, d.id))!;
    expect(stored.version).toBe(2);
    expect(stored.stageId).toBe(winners[0]!.ok && winners[0]!.value.stageId);
    const pending = (await world.store.outbox.pending(1000)).find((i) => i.record.id === d.id);
    expect(pending?.events.filter((e) => e.type === 'opportunity.stage_changed')).toHaveLength(1);
    const after = await board();
    expect(
      after.columns
        .filter((c) => c.opportunities.some((x) => x.id === d.id))
        .map((c) => c.stage.id),
    ).toEqual([stored.stageId]);
    for (const col of after.columns) expect(col.figures?.count).toBe(col.opportunities.length);
  });
});

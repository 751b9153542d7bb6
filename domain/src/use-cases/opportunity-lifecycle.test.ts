import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Pipeline } from '../model/pipeline';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { closeOpportunity } from './close-opportunity';
import { copyOpportunity } from './copy-opportunity';
import { createOpportunity } from './create-opportunity';
import { deleteOpportunity } from './delete-opportunity';
import { getOpportunity } from './get-opportunity';
import { listOpportunities } from './list-opportunities';
import { moveOpportunityStage } from './move-opportunity-stage';
import { moveOpportunityToSpace } from './move-opportunity-to-space';
import { unlockOpportunity } from './unlock-opportunity';
import { updateOpportunity } from './update-opportunity';

const { w: world } = worldPerFile();
let sales: Pipeline;
let nordics: Pipeline;
let anna: Actor;
let ben: Actor;
let maria: Actor;
let outsider: Actor;

beforeAll(async () => {
  sales = await world.pipeline(world.spaceA);
  nordics = await world.pipeline(world.spaceB, 'Nordics');
  anna = world.actor('anna', 'seller', [world.spaceA, world.spaceB]);
  ben = world.actor('ben', 'seller', [world.spaceA]);
  maria = world.actor('maria', 'manager', [world.spaceA], { subordinateIds: ['anna'] });
  outsider = world.actor('otto', 'seller', [world.spaceB]);
});

const stage = (pipeline: Pipeline, name: string) => pipeline.stages.find((s) => s.name === name)!;

const newOpportunity = async (name = 'Fleet renewal') =>
  value(
    await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      name,
      amount: { amount: 1_000_000, currency: 'EUR' },
      tags: ['fleet'],
    }),
  );

describe('creating and reading opportunities', () => {
  it('creates a deal in the space’s default pipeline, first open stage, owned by its creator', async () => {
    const opportunity = await newOpportunity();
    expect(opportunity).toMatchObject({
      pipelineId: sales.id,
      stageId: stage(sales, 'Qualification').id,
      probability: 10,
      status: 'open',
      locked: false,
      ownerId: 'anna',
      version: 1,
    });
    expect(value(await getOpportunity(world.as(ben), opportunity.id)).name).toBe('Fleet renewal');
  });

  it('links the account and contact given at creation, the account as primary', async () => {
    const account = await world.account(world.spaceA, 'Contoso');
    const contact = await world.contact(world.spaceA, 'Nowak');
    const opportunity = value(
      await createOpportunity(world.as(anna), {
        spaceId: world.spaceA,
        name: 'Contoso pilot',
        tags: [],
        accountId: account.id,
        contactId: contact.id,
      }),
    );
    expect(opportunity).toMatchObject({
      accountIds: [account.id],
      primaryAccountId: account.id,
      contactId: contact.id,
    });
  });

  it('refuses a space the creator is not in, and a pipeline of another space', async () => {
    const notMember = await createOpportunity(world.as(outsider), {
      spaceId: world.spaceA,
      name: 'X',
      tags: [],
    });
    expect(!notMember.ok && notMember.error.kind).toBe('forbidden');
    const wrongPipeline = await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      pipelineId: nordics.id,
      name: 'X',
      tags: [],
    });
    expect(!wrongPipeline.ok && wrongPipeline.error).toMatchObject({
      rule: 'pipeline_not_in_space',
    });
  });

  it('hides a deal from someone outside its space: not found, not forbidden', async () => {
    const opportunity = await newOpportunity();
    const seen = await getOpportunity(world.as(outsider), opportunity.id);
    expect(!seen.ok && seen.error.kind).toBe('not_found');
  });

  it('lists the deals the actor may see, filtered by text', async () => {
    await newOpportunity('Zeppelin hangar');
    const page = value(
      await listOpportunities(world.as(ben), {
        spaceId: world.spaceA,
        text: 'zeppelin',
        limit: 10,
      }),
    );
    expect(page.items.map((d) => d.name)).toEqual(['Zeppelin hangar']);
    const hidden = value(
      await listOpportunities(world.as(outsider), { text: 'zeppelin', limit: 10 }),
    );
    expect(hidden.items).toEqual([]);
  });
});

describe('editing, closing and the lock', () => {
  it('updates fields, keeps those not sent, and refuses a stale version', async () => {
    const opportunity = await newOpportunity();
    const edited = value(
      await updateOpportunity(world.as(anna), opportunity.id, { name: 'Fleet renewal 2027' }, 1),
    );
    expect(edited).toMatchObject({ name: 'Fleet renewal 2027', tags: ['fleet'], version: 2 });
    const staleEdit = await updateOpportunity(world.as(anna), opportunity.id, { name: 'Other' }, 1);
    expect(!staleEdit.ok && staleEdit.error).toMatchObject({ kind: 'stale', currentVersion: 2 });
  });

  it('names co-owners, who may then edit the deal', async () => {
    const opportunity = await newOpportunity();
    await world.user('ben');
    const shared = value(
      await updateOpportunity(world.as(anna), opportunity.id, { coOwnerIds: ['ben'] }, 1),
    );
    expect([shared.coOwnerIds, shared.version]).toEqual([['ben'], 2]);
    const edited = await updateOpportunity(world.as(ben), opportunity.id, { name: 'Ours' }, 2);
    expect(value(edited).name).toBe('Ours');
  });

  it('lets a colleague who sees the deal not change it', async () => {
    const opportunity = await newOpportunity();
    const edited = await updateOpportunity(world.as(ben), opportunity.id, { name: 'Mine now' }, 1);
    expect(!edited.ok && edited.error.kind).toBe('forbidden');
  });

  it('refuses lost without a reason, saying the reason is missing', async () => {
    const opportunity = await newOpportunity();
    const lost = await closeOpportunity(world.as(anna), opportunity.id, { outcome: 'lost' }, 1);
    expect(!lost.ok && lost.error).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'reason', message: 'A reason is required to mark the opportunity lost' }],
    });
  });

  it('locks a won deal: edits and moves are refused, until a manager unlocks it', async () => {
    const opportunity = await newOpportunity();
    const won = value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'won', reason: 'Best offer' },
        1,
      ),
    );
    expect(won).toMatchObject({ status: 'won', locked: true, stageId: stage(sales, 'Won').id });

    const edit = await updateOpportunity(
      world.as(anna),
      opportunity.id,
      { name: 'Changed' },
      won.version,
    );
    expect(!edit.ok && edit.error).toMatchObject({
      kind: 'rule',
      message: 'this opportunity is won and locked',
    });
    const move = await moveOpportunityStage(
      world.as(anna),
      opportunity.id,
      { stageId: stage(sales, 'Proposal').id },
      won.version,
    );
    expect(!move.ok && move.error).toMatchObject({ rule: 'opportunity_locked' });
    const removal = await deleteOpportunity(world.as(anna), opportunity.id);
    expect(!removal.ok && removal.error).toMatchObject({ rule: 'opportunity_locked' });

    const bySeller = await unlockOpportunity(world.as(anna), opportunity.id, won.version);
    expect(!bySeller.ok && bySeller.error.kind).toBe('forbidden');

    const unlocked = value(await unlockOpportunity(world.as(maria), opportunity.id, won.version));
    expect(unlocked).toMatchObject({ status: 'won', locked: false, version: won.version + 1 });
    const edited = value(
      await updateOpportunity(
        world.as(anna),
        opportunity.id,
        { name: 'Changed' },
        unlocked.version,
      ),
    );
    expect(edited.name).toBe('Changed');
  });

  it('reopens a lost deal moved back to an open stage', async () => {
    const opportunity = await newOpportunity();
    const lost = value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'lost', reason: 'No budget' },
        1,
      ),
    );
    const reopened = value(
      await moveOpportunityStage(
        world.as(anna),
        opportunity.id,
        { stageId: stage(sales, 'Proposal').id },
        lost.version,
      ),
    );
    expect(reopened).toMatchObject({ status: 'open', stageId: stage(sales, 'Proposal').id });
    expect(reopened.closeReason).toBeUndefined();
  });

  it('refuses a stage of another pipeline', async () => {
    const opportunity = await newOpportunity();
    const moved = await moveOpportunityStage(
      world.as(anna),
      opportunity.id,
      { stageId: stage(nordics, 'Proposal').id },
      1,
    );
    expect(!moved.ok && moved.error).toMatchObject({ rule: 'stage_not_in_pipeline' });
  });
});

describe('copy, move to another space, delete', () => {
  it('copies a won deal into a new open deal owned by the copier', async () => {
    const opportunity = await newOpportunity();
    value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'won', reason: 'Signed' },
        1,
      ),
    );
    const copy = value(await copyOpportunity(world.as(ben), opportunity.id, {}));
    expect(copy).toMatchObject({
      name: 'Fleet renewal (copy)',
      status: 'open',
      locked: false,
      ownerId: 'ben',
      stageId: stage(sales, 'Qualification').id,
      amount: { amount: 1_000_000, currency: 'EUR' },
      version: 1,
    });
    expect(copy.id).not.toBe(opportunity.id);
  });

  it('moves a deal to another space: default pipeline there, stage of the same name', async () => {
    // Its owner must be a member where it goes (the move refuses anyone who is not).
    await world.user('anna', [world.spaceA, world.spaceB]);
    const opportunity = await newOpportunity();
    const moved = value(
      await moveOpportunityStage(
        world.as(anna),
        opportunity.id,
        { stageId: stage(sales, 'Negotiation').id },
        1,
      ),
    );
    const there = value(
      await moveOpportunityToSpace(
        world.as(anna),
        opportunity.id,
        { spaceId: world.spaceB },
        moved.version,
      ),
    );
    expect(there).toMatchObject({
      spaceId: world.spaceB,
      pipelineId: nordics.id,
      stageId: stage(nordics, 'Negotiation').id,
      probability: 80,
    });
    const notMember = await moveOpportunityToSpace(
      world.as(ben),
      (await newOpportunity()).id,
      { spaceId: world.spaceB },
      1,
    );
    expect(notMember.ok).toBe(false);
  });

  it('deletes a deal for its owner; a colleague may not', async () => {
    const opportunity = await newOpportunity();
    const byColleague = await deleteOpportunity(world.as(ben), opportunity.id);
    expect(!byColleague.ok && byColleague.error.kind).toBe('forbidden');
    expect(value(await deleteOpportunity(world.as(anna), opportunity.id, 1))).toEqual({
      id: opportunity.id,
    });
    const gone = await getOpportunity(world.as(anna), opportunity.id);
    expect(!gone.ok && gone.error.kind).toBe('not_found');
  });
});

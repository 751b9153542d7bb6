import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { PipelineInput } from '../model/pipeline';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { createOpportunity } from './create-opportunity';
import { createPipeline } from './create-pipeline';
import { listPipelines } from './list-pipelines';
import { moveOpportunityStage } from './move-opportunity-stage';
import { updatePipeline } from './update-pipeline';

const { w: world } = worldPerFile();
let admin: Actor;
let manager: Actor;
let seller: Actor;

beforeAll(async () => {
  admin = world.actor('root', 'admin', []);
  manager = world.actor('maria', 'manager', [world.spaceA]);
  seller = world.actor('anna', 'seller', [world.spaceA]);
});

const definition = (name: string): PipelineInput => ({
  name,
  stages: [
    { name: 'New', kind: 'open', probability: 10 },
    { name: 'Demo', kind: 'open', probability: 40 },
    { name: 'Won', kind: 'won', probability: 100 },
    { name: 'Lost', kind: 'lost', probability: 0 },
  ],
});

describe('pipelines', () => {
  it('lets a manager set one up in their space; the first is the default', async () => {
    const first = value(
      await createPipeline(world.as(manager), world.spaceA, definition('Direct')),
    );
    expect(first).toMatchObject({ isDefault: true, spaceId: world.spaceA, version: 1 });
    expect(first.stages.map((s) => s.name)).toEqual(['New', 'Demo', 'Won', 'Lost']);
    const second = value(
      await createPipeline(world.as(manager), world.spaceA, definition('Channel')),
    );
    expect(second.isDefault).toBe(false);
    const listed = value(await listPipelines(world.as(seller), world.spaceA));
    expect(listed.map((p) => p.name)).toEqual(['Direct', 'Channel']);
  });

  it('refuses sellers, and managers outside the space', async () => {
    const bySeller = await createPipeline(world.as(seller), world.spaceA, definition('Mine'));
    expect(!bySeller.ok && bySeller.error.kind).toBe('forbidden');
    const elsewhere = await createPipeline(world.as(manager), world.spaceB, definition('There'));
    expect(!elsewhere.ok && elsewhere.error.kind).toBe('forbidden');
    const list = await listPipelines(world.as(seller), world.spaceB);
    expect(!list.ok && list.error.kind).toBe('forbidden');
  });

  it('refuses invalid definitions and says what is wrong', async () => {
    const noLost = await createPipeline(world.as(admin), world.spaceB, {
      name: 'Broken',
      stages: [
        { name: 'A', kind: 'open', probability: 10 },
        { name: 'B', kind: 'open', probability: 20 },
        { name: 'Won', kind: 'won', probability: 100 },
      ],
    });
    expect(!noLost.ok && noLost.error.message).toBe(
      'stages: A pipeline needs at least one lost stage',
    );
    const twice = await createPipeline(world.as(admin), world.spaceB, {
      name: 'Twice',
      stages: [
        { name: 'Demo', kind: 'open', probability: 10 },
        { name: 'DEMO', kind: 'open', probability: 20 },
        { name: 'Won', kind: 'won', probability: 100 },
        { name: 'Lost', kind: 'lost', probability: 0 },
      ],
    });
    expect(!twice.ok && twice.error.kind).toBe('validation');
  });

  it('moves the default to another pipeline, and never leaves a space without one', async () => {
    const a = value(await createPipeline(world.as(admin), world.spaceB, definition('One')));
    const b = value(await createPipeline(world.as(admin), world.spaceB, definition('Two')));
    const sellerB = world.actor('bo', 'seller', [world.spaceB]);
    const newDeal = async () =>
      value(
        await createOpportunity(world.as(sellerB), {
          spaceId: world.spaceB,
          name: 'New',
          tags: [],
        }),
      );
    expect((await newDeal()).pipelineId).toBe(a.id);
    const made = value(
      await updatePipeline(world.as(admin), b.id, { ...definition('Two'), isDefault: true }, 1),
    );
    expect(made.isDefault).toBe(true);
    // New deals follow the default at once, though the space's first deals went to the old one.
    expect((await newDeal()).pipelineId).toBe(b.id);
    expect((await newDeal()).pipelineId).toBe(b.id);
    const all = value(await listPipelines(world.as(admin), world.spaceB));
    expect(all.filter((p) => p.isDefault).map((p) => p.id)).toEqual([b.id]);
    const unset = await updatePipeline(
      world.as(admin),
      b.id,
      { ...definition('Two'), isDefault: false },
      made.version,
    );
    expect(!unset.ok && unset.error).toMatchObject({ rule: 'default_pipeline_required' });
  });

  it('renames and reorders stages keeping their ids, but keeps stages that hold deals', async () => {
    const p = value(await createPipeline(world.as(admin), world.spaceA, definition('Edit me')));
    value(
      await createOpportunity(world.as(seller), {
        spaceId: world.spaceA,
        pipelineId: p.id,
        name: 'Sits in New',
        tags: [],
      }),
    );
    const [newStage, demo, won, lost] = p.stages;
    const renamed = value(
      await updatePipeline(
        world.as(admin),
        p.id,
        {
          name: 'Edited',
          stages: [
            { ...demo!, name: 'Product demo' },
            newStage!,
            { name: 'Trial', kind: 'open', probability: 60 },
            won!,
            lost!,
          ],
        },
        1,
      ),
    );
    expect(renamed.stages.map((s) => s.name)).toEqual([
      'Product demo',
      'New',
      'Trial',
      'Won',
      'Lost',
    ]);
    expect(renamed.stages[0]!.id).toBe(demo!.id);

    const removeHeld = await updatePipeline(
      world.as(admin),
      p.id,
      { name: 'Edited', stages: renamed.stages.filter((s) => s.id !== newStage!.id) },
      renamed.version,
    );
    expect(!removeHeld.ok && removeHeld.error.message).toContain('"New" still holds 1 deal(s)');
    const removeEmpty = value(
      await updatePipeline(
        world.as(admin),
        p.id,
        { name: 'Edited', stages: renamed.stages.filter((s) => s.name !== 'Trial') },
        renamed.version,
      ),
    );
    expect(removeEmpty.stages).toHaveLength(4);
  });

  it('refuses a move to a stage removed a moment ago, though moves read the pipeline from memory', async () => {
    const withTrial: PipelineInput = {
      name: 'Trials',
      stages: [
        ...definition('Trials').stages.slice(0, 2),
        { name: 'Trial', kind: 'open', probability: 60 },
        ...definition('Trials').stages.slice(2),
      ],
    };
    const p = value(await createPipeline(world.as(admin), world.spaceA, withTrial));
    const [newStage, demo, trial] = p.stages;
    const deal = value(
      await createOpportunity(world.as(seller), {
        spaceId: world.spaceA,
        pipelineId: p.id,
        name: 'Moves around',
        tags: [],
      }),
    );
    const inDemo = value(
      await moveOpportunityStage(world.as(seller), deal.id, { stageId: demo!.id }, deal.version),
    );
    value(
      await updatePipeline(
        world.as(admin),
        p.id,
        { name: 'Trials', stages: p.stages.filter((s) => s.id !== trial!.id) },
        p.version,
      ),
    );
    const toRemoved = await moveOpportunityStage(
      world.as(seller),
      deal.id,
      { stageId: trial!.id },
      inDemo.version,
    );
    expect(toRemoved.ok).toBe(false);
    const back = value(
      await moveOpportunityStage(
        world.as(seller),
        deal.id,
        { stageId: newStage!.id },
        inDemo.version,
      ),
    );
    expect(back.stageId).toBe(newStage!.id);
  });
});

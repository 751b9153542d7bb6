import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import type { TaskTemplate } from '../model/task-template';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { applyTaskTemplate } from './apply-task-template';
import { closeOpportunity } from './close-opportunity';
import { completeActivity } from './complete-activity';
import { createOpportunity } from './create-opportunity';
import { createTaskTemplate } from './create-task-template';
import type { UseCaseContext } from './context';
import { listMyTasks } from './list-my-tasks';
import { listTaskTemplates } from './list-task-templates';
import { readTaskSettings } from './task-settings-document';
import { setSuggestionRules } from './set-suggestion-rules';
import { setTaskSettings } from './set-task-settings';
import { unlockOpportunity } from './unlock-opportunity';
import { updatePipeline } from './update-pipeline';
import { updateTaskTemplate } from './update-task-template';

const { w: world } = worldPerFile();
let anna: Actor;
let admin: Actor;
let pipeline: Pipeline;
let welcome: TaskTemplate;
let winBack: TaskTemplate;

/** A request made at `now` (an instant), as the clock of the API would answer it. */
const at = (who: Actor, now: string): UseCaseContext => ({
  ...world.as(who),
  clock: { now: () => now },
});

beforeAll(async () => {
  pipeline = await world.pipeline(world.spaceA);
  anna = world.actor('anna', 'seller', [world.spaceA]);
  admin = world.actor('admin', 'admin', [world.spaceA, world.spaceB]);
  const stored = await world.user('anna', [world.spaceA]);
  value(
    await world.store.users.commit({ ...stored, timeZone: 'Asia/Tokyo', version: 2 }, [], {
      expectedVersion: 1,
      commitId: 'tokyo',
    }),
  );
  welcome = value(
    await createTaskTemplate(world.as(admin), {
      name: 'Welcome',
      steps: [
        { typeId: 'call', title: 'Welcome call', delayDays: 0 },
        { typeId: 'email', title: 'Send the guide', delayDays: 1, time: '09:00' },
      ],
    }),
  );
  winBack = value(
    await createTaskTemplate(world.as(admin), {
      name: 'Win back',
      steps: [{ typeId: 'call', title: 'Ask what would bring them back', delayDays: 20 }],
    }),
  );
  pipeline = value(
    await updatePipeline(
      world.as(admin),
      pipeline.id,
      {
        name: pipeline.name,
        stages: pipeline.stages,
        postSale: { won: [welcome.id], lost: [winBack.id] },
      },
      pipeline.version,
    ),
  );
});

const newDeal = async (name: string) =>
  value(
    await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      pipelineId: pipeline.id,
      name,
      tags: [],
    }),
  );

const dealNamed = async (id: string) => (await world.store.opportunities.get(world.tenantId, id))!;

/** Anna's planned tasks on one deal, due soonest first. */
async function annasTasksOn(deal: Opportunity) {
  const buckets = await Promise.all(
    (['overdue', 'today', 'upcoming'] as const).map((bucket) =>
      listMyTasks(world.as(anna), { bucket, recordId: deal.id, limit: 200 }),
    ),
  );
  return buckets.flatMap((page) => value(page).items).map((task) => task.title);
}

describe('task templates', () => {
  it('an admin renames a template and everyone lists it; a seller may not edit it', async () => {
    value(await updateTaskTemplate(world.as(admin), welcome.id, { name: 'Welcome aboard' }, 1));
    const listed = value(await listTaskTemplates(world.as(anna))).items;
    expect(listed.map((template) => template.name)).toEqual(['Welcome aboard', 'Win back']);
    const refused = await updateTaskTemplate(world.as(anna), welcome.id, { name: 'Mine' }, 2);
    expect(refused.ok).toBe(false);
  });

  it("due dates count working days in the assignee's zone, past the weekend", async () => {
    const deal = await newDeal('Tokyo roll-out');
    // Friday 20:00 in UTC is already Saturday 05:00 in Tokyo, Anna's zone.
    const applied = value(
      await applyTaskTemplate(at(anna, '2026-05-08T20:00:00.000Z'), welcome.id, {
        recordType: 'opportunity',
        recordId: deal.id,
      }),
    );
    expect(applied.items.map((task) => [task.title, task.dueAt, task.allDay])).toEqual([
      // Day 0 on a Saturday is the Monday after, all day: Monday 00:00 in Tokyo.
      ['Welcome call', '2026-05-10T15:00:00.000Z', true],
      // One working day after that Saturday is Monday too, at 09:00 in Tokyo.
      ['Send the guide', '2026-05-11T00:00:00.000Z', false],
    ]);
    const stored = await dealNamed(deal.id);
    expect(stored.nextActivity).toMatchObject({ title: 'Welcome call', assigneeId: 'anna' });
  });

  it('a retried application (same request) creates the tasks once', async () => {
    const deal = await newDeal('Retried roll-out');
    const request = world.as(anna);
    const input = { recordType: 'opportunity' as const, recordId: deal.id };
    const first = value(await applyTaskTemplate(request, welcome.id, input));
    const again = value(await applyTaskTemplate(request, welcome.id, input));
    expect([first.applied, again.applied]).toEqual([true, false]);
    expect(again.items.map((task) => task.id)).toEqual(first.items.map((task) => task.id));
    expect(await annasTasksOn(deal)).toHaveLength(2);
  });
});

describe('a template applied to a space', () => {
  it("creates the tasks for the member applying it, due by working days in their zone, listed with the space's name", async () => {
    const applied = value(
      await applyTaskTemplate(at(anna, '2026-05-08T20:00:00.000Z'), welcome.id, {
        recordType: 'space',
        recordId: world.spaceA,
      }),
    );
    expect(applied.items.map((task) => [task.title, task.assigneeId, task.dueAt])).toEqual([
      ['Welcome call', 'anna', '2026-05-10T15:00:00.000Z'],
      ['Send the guide', 'anna', '2026-05-11T00:00:00.000Z'],
    ]);
    const mine = value(
      await listMyTasks(at(anna, '2026-05-08T20:00:00.000Z'), {
        bucket: 'upcoming',
        recordId: world.spaceA,
        limit: 200,
      }),
    ).items;
    expect(mine.map((task) => [task.title, task.record])).toEqual([
      ['Welcome call', expect.objectContaining({ recordType: 'space', title: 'Sales DACH' })],
      ['Send the guide', expect.objectContaining({ recordType: 'space', title: 'Sales DACH' })],
    ]);
    const done = value(await completeActivity(world.as(anna), applied.items[0]!.id));
    expect(done.state).toBe('done');
    const space = await world.store.spaces.get(world.tenantId, world.spaceA);
    expect(space).toMatchObject({ name: 'Sales DACH' });
    expect(space).not.toHaveProperty('nextActivity');
  });

  it('a user who is not a member of the space may not apply a template to it', async () => {
    const refused = await applyTaskTemplate(world.as(anna), welcome.id, {
      recordType: 'space',
      recordId: world.spaceB,
    });
    expect(!refused.ok && refused.error.kind).toBe('not_found');
  });
});

describe('suggestions', () => {
  it('completing a call proposes the rule’s next task once; completing it again proposes nothing', async () => {
    const settings = await readTaskSettings(world.as(admin));
    value(
      await setSuggestionRules(
        world.as(admin),
        {
          rules: [
            { afterTypeId: 'call', suggestTypeId: 'offer', delayDays: 2, title: 'Send the offer' },
          ],
        },
        settings.version,
      ),
    );
    const deal = await newDeal('Suggested roll-out');
    const [call] = value(
      await applyTaskTemplate(at(anna, '2026-05-04T01:00:00.000Z'), welcome.id, {
        recordType: 'opportunity',
        recordId: deal.id,
      }),
    ).items;
    // Thursday 10:00 in Tokyo: two working days after Tuesday.
    const done = value(await completeActivity(at(anna, '2026-05-05T01:00:00.000Z'), call!.id));
    expect(done.state).toBe('done');
    expect(done.suggestion).toEqual({
      ruleId: expect.any(String),
      typeId: 'offer',
      title: 'Send the offer',
      dueAt: '2026-05-06T15:00:00.000Z',
      allDay: true,
    });
    const twice = value(await completeActivity(world.as(anna), call!.id));
    expect(twice.suggestion).toBeUndefined();
    expect(twice.completedAt).toBe(done.completedAt);
  });
});

describe('post-sale templates', () => {
  it('a pipeline may not name a template that does not exist', async () => {
    const refused = await updatePipeline(
      world.as(admin),
      pipeline.id,
      { name: pipeline.name, stages: pipeline.stages, postSale: { won: ['gone'], lost: [] } },
      pipeline.version,
    );
    expect(refused.ok ? [] : refused.error).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'postSale.won.0', code: 'field.invalid_option' }],
    });
  });

  it("winning a deal creates the won templates' tasks for its owner in the close; re-closing after an unlock adds none", async () => {
    const deal = await newDeal('Won roll-out');
    const won = value(
      await closeOpportunity(world.as(anna), deal.id, { outcome: 'won', reason: 'Signed' }, 1),
    );
    expect(await annasTasksOn(deal)).toEqual(
      expect.arrayContaining(['Welcome call', 'Send the guide']),
    );
    const unlocked = value(await unlockOpportunity(world.as(admin), deal.id, won.version));
    value(
      await closeOpportunity(
        world.as(anna),
        deal.id,
        { outcome: 'won', reason: 'Signed again' },
        unlocked.version,
      ),
    );
    expect((await annasTasksOn(deal)).sort()).toEqual(['Send the guide', 'Welcome call']);
  });

  it("losing a deal creates the lost templates' tasks, not the won ones, as its next activity", async () => {
    const deal = await newDeal('Lost roll-out');
    value(
      await closeOpportunity(world.as(anna), deal.id, { outcome: 'lost', reason: 'Budget' }, 1),
    );
    expect(await annasTasksOn(deal)).toEqual(['Ask what would bring them back']);
    expect((await dealNamed(deal.id)).nextActivity?.title).toBe('Ask what would bring them back');
  });

  it('one close plans at most 60 post-sale tasks: the pipeline refuses more, and a close whose templates grew since changes nothing', async () => {
    const steps = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        typeId: 'call',
        title: `Step ${i + 1}`,
        delayDays: i,
      }));
    const make = async (name: string, count: number) =>
      value(await createTaskTemplate(world.as(admin), { name, steps: steps(count) }));
    const [thirty, twentyNine, one] = [
      await make('Thirty', 30),
      await make('Twenty-nine', 29),
      await make('One', 1),
    ];
    await world.user('admin', [world.spaceA, world.spaceB]);
    let other = await world.pipeline(world.spaceB, 'Renewals');
    const save = (won: string[]) =>
      updatePipeline(
        world.as(admin),
        other.id,
        { name: other.name, stages: other.stages, postSale: { won, lost: [] } },
        other.version,
      );
    const tooMany = await save([thirty.id, twentyNine.id, one.id, welcome.id]);
    expect(tooMany.ok ? [] : tooMany.error).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'postSale.won', code: 'too_many_post_sale_tasks', params: { max: 60 } }],
    });
    other = value(await save([thirty.id, twentyNine.id, one.id]));
    value(await updateTaskTemplate(world.as(admin), one.id, { steps: steps(2) }, one.version));
    const deal = value(
      await createOpportunity(world.as(admin), {
        spaceId: world.spaceB,
        pipelineId: other.id,
        name: 'Grown templates',
        tags: [],
      }),
    );
    const refused = await closeOpportunity(
      world.as(admin),
      deal.id,
      { outcome: 'won', reason: 'Signed' },
      1,
    );
    expect(refused.ok ? undefined : refused.error).toMatchObject({
      code: 'too_many_post_sale_tasks',
      params: { max: 60 },
    });
    expect((await dealNamed(deal.id)).status).toBe('open');
  });
});

describe('two admins saving at once', () => {
  it('two admins creating different templates at once both find theirs listed', async () => {
    const other = world.actor('other-admin', 'admin', [world.spaceA]);
    const [first, second] = await Promise.all([
      createTaskTemplate(world.as(admin), {
        name: 'Onboarding',
        steps: [{ typeId: 'call', title: 'Kick-off call', delayDays: 0 }],
      }),
      createTaskTemplate(world.as(other), {
        name: 'Renewal',
        steps: [{ typeId: 'email', title: 'Renewal offer', delayDays: 5 }],
      }),
    ]);
    const listed = value(await listTaskTemplates(world.as(anna))).items.map((t) => t.id);
    expect(listed).toEqual(expect.arrayContaining([value(first).id, value(second).id]));
  });

  it('two admins renaming one template from the same version: one lands, the other is told it is stale', async () => {
    const other = world.actor('other-admin', 'admin', [world.spaceA]);
    const [first, second] = await Promise.all([
      updateTaskTemplate(world.as(admin), winBack.id, { name: 'Win them back' }, winBack.version),
      updateTaskTemplate(world.as(other), winBack.id, { name: 'Come back' }, winBack.version),
    ]);
    const results = [first, second];
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: { kind: 'stale', currentVersion: winBack.version + 1 },
    });
    const landed = results.find((result) => result.ok);
    const listed = value(await listTaskTemplates(world.as(anna))).items;
    expect(listed.find((template) => template.id === winBack.id)?.name).toBe(
      landed?.ok ? landed.value.name : undefined,
    );
  });

  it('a suggestion-rule save and a task-type save on the same version: one lands, the other is told it is stale, none is lost silently', async () => {
    const other = world.actor('other-admin', 'admin', [world.spaceA]);
    const before = await readTaskSettings(world.as(admin));
    const [rules, types] = await Promise.all([
      setSuggestionRules(
        world.as(admin),
        { rules: [{ afterTypeId: 'meeting', suggestTypeId: 'email', delayDays: 1 }] },
        before.version,
      ),
      setTaskSettings(
        world.as(other),
        {
          types: before.types.map((type) =>
            type.id === 'offer' ? { ...type, name: 'Quote' } : type,
          ),
          statusesEnabled: before.statusesEnabled,
          statuses: before.statuses,
        },
        before.version,
      ),
    ]);
    expect([rules, types].filter((result) => result.ok)).toHaveLength(1);
    const refused = [rules, types].find((result) => !result.ok);
    expect(refused && !refused.ok && refused.error).toMatchObject({
      kind: 'stale',
      currentVersion: before.version + 1,
    });
    const after = await readTaskSettings(world.as(admin));
    expect(after.version).toBe(before.version + 1);
    if (rules.ok) expect(after.suggestionRules).toEqual(rules.value.suggestionRules);
    if (types.ok) expect(after.types.find((type) => type.id === 'offer')?.name).toBe('Quote');
  });

  it('saves of rules and types one after the other, each on the version it was given, are both kept', async () => {
    const before = await readTaskSettings(world.as(admin));
    const withRules = value(
      await setSuggestionRules(
        world.as(admin),
        { rules: [{ afterTypeId: 'offer', suggestTypeId: 'call', delayDays: 3 }] },
        before.version,
      ),
    );
    value(
      await setTaskSettings(
        world.as(admin),
        {
          types: withRules.types.map((type) =>
            type.id === 'project' ? { ...type, name: 'Delivery' } : type,
          ),
          statusesEnabled: withRules.statusesEnabled,
          statuses: withRules.statuses,
        },
        withRules.version,
      ),
    );
    const after = await readTaskSettings(world.as(admin));
    expect(after.suggestionRules.map((rule) => rule.afterTypeId)).toEqual(['offer']);
    expect(after.types.find((type) => type.id === 'project')?.name).toBe('Delivery');
  });
});

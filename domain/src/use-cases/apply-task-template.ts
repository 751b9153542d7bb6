import type { ActivityRecord, ActivityView } from '../model/activity';
import type { AppliedTaskTemplate, ApplyTaskTemplateInput } from '../model/task-template';
import { derivedId } from '../rules/deterministic-id';
import { notFound, ok, type Result } from '../result';
import { activityRecordOf, fullView, refuseOutsider } from './activity-access';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';
import { readTaskTemplates, templateIn } from './task-templates-document';
import { templateTasks } from './template-tasks';
import { visibleRecord } from './visible-record';

/** What the tasks relate to, and whose they are unless the request names an assignee. */
type Target = { record: ActivityRecord; ownerId?: string; spaceId?: string };

/**
 * A record the actor may see, or a space they are a member of (a space is no CRM record: its
 * tasks relate to the space itself). Hidden ones answer not found.
 */
async function targetOf(
  ctx: UseCaseContext,
  input: ApplyTaskTemplateInput,
): Promise<Result<Target>> {
  if (input.recordType === 'space') {
    const space = ctx.actor.spaceIds.includes(input.recordId)
      ? await ctx.store.spaces.get(ctx.actor.tenantId, input.recordId)
      : undefined;
    if (!space) return notFound('space', input.recordId);
    const record = { recordType: 'space' as const, recordId: space.id, spaceId: space.id };
    return ok({ record: { ...record, title: space.name }, spaceId: space.id });
  }
  const found = await visibleRecord(ctx, input.recordType, input.recordId);
  if (!found.ok) return found;
  return ok({
    record: activityRecordOf(found.value),
    ownerId: found.value.ownerId,
    spaceId: 'spaceId' in found.value ? found.value.spaceId : undefined,
  });
}

/**
 * Applies a template to a lead, contact, account or deal the actor may see, or to a space they
 * are a member of: its tasks, due after their delays in working days in the assignee's time
 * zone, and the record's next activity, in one batch. The run is named after the request (its Idempotency-Key), so a
 * retry creates nothing twice and answers the tasks the first one created.
 */
export async function applyTaskTemplate(
  ctx: UseCaseContext,
  templateId: string,
  input: ApplyTaskTemplateInput,
): Promise<Result<AppliedTaskTemplate>> {
  const { tenantId, userId } = ctx.actor;
  const [target, settings, templates] = await Promise.all([
    targetOf(ctx, input),
    readTaskSettings(ctx),
    readTaskTemplates(ctx),
  ]);
  if (!target.ok) return target;
  const template = templateIn(templates, templateId);
  if (!template.ok) return template;
  const assigneeId = input.assigneeId ?? target.value.ownerId ?? userId;
  const assignee = await ctx.store.users.get(tenantId, assigneeId);
  if (!assignee) return notFound('user', assigneeId);
  const refused = refuseOutsider(assignee, target.value.spaceId);
  if (refused) return refused;
  const runKey = `template/${derivedId(ctx.commitId, `${templateId}/${input.recordId}`)}`;
  const tasks = templateTasks(ctx, [{ template: template.value, runKey }], {
    record: target.value.record,
    assignee,
    anchor: ctx.clock.now(),
    settings,
  });
  const created = await ctx.store.activities.commitPlanned(
    tenantId,
    input.recordId,
    tasks,
    ctx.commitId,
  );
  if (!created.ok) return created;
  if (created.value.length > 0)
    return ok({ runId: runKey, applied: true, items: created.value.map(fullView) });
  const earlier = await Promise.all(
    tasks.items.map(({ activity }) => ctx.store.activities.get(tenantId, activity.id)),
  );
  const items: ActivityView[] = earlier.flatMap((activity) => (activity ? fullView(activity) : []));
  return ok({ runId: runKey, applied: false, items });
}

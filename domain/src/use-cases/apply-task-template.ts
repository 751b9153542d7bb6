import type { ActivityView } from '../model/activity';
import type { AppliedTaskTemplate, ApplyTaskTemplateInput } from '../model/task-template';
import { derivedId } from '../rules/deterministic-id';
import { notFound, ok, type Result } from '../result';
import { activityRecordOf, fullView, refuseOutsider } from './activity-access';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';
import { readTaskTemplates, templateIn } from './task-templates-document';
import { templateTasks } from './template-tasks';
import { visibleRecord } from './visible-record';

/**
 * Applies a template to a lead, contact, account or deal the actor may see: its tasks, due
 * after their delays in working days in the assignee's time zone, and the record's next
 * activity, in one batch. The run is named after the request (its Idempotency-Key), so a
 * retry creates nothing twice and answers the tasks the first one created.
 */
export async function applyTaskTemplate(
  ctx: UseCaseContext,
  templateId: string,
  input: ApplyTaskTemplateInput,
): Promise<Result<AppliedTaskTemplate>> {
  const { tenantId, userId } = ctx.actor;
  const [record, settings, templates] = await Promise.all([
    visibleRecord(ctx, input.recordType, input.recordId),
    readTaskSettings(ctx),
    readTaskTemplates(ctx),
  ]);
  if (!record.ok) return record;
  const template = templateIn(templates, templateId);
  if (!template.ok) return template;
  const assigneeId = input.assigneeId ?? record.value.ownerId ?? userId;
  const assignee = await ctx.store.users.get(tenantId, assigneeId);
  if (!assignee) return notFound('user', assigneeId);
  const refused = refuseOutsider(
    assignee,
    'spaceId' in record.value ? record.value.spaceId : undefined,
  );
  if (refused) return refused;
  const runKey = `template/${derivedId(ctx.commitId, `${templateId}/${input.recordId}`)}`;
  const tasks = templateTasks(ctx, [{ template: template.value, runKey }], {
    record: activityRecordOf(record.value),
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

import type { CompletedActivity } from '../model/task-template';
import { nextVersion } from '../rules/changes';
import { suggestNext } from '../rules/task-suggestions';
import { ok, type Result } from '../result';
import { activityEvent, editableActivity, fullView } from './activity-access';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';

/**
 * Marks an activity done, and answers the next task the tenant's suggestion rules propose for
 * its assignee (nothing is stored for it: accepting creates it, skipping does nothing).
 * Completing one already done changes nothing and answers it without a suggestion, so a
 * second press of Complete (a card, a double click, a retry) is harmless.
 */
export async function completeActivity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<CompletedActivity>> {
  const current = await editableActivity(ctx, id);
  if (!current.ok) return current;
  const before = current.value;
  if (before.state === 'done') return ok(fullView(before));
  const now = ctx.clock.now();
  const next = {
    ...nextVersion(ctx, before),
    state: 'done' as const,
    completedAt: now,
    completedBy: ctx.actor.userId,
  };
  const [written, settings] = await Promise.all([
    ctx.store.activities.commit(
      {
        next,
        events: [activityEvent(ctx, next, 'activity.completed')],
        expectedVersion: before.version,
      },
      ctx.commitId,
    ),
    readTaskSettings(ctx),
  ]);
  if (!written.ok) return written;
  const done = fullView(written.value);
  // A space's tasks come from templates only (createActivity takes a record), so none is proposed.
  if (done.record.recordType === 'space') return ok(done);
  if (!settings.suggestionRules.some((rule) => rule.afterTypeId === done.typeId)) return ok(done);
  const assignee = await ctx.store.users.get(ctx.actor.tenantId, done.assigneeId);
  const suggestion = suggestNext(done, settings.suggestionRules, {
    now,
    timeZone: assignee?.timeZone ?? 'UTC',
    types: settings.types,
  });
  return ok(suggestion ? { ...done, suggestion } : done);
}

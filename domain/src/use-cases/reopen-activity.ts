import type { ActivityView } from '../model/activity';
import { nextVersion } from '../rules/changes';
import { sharedLevel } from '../rules/task-sharing';
import { ok, type Result } from '../result';
import { activityEvent, editableActivity, fullView } from './activity-access';
import type { UseCaseContext } from './context';

/** Plans a done activity again (completed by mistake); reopening a planned one changes nothing. */
export async function reopenActivity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<ActivityView>> {
  const current = await editableActivity(ctx, id);
  if (!current.ok) return current;
  const before = current.value;
  if (before.state === 'planned') return ok(fullView(before));
  const assignee = await ctx.store.users.get(ctx.actor.tenantId, before.assigneeId);
  const { completedAt: _at, completedBy: _by, ...planned } = before;
  const next = { ...nextVersion(ctx, planned), state: 'planned' as const };
  const written = await ctx.store.activities.commit(
    {
      next,
      events: [activityEvent(ctx, next, 'activity.reopened')],
      expectedVersion: before.version,
      sharedAs: sharedLevel(assignee?.taskSharing, next.typeId),
    },
    ctx.commitId,
  );
  return written.ok ? ok(fullView(written.value)) : written;
}

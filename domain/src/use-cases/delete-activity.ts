import type { ActivityView } from '../model/activity';
import { ok, stale, type Result } from '../result';
import { activityEvent, editableActivity, fullView } from './activity-access';
import type { UseCaseContext } from './context';

/** Deletes an activity the actor may change, guarded by the version they saw; answers it. */
export async function deleteActivity(
  ctx: UseCaseContext,
  id: string,
  expectedVersion: number,
): Promise<Result<ActivityView>> {
  const current = await editableActivity(ctx, id);
  if (!current.ok) return current;
  const before = current.value;
  if (before.version !== expectedVersion) return stale(before.version);
  const written = await ctx.store.activities.commit(
    {
      next: before,
      events: [activityEvent(ctx, before, 'activity.deleted')],
      expectedVersion,
      remove: true,
    },
    ctx.commitId,
  );
  return written.ok ? ok(fullView(before)) : written;
}

import type { ActivityView } from '../model/activity';
import { nextVersion } from '../rules/changes';
import { ok, type Result } from '../result';
import { activityEvent, editableActivity, fullView } from './activity-access';
import type { UseCaseContext } from './context';

/**
 * Marks an activity done. Completing one already done changes nothing and answers it, so a
 * second press of Complete (a card, a double click, a retry) is harmless.
 */
export async function completeActivity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<ActivityView>> {
  const current = await editableActivity(ctx, id);
  if (!current.ok) return current;
  const before = current.value;
  if (before.state === 'done') return ok(fullView(before));
  const next = {
    ...nextVersion(ctx, before),
    state: 'done' as const,
    completedAt: ctx.clock.now(),
    completedBy: ctx.actor.userId,
  };
  const written = await ctx.store.activities.commit(
    {
      next,
      events: [activityEvent(ctx, next, 'activity.completed')],
      expectedVersion: before.version,
    },
    ctx.commitId,
  );
  return written.ok ? ok(fullView(written.value)) : written;
}

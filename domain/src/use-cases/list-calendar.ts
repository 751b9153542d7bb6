import type { CalendarActivities, CalendarRangeInput } from '../model/activity';
import { ok, type Result } from '../result';
import { sharedWithActor } from './activity-access';
import type { UseCaseContext } from './context';

/**
 * The activities due in a range, of the actor or of colleagues, each as its assignee shares
 * it: free/busy ones as busy slots without their title, unshared ones left out.
 */
export async function listCalendar(
  ctx: UseCaseContext,
  input: CalendarRangeInput,
): Promise<Result<CalendarActivities>> {
  const assigneeIds = input.assigneeIds ?? [ctx.actor.userId];
  const due = await ctx.store.activities.listDue(
    ctx.actor.tenantId,
    assigneeIds,
    new Date(input.from).toISOString(),
    new Date(input.to).toISOString(),
  );
  return ok({ items: await sharedWithActor(ctx, due) });
}

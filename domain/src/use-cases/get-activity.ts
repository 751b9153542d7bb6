import type { SharedActivity } from '../model/activity';
import type { Result } from '../result';
import { visibleActivity } from './activity-access';
import type { UseCaseContext } from './context';

/** One activity as its assignee's task sharing lets the actor see it (free/busy: the slot). */
export function getActivity(ctx: UseCaseContext, id: string): Promise<Result<SharedActivity>> {
  return visibleActivity(ctx, id);
}

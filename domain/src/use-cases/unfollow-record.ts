import { removeSubscriber } from '../rules/roles';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';

/** The actor stops following; unfollowing what one does not follow changes nothing. */
export const unfollowRecord = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: 'follow',
    event: 'record.subscriber_removed',
    data: { userId: ctx.actor.userId, self: true },
    apply: (record) => ok(removeSubscriber(record, ctx.actor.userId)),
  });

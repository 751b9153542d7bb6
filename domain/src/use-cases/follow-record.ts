import { addSubscriber } from '../rules/roles';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';

/** The actor follows a lead or opportunity they may see; following twice is following once. */
export const followRecord = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: 'follow',
    event: 'record.subscriber_added',
    data: { userId: ctx.actor.userId, self: true },
    apply: (record) => addSubscriber(record, ctx.actor.userId),
  });
